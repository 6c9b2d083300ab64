#include "rouge/rouge_config.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

TEST(RougeConfig, ReadsEvalsLikeTheReferenceScript) {
  const char* xml = R"(<?xml version="1.0"?>
<ROUGE-EVAL version="1.0">
<EVAL ID="d061">
  <PEER-ROOT>
    peers/d061
  </PEER-ROOT>
  <model-root>models</model-root>
  <INPUT-FORMAT TYPE="spl"></INPUT-FORMAT>
  <PEERS>
    <P ID="sysB"> b.txt </P>
    <P ID="sysA">a.txt</P>
  </PEERS>
  <MODELS>
    <M ID="H">h.txt</M>
    <!-- a comment -->
    <M ID="A">a-model.txt</M>
  </MODELS>
</EVAL>
<EVAL ID="d062">
  <PEER-ROOT>p</PEER-ROOT>
  <INPUT-FORMAT TYPE="SEE"/>
  <PEERS><P ID="sysC">c.html</P><P ID="sysA">a2.html</P></PEERS>
  <MODELS><M ID="A">x.html</M><M ID="A">y.html</M></MODELS>
</EVAL>
</ROUGE-EVAL>)";
  Result<RougeConfig> c = ParseRougeConfigXml(xml, "config.xml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->evals.size(), 2u);
  const RougeEval& e = c->evals[0];
  EXPECT_EQ(e.id, "d061");
  EXPECT_EQ(*e.format, InputFormat::kSpl);
  EXPECT_EQ(e.PeerPath("sysB"), "peers/d061/b.txt");
  EXPECT_EQ(e.ModelPath("A"), "models/a-model.txt");
  EXPECT_EQ(e.model_ids, (std::vector<std::string>{"H", "A"}));
  // A repeated model ID is listed twice and both point at the last file.
  const RougeEval& f = c->evals[1];
  EXPECT_EQ(f.model_ids, (std::vector<std::string>{"A", "A"}));
  EXPECT_EQ(f.ModelPath("A"), "/y.html");  // no MODEL-ROOT: "" + "/" + file
  EXPECT_EQ(*f.format, InputFormat::kSee);
  EXPECT_EQ(c->peer_ids, (std::vector<std::string>{"sysA", "sysB", "sysC"}));
}

TEST(RougeConfig, Errors) {
  EXPECT_EQ(ParseRougeConfigXml("<ROUGE-EVAL><EVAL>", "c.xml").status().exit_code(), 1);
  Result<RougeConfig> r = ParseRougeConfigXml("<ROUGE-EVAL><EVAL></EVAL></ROUGE-EVAL>", "c.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("c.xml"), std::string::npos);
  EXPECT_FALSE(
      ParseRougeConfigXml("<R><EVAL ID='1'><INPUT-FORMAT TYPE='XML'/></EVAL></R>", "c").ok());
  EXPECT_FALSE(ParseRougeConfigXml("<R><PEER-ROOT>x</PEER-ROOT></R>", "c").ok());
}

// Deep nesting used to overflow the stack (the tree is read and freed
// recursively); many evaluations and peers used to take quadratic time.
TEST(RougeConfig, DeepNestingIsAnErrorAndSizeIsLinear) {
  std::string deep = "<ROUGE-EVAL>";
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  Result<RougeConfig> r = ParseRougeConfigXml(deep, "deep.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
  EXPECT_EQ(r.status().message(),
            "deep.xml:1: not a ROUGE configuration (elements nested more than 64 deep)");
  std::string ok = "<ROUGE-EVAL>";
  for (int i = 0; i < 60; ++i) ok += "<a>";
  for (int i = 0; i < 60; ++i) ok += "</a>";
  EXPECT_TRUE(ParseRougeConfigXml(ok + "</ROUGE-EVAL>", "ok.xml").ok());

  std::string many = "<ROUGE-EVAL>";
  for (int i = 0; i < 20000; ++i) {
    many += "<EVAL ID=\"" + std::to_string(i) + "\"><PEERS><P ID=\"s" + std::to_string(i) +
            "\">f</P><P ID=\"s\">f</P></PEERS></EVAL>";
  }
  many += "<EVAL ID=\"7\"><MODELS><M ID=\"A\">m</M></MODELS></EVAL></ROUGE-EVAL>";
  r = ParseRougeConfigXml(many, "many.xml");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->evals.size(), 20000u);
  EXPECT_EQ(r->peer_ids.size(), 20001u);
  EXPECT_EQ(r->evals[7].model_ids, (std::vector<std::string>{"A"}));  // same EVAL ID: merged
}

TEST(RougeConfig, FileList) {
  Result<RougeConfig> c =
      ParseRougeFileList("# comment\npeer1.txt m1.txt m2.txt\n\n  peer2.txt\tm3.txt  \n",
                         InputFormat::kSpl, "X", "list.txt");
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->evals.size(), 2u);
  EXPECT_EQ(c->evals[0].id, "1");
  EXPECT_EQ(c->evals[0].PeerPath("X"), "peer1.txt");
  EXPECT_EQ(c->evals[0].model_ids, (std::vector<std::string>{"M.1", "M.2"}));
  EXPECT_EQ(c->evals[0].ModelPath("M.2"), "m2.txt");
  EXPECT_EQ(c->evals[1].ModelPath("M.1"), "m3.txt");
  EXPECT_EQ(c->peer_ids, (std::vector<std::string>{"X"}));
  EXPECT_FALSE(ParseRougeFileList("only-a-peer.txt\n", InputFormat::kSpl, "X", "l").ok());
}

}  // namespace
}  // namespace precis::rouge
