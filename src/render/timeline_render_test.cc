// Render(Timeline) on a hand-made timeline: the three formats.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "precis/render.h"

namespace precis {
namespace {

Timeline Example() {
  Timeline t;
  t.cluster_id = "bridge";
  t.documents = {
      {"a", "Bridge falls", "2012-03-07", "a.txt", "It fell on Monday. [Nobody] was hurt."},
      {"b", "", "2012-03-09", "b.txt", "<b>Inquiry</b> opened on Friday."}};
  t.entries.push_back(
      {"2012-03-05", {{{"It fell on Monday.", "2012-03-05", {"a", 0, 0, 0, 18}}, 1.0}}});
  t.entries.push_back(
      {"2012-03-09",
       {{{"<b>Inquiry</b> opened on Friday.", "2012-03-09", {"b", 1, 0, 0, 32}}, 0.5},
        {{"[Nobody] was hurt.", "2012-03-09", {"a", 0, 1, 19, 37}}, 0.4}}});
  t.warnings.push_back("bridge: 2 of 5 dates: no other day has a sentence that can be shown");
  return t;
}

TEST(TimelineRenderTest, JsonIsOneLineWithTheDocumentedFields) {
  std::string out = Render(Example(), OutputFormat::kJson);
  ASSERT_EQ(out.find('\n'), out.size() - 1);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["cluster"], "bridge");
  ASSERT_EQ(j["entries"].size(), 2u);
  EXPECT_EQ(j["entries"][1]["date"], "2012-03-09");
  const auto& s = j["entries"][1]["sentences"][1];
  EXPECT_EQ(s["text"], "[Nobody] was hurt.");
  EXPECT_EQ(s["document"], "a");
  EXPECT_EQ(s["sentence"], 1);
  EXPECT_EQ(s["start"], 19);
  EXPECT_EQ(s["end"], 37);
  EXPECT_EQ(s["document_index"], 0);
  // The documents, as in a summary: the citation's span of the text is the sentence.
  ASSERT_EQ(j["documents"].size(), 2u);
  EXPECT_EQ(j["documents"][1]["id"], "b");
  EXPECT_EQ(j["documents"][1]["date"], "2012-03-09");
  EXPECT_EQ(j["documents"][0]["text"].get<std::string>().substr(19, 18), "[Nobody] was hurt.");
  EXPECT_EQ(j["warnings"].size(), 1u);
}

TEST(TimelineRenderTest, TextHasADateLineThenIndentedSentences) {
  EXPECT_EQ(Render(Example(), OutputFormat::kText),
            "2012-03-05\n  It fell on Monday.\n\n2012-03-09\n  <b>Inquiry</b> opened on Friday.\n"
            "  [Nobody] was hurt.\n");
}

TEST(TimelineRenderTest, MarkdownEscapesAndNumbersSourcesByFirstCitation) {
  std::string md = Render(Example(), OutputFormat::kMarkdown);
  EXPECT_EQ(md,
            "## bridge\n\n### 2012-03-05\n\n- It fell on Monday. [1]\n\n### 2012-03-09\n\n"
            "- &lt;b&gt;Inquiry&lt;/b&gt; opened on Friday. [2]\n- \\[Nobody\\] was hurt. [1]\n\n"
            "**Sources**\n\n1. *Bridge falls* (a, 2012-03-07, a.txt)\n2. b (2012-03-09, b.txt)\n");
}

}  // namespace
}  // namespace precis
