#include "read/jsonl_reader.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(JsonlReader, ReadsClusters) {
  std::vector<std::string> warnings;
  auto r = ReadJsonl(
      R"({"id": "d061j", "source": "DUC 2002", "query": null, "documents": [{"id": "AP1", "date": "1988-09-11", "title": null, "text": "Body one."}, {"id": "AP2", "date": null, "title": "T", "text": "Body two."}], "references": [{"id": "D061.M.100.J.B", "words": 100, "text": "Ref."}]}

{"id": "q1", "query": {"title": "Topic", "narrative": "Describe it."}, "documents": [{"text": "No id here."}], "references": [{"text": "three words here"}]})",
      "sets/dev.jsonl", &warnings);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto& clusters = r.value();
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].id, "d061j");
  EXPECT_EQ(clusters[0].source, "DUC 2002");
  EXPECT_FALSE(clusters[0].query.has_value());
  ASSERT_EQ(clusters[0].documents.size(), 2u);
  EXPECT_EQ(clusters[0].documents[0].date, "1988-09-11");
  EXPECT_EQ(clusters[0].documents[0].title, "");
  EXPECT_EQ(clusters[0].documents[0].source, "sets/dev.jsonl");
  EXPECT_EQ(clusters[0].documents[1].title, "T");
  ASSERT_EQ(clusters[0].references.size(), 1u);
  EXPECT_EQ(clusters[0].references[0].words, 100);
  EXPECT_EQ(clusters[1].query->title, "Topic");
  EXPECT_EQ(clusters[1].query->narrative, "Describe it.");
  EXPECT_EQ(clusters[1].documents[0].id, "q1-0");
  EXPECT_EQ(clusters[1].references[0].words, 3);
  EXPECT_EQ(clusters[1].references[0].id, "q1-ref-0");
  EXPECT_TRUE(warnings.empty());
}

TEST(JsonlReader, ReadsSeenDocuments) {
  auto r = ReadJsonl(
      R"({"id": "u", "documents": [{"id": "new", "text": "New body."}], "seen": [{"id": "old", "date": "2024-01-02", "text": "Old body."}, {"text": "No id."}]})",
      "u.jsonl", nullptr);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto& c = r.value()[0];
  ASSERT_EQ(c.documents.size(), 1u);
  ASSERT_EQ(c.seen.size(), 2u);
  EXPECT_EQ(c.seen[0].id, "old");
  EXPECT_EQ(c.seen[0].date, "2024-01-02");
  EXPECT_EQ(c.seen[1].id, "u-seen-1");
  EXPECT_EQ(c.seen[1].source, "u.jsonl");

  auto bad =
      ReadJsonl(R"({"id": "u", "documents": [], "seen": [{"id": "old"}]})", "u.jsonl", nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("seen document 1: no \"text\""), std::string::npos)
      << bad.status().message();
  bad = ReadJsonl(R"({"id": "u", "documents": [], "seen": {"id": "old"}})", "u.jsonl", nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("\"seen\" is not an array"), std::string::npos)
      << bad.status().message();
}

TEST(JsonlReader, MissingIdsComeFromFileAndLine) {
  auto r = ReadJsonl("{\"documents\": [{\"text\": \"x\"}]}\n{\"id\": 7, \"documents\": []}\n",
                     "a/b.jsonl", nullptr);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value()[0].id, "b-1");
  EXPECT_EQ(r.value()[1].id, "7");
}

TEST(JsonlReader, ClustersWithoutDocumentsAreKeptWithAWarning) {
  std::vector<std::string> warnings;
  auto r = ReadJsonl("{\"id\": \"d31f\", \"references\": []}\n", "dup.jsonl", &warnings);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().size(), 1u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "dup.jsonl:1: cluster d31f has no documents");
}

Status ErrorOf(std::string_view text) { return ReadJsonl(text, "c.jsonl", nullptr).status(); }

