#include "read/sgml_reader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "read/paragraphs.h"
#include "read/text_decoder.h"

namespace precis::read {
namespace {

TEST(SgmlReader, SeveralDocsPerFile) {
  std::vector<std::string> warnings;
  auto docs = ReadSgml(
      "<DOC>\n<DOCNO> AP880911-0016 </DOCNO>\n<HEAD>Gilbert Heads West</HEAD>\n"
      "<TEXT>\n   Hurricane Gilbert swept\ntoward the coast.\n   It weakened.\n</TEXT>\n</DOC>\n"
      "<DOC>\n<DOCNO> LA060590-0086 </DOCNO>\n<HEADLINE>\n<P>\nMAXWELL BUYS &amp; SELLS\n</P>\n"
      "</HEADLINE>\n<TEXT>\n<P>\nFirst &AMP; only.\n</P>\n</TEXT>\n</DOC>\n",
      "f.sgml", &warnings);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "AP880911-0016");
  EXPECT_EQ(docs[0].date, "1988-09-11");
  EXPECT_EQ(docs[0].title, "Gilbert Heads West");
  EXPECT_EQ(docs[0].text, "Hurricane Gilbert swept toward the coast.\n\nIt weakened.");
  EXPECT_EQ(docs[0].source, "f.sgml");
  EXPECT_EQ(docs[1].id, "LA060590-0086");
  EXPECT_EQ(docs[1].date, "1990-06-05");
  EXPECT_EQ(docs[1].title, "MAXWELL BUYS & SELLS");
  EXPECT_EQ(docs[1].text, "First & only.");
  EXPECT_TRUE(warnings.empty());
}

TEST(SgmlReader, LeadsFirstThenEveryTextBlock) {
  auto docs = ReadSgml(
      "<DOC><DOCNO>WSJ910418-0159</DOCNO><HL>   International:\n   Plans To Sell\n---\n"
      "   A deck</HL><DATE>04/18/91</DATE><LP>\n   Lead one.\n   Lead two.\n</LP>\n"
      "<TEXT>\n   Body one.\n</TEXT><HEAD>ALABAMA</HEAD><TEXT>\n   Body two.\n</TEXT></DOC>",
      "w", nullptr);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "International: Plans To Sell");
  EXPECT_EQ(docs[0].text, "Lead one.\n\nLead two.\n\nBody one.\n\nBody two.");
  EXPECT_EQ(docs[0].date, "1991-04-18");
}

TEST(SgmlReader, FtPrefixFbisTitleAndFieldDates) {
  auto docs = ReadSgml(
      "<DOC><DOCNO>FT923-12122</DOCNO><DATE>920721\n</DATE><HEADLINE>\nFT  21 JUL 92 / "
      "Commodities: Poland's copper\ncombine hit\n</HEADLINE><TEXT>\nWorkers struck.\n</TEXT></DOC>"
      "<DOC><DOCNO> FBIS4-42027 </DOCNO><HEADER><DATE1>  29 Jun 1994 </DATE1></HEADER>"
      "<H3> <TI>   Mine Strikes </TI></H3><TEXT>\nBFN \n\n  [Text] Miners struck.\n</TEXT></DOC>"
      "<DOC><DOCNO> SJMN91-06069108 </DOCNO><PUBDATE>   910309  </PUBDATE>"
      "<LEADPARA> One.;    Two.  </LEADPARA><TEXT> Three.;   Four. </TEXT></DOC>",
      "x", nullptr);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].title, "Commodities: Poland's copper combine hit");
  EXPECT_EQ(docs[0].date, "1992-07-21");
  EXPECT_EQ(docs[1].title, "Mine Strikes");
  EXPECT_EQ(docs[1].date, "1994-06-29");
  EXPECT_EQ(docs[1].text, "[Text] Miners struck.");
  EXPECT_EQ(docs[2].date, "1991-03-09");
  EXPECT_EQ(docs[2].text, "One.\n\nTwo.\n\nThree.\n\nFour.");
}

TEST(SgmlReader, AquaintDocnoDatesAnnotationsAndCodes) {
  auto docs = ReadSgml(
      "<DOC>\n<DOCNO> NYT19981211.0004 </DOCNO>\n<DATE_TIME> 1998-12-12 10:00 </DATE_TIME>\n"
      "<BODY>\n<HEADLINE>\nA Headline\n</HEADLINE>\n<TEXT>\n<P>\n&QL;Story &UR;text.\n</P>\n"
      "<ANNOTATION>STORY CAN END HERE</ANNOTATION>\n<P>\nMore.\n</P>\n</TEXT>\n</BODY>\n</DOC>\n",
      "n", nullptr);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].date, "1998-12-11");
  EXPECT_EQ(docs[0].title, "A Headline");
  EXPECT_EQ(docs[0].text, "Story text.\n\nMore.");
}

