#include "precis/render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace precis {
namespace {

Summary Example() {
  Summary s;
  s.cluster_id = "c1";
  s.method = "ilp";
  s.documents = {{"a", "Bridge closes", "2024-03-01", "a.txt", "The bridge closed. Cars wait."},
                 {"b", "", "", "b.txt", "Cars wait."}};
  SummarySentence x;
  x.text = "Cars wait.";
  x.source = {"a", 0, 1, 19, 29};
  x.score = 0.5;
  x.also_in = {{"b", 1, 0, 0, 10}};
  s.sentences = {x};
  s.stats = {{"a", 30, 29, 2, 5, 1, 0}, {"b", 10, 10, 1, 2, 0, 1}};
  s.removed = {{"a", "Share on Facebook", "share prompt"}};
  return s;
}

TEST(Render, TextIsOneSentencePerLine) {
  EXPECT_EQ(Render(Example(), OutputFormat::kText), "Cars wait.\n");
}

TEST(Render, JsonCarriesCitationsDocumentsAndStats) {
  std::string out = Render(Example(), OutputFormat::kJson, {.explain = true});
  ASSERT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1);  // one line
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["cluster"], "c1");
  EXPECT_EQ(j["summary"][0]["document"], "a");
  EXPECT_EQ(j["summary"][0]["start"], 19);
  EXPECT_EQ(j["summary"][0]["end"], 29);
  EXPECT_EQ(j["summary"][0]["also_in"][0]["document"], "b");
  EXPECT_EQ(j["documents"][0]["text"], "The bridge closed. Cars wait.");
  EXPECT_EQ(j["stats"][1]["duplicates"], 1);
  EXPECT_EQ(j["removed"][0]["reason"], "share prompt");
  // The citation points at the sentence in the document text.
  std::string text = j["documents"][0]["text"];
  EXPECT_EQ(text.substr(19, 10), "Cars wait.");
}

TEST(Render, JsonWithoutExplainHasNoRemovals) {
  auto j = nlohmann::json::parse(Render(Example(), OutputFormat::kJson));
  EXPECT_FALSE(j.contains("removed"));
}

TEST(Render, MarkdownDatesSentencesFromArticlesOfDifferentDates) {
  Summary s = Example();  // one sentence, from the dated article: no date in the citation
  EXPECT_NE(Render(s, OutputFormat::kMarkdown).find("Cars wait. [1][2]"), std::string::npos);
  SummarySentence y;
  y.text = "The bridge closed.";
  y.source = {"b", 1, 0, 0, 10};
  s.sentences.push_back(y);
  std::string md = Render(s, OutputFormat::kMarkdown);
  EXPECT_NE(md.find("Cars wait. [1, 2024-03-01][2]"), std::string::npos) << md;
  EXPECT_NE(md.find("The bridge closed. [2]"), std::string::npos) << md;
}

TEST(Render, PlainTextDatesSentencesOnlyWhenAskedAndDatesDiffer) {
  Summary s = Example();
  EXPECT_EQ(Render(s, OutputFormat::kText, {.dates = true}), "Cars wait.\n");  // one date
  SummarySentence y;
  y.text = "The bridge closed.";
  y.source = {"b", 1, 0, 0, 10};
  s.sentences.push_back(y);
  EXPECT_EQ(Render(s, OutputFormat::kText), "Cars wait.\nThe bridge closed.\n");
  EXPECT_EQ(Render(s, OutputFormat::kText, {.dates = true}),
            "Cars wait. [2024-03-01]\nThe bridge closed.\n");
}

TEST(Render, MarkdownNumbersSources) {
  std::string md = Render(Example(), OutputFormat::kMarkdown);
  EXPECT_NE(md.find("Cars wait. [1][2]"), std::string::npos) << md;
  EXPECT_NE(md.find("1. *Bridge closes* (a, 2024-03-01, a.txt)"), std::string::npos) << md;
  EXPECT_NE(md.find("2. b (b.txt)"), std::string::npos) << md;
}

// Page text must not become markup in the reader's Markdown viewer.
TEST(Render, MarkdownEscapesWhatItPrints) {
  Summary s = Example();
  s.sentences[0].text = "See <script>alert(1)</script> and [x](javascript:alert(1)) *now*.";
  s.documents[0].title = "<img src=x onerror=alert(1)> _t_";
  s.sentences.push_back(s.sentences[0]);
  s.sentences[1].text = "# 1984. Not a heading";
  s.sentences.push_back(s.sentences[0]);
  s.sentences[2].text = "1984. Not a list";
  std::string md = Render(s, OutputFormat::kMarkdown);
  EXPECT_EQ(md.find("<script>"), std::string::npos) << md;
  EXPECT_EQ(md.find("<img"), std::string::npos) << md;
  EXPECT_EQ(md.find("[x]("), std::string::npos) << md;
  EXPECT_NE(md.find("See &lt;script&gt;alert(1)&lt;/script&gt; and \\[x\\](javascript:alert(1)) "
                    "\\*now\\*. [1][2]"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("*&lt;img src=x onerror=alert(1)&gt; \\_t\\_*"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\\# 1984. Not a heading"), std::string::npos) << md;
  EXPECT_NE(md.find("\n1984\\. Not a list"), std::string::npos) << md;
}

TEST(Render, ParsesFormats) {
  EXPECT_EQ(*ParseOutputFormat("md"), OutputFormat::kMarkdown);
  auto bad = ParseOutputFormat("pdf");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().exit_code(), 2);
}

}  // namespace
}  // namespace precis