TEST(JsonlReader, MalformedLinesNameFileAndLine) {
  EXPECT_EQ(ErrorOf("{\"documents\": []}\n{\"id\": \n").message(), "c.jsonl:2: malformed JSON");
  EXPECT_EQ(ErrorOf("[1, 2]").message(), "c.jsonl:1: not a JSON object");
  EXPECT_EQ(ErrorOf("{\"documents\": {}}").message(), "c.jsonl:1: \"documents\" is not an array");
  EXPECT_EQ(ErrorOf("{\"documents\": [{\"text\": 5}]}").message(),
            "c.jsonl:1: document 1: \"text\" is not a string");
  EXPECT_EQ(ErrorOf("{\"documents\": [{\"id\": \"x\"}]}").message(),
            "c.jsonl:1: document 1: no \"text\"");
  EXPECT_EQ(ErrorOf("{\"documents\": [3]}").message(), "c.jsonl:1: document 1: not an object");
  EXPECT_EQ(ErrorOf("{\"query\": 1}").message(), "c.jsonl:1: \"query\" is not an object or null");
  EXPECT_EQ(ErrorOf("{\"references\": [{\"words\": \"ten\"}]}").message(),
            "c.jsonl:1: reference 1: \"words\" is not a non-negative number");
  // Found by read_jsonl_fuzz: an id of "\n" made a two-line warning. Ids
  // name things in messages and file names; control characters are refused.
  EXPECT_EQ(ErrorOf("{\"id\": \"\\n\", \"documents\": []}").message(),
            "c.jsonl:1: \"id\" contains a control character");
  EXPECT_EQ(ErrorOf("{\"documents\": [{\"id\": \"a\\tb\", \"text\": \"x\"}]}").message(),
            "c.jsonl:1: document 1: \"id\" contains a control character");
}

// A number no double holds makes nlohmann throw even when asked not to.
TEST(JsonlReader, AHugeNumberIsMalformedNotACrash) {
  auto r =
      ReadJsonl(R"({"id": "x", "documents": [{"text": "a", "n": 1e999}]})", "x.jsonl", nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("malformed JSON"), std::string::npos) << r.status().message();
}

TEST(JsonlReader, DeepNestingIsRefusedBeforeItIsBuilt) {
  std::string deep =
      "{\"id\": \"c\", \"documents\": [{\"text\": \"t\", \"x\": " + std::string(100000, '[') +
      std::string(100000, ']') + "}]}\n";
  auto r = ReadJsonl(deep, "d.jsonl", nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "d.jsonl:1: JSON nested more than 64 levels deep");
  std::string fine =
      "{\"id\": \"c\", \"documents\": [{\"text\": \"t\", \"x\": " + std::string(20, '[') +
      std::string(20, ']') + "}]}\n";
  EXPECT_TRUE(ReadJsonl(fine, "d.jsonl", nullptr).ok());
}

// A lone surrogate escape made the whole file "malformed JSON"; it now
// reads as U+FFFD with a warning. Pairs and escaped backslashes are kept.
TEST(JsonlReader, LoneSurrogateEscapesBecomeReplacementCharacters) {
  std::vector<std::string> warnings;
  auto r = ReadJsonl(
      R"({"id": "c", "documents": [{"title": "x\ud800y\uDC00", "text": "ok \ud83d\ude00 \\ud800 z"}]})"
      "\n",
      "c.jsonl", &warnings);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Document& d = r.value()[0].documents[0];
  EXPECT_EQ(d.title, "x\uFFFDy\uFFFD");
  EXPECT_EQ(d.text, "ok \U0001F600 \\ud800 z");
  EXPECT_EQ(warnings, std::vector<std::string>{
                          "c.jsonl:1: 2 unpaired surrogate escapes replaced with U+FFFD"});
  auto broken = ReadJsonl(R"({"id": "c", "documents": [{"text": "\ud800"})", "c.jsonl", nullptr);
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.status().message(), "c.jsonl:1: malformed JSON");
}

}  // namespace
}  // namespace precis::read