TEST(SgmlReader, BodyWithoutTextElement) {
  auto docs = ReadSgml(
      "<DOC><DOCNO>XIE19990101.0001</DOCNO><BODY><SLUG>slug</SLUG><HEADLINE>H</HEADLINE>\n"
      "  The story.\n</BODY></DOC>",
      "x", nullptr);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "The story.");
  EXPECT_EQ(docs[0].date, "1999-01-01");
}

TEST(SgmlReader, UnclosedTagsAndMissingDocno) {
  std::vector<std::string> warnings;
  auto docs = ReadSgml("<DOC>\n<HEAD>Open head\n<TEXT>\n   Body <F P=1>text\n<DOC>\n<TEXT>\n",
                       "dir/batch.sgml", &warnings);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "batch-1");
  EXPECT_EQ(docs[0].text, "Body text");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "dir/batch.sgml: document batch-2 has no text, skipped");
}

TEST(SgmlReader, DatesFromDocnos) {
  EXPECT_EQ(DateFromDocno("AP880911-0016"), "1988-09-11");
  EXPECT_EQ(DateFromDocno("WSJ870804-0095"), "1987-08-04");
  EXPECT_EQ(DateFromDocno("LA112790-0154"), "1990-11-27");
  EXPECT_EQ(DateFromDocno("APW19990707.0181"), "1999-07-07");
  EXPECT_EQ(DateFromDocno("FT923-12122"), "");
  EXPECT_EQ(DateFromDocno("SJMN91-06069108"), "");
  EXPECT_EQ(DateFromDocno("AP881399-0001"), "");
  EXPECT_EQ(DateFromDocno(""), "");
}

std::string SharedDir() {
  const char* env = std::getenv("PRECIS_SHARED_DIR");
  return env != nullptr ? env : PRECIS_SHARED_DIR;
}

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string OrEmpty(const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : ""; }

// Paragraphs with whitespace collapsed inside each.
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t at = text.find("\n\n", pos);
    if (at == std::string::npos) at = text.size();
    out.push_back(CollapseWhitespace(text.substr(pos, at - pos)));
    pos = at + 2;
  }
  return out;
}

// The 47 raw DUC 2002 files against the published clusters.jsonl, which was
// derived from them by the rules in ../shared/data/README.md. All 47 match:
// id, date, title and every paragraph.
TEST(SgmlReader, MatchesTheDuc2002Jsonl) {
  std::filesystem::path data = std::filesystem::path(SharedDir()) / "data" / "duc2002";
  ASSERT_TRUE(std::filesystem::exists(data / "raw" / "docs")) << "missing ../shared data";
  std::map<std::string, nlohmann::json> expected;
  std::ifstream in(data / "clusters.jsonl");
  for (std::string line; std::getline(in, line);) {
    nlohmann::json cluster = nlohmann::json::parse(line);
    for (const auto& d : cluster["documents"]) expected[d["id"].get<std::string>()] = d;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(data / "raw" / "docs"))
    if (e.is_regular_file()) files.push_back(e.path());
  ASSERT_EQ(files.size(), 47u);
  int matched = 0;
  for (const auto& file : files) {
    auto text = DecodeText(Slurp(file), file.string(), nullptr);
    ASSERT_TRUE(text.ok());
    auto docs = ReadSgml(text.value(), file.string(), nullptr);
    ASSERT_EQ(docs.size(), 1u) << file;
    const Document& d = docs[0];
    EXPECT_EQ(d.id, file.filename().string());
    ASSERT_TRUE(expected.count(d.id)) << d.id;
    const nlohmann::json& want = expected[d.id];
    EXPECT_EQ(d.date, OrEmpty(want["date"])) << d.id;
    EXPECT_EQ(d.title, OrEmpty(want["title"])) << d.id;
    EXPECT_EQ(Paragraphs(d.text), Paragraphs(want["text"])) << d.id;
    bool same = d.date == OrEmpty(want["date"]) && d.title == OrEmpty(want["title"]) &&
                d.text == want["text"].get<std::string>();
    matched += same ? 1 : 0;
  }
  EXPECT_EQ(matched, 47);
}

}  // namespace
}  // namespace precis::read
