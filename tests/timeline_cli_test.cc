// End-to-end tests of `precis timeline`: every flag and output format,
// citations checked against the cleaned text `precis summarize` prints, and
// the error cases.
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

std::u32string CodePoints(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

// Three dated articles on one story, as a cluster JSONL line.
std::string StoryJsonl(const std::string& id = "harbour") {
  nlohmann::json c = {
      {"id", id},
      {"documents",
       {{{"id", "a"},
         {"date", "2012-03-07"},
         {"text",
          "Café owners in Årdal said on Monday that the harbour bridge had collapsed into the "
          "fjord.\n\nNobody was hurt when the bridge fell, the police said on Monday "
          "evening.\n\nDivers searched the water on Tuesday for a missing van."}},
        {{"id", "b"},
         {"date", "2012-03-09"},
         {"text",
          "Engineers warned in 2010 that the bridge was unsafe.\n\nThe harbour bridge collapsed "
          "on 5 March 2012, three days after a storm.\n\nA new bridge will open on 1 June 2013, "
          "the council said on Thursday."}},
        {{"id", "c"},
         {"date", "2012-03-12"},
         {"text",
          "The harbour bridge that collapsed on March 5 had not been inspected since 2009, "
          "officials admitted on Saturday.\n\nThe council met on Friday to approve money for a "
          "ferry."}}}}};
  return c.dump() + "\n";
}

using TimelineCli = CliTest;

TEST_F(TimelineCli, JsonEntriesAreDatedInOrderAndCiteTheCleanedText) {
  File("story.jsonl", StoryJsonl());
  auto r = Run("timeline story.jsonl --dates 3 --sentences-per-date 2 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_EQ(r.out.find('\n'), r.out.size() - 1);  // one line per cluster
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["cluster"], "harbour");
  ASSERT_FALSE(j["entries"].empty());
  EXPECT_LE(j["entries"].size(), 3u);
  EXPECT_EQ(j["entries"][0]["date"], "2012-03-05");

  // The cleaned documents, as summarize shows them, hold every cited span.
  auto s = Run("summarize story.jsonl --format json");
  ASSERT_EQ(s.code, 0) << s.err;
  auto docs = nlohmann::json::parse(s.out)["documents"];
  std::string previous;
  for (const auto& e : j["entries"]) {
    std::string date = e["date"];
    EXPECT_LT(previous, date);
    previous = date;
    EXPECT_LE(e["sentences"].size(), 2u);
    for (const auto& x : e["sentences"]) {
      std::u32string text;
      for (const auto& d : docs)
        if (d["id"] == x["document"]) text = CodePoints(d["text"].get<std::string>());
      std::size_t start = x["start"], end = x["end"];
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), CodePoints(x["text"].get<std::string>()));
      EXPECT_TRUE(x["sentence"].is_number_unsigned());
    }
  }
}

TEST_F(TimelineCli, TextAndMarkdown) {
  File("story.jsonl", StoryJsonl());
  auto text = Run("timeline story.jsonl -n 2 -k 1");
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("2012-03-0", 0), 0u) << text.out;
  EXPECT_NE(text.out.find("\n  "), std::string::npos) << text.out;

  auto md = Run("timeline story.jsonl --dates 2 --format markdown");
  ASSERT_EQ(md.code, 0) << md.err;
  EXPECT_EQ(md.out.rfind("## harbour\n\n### 2012-03-", 0), 0u) << md.out;
  EXPECT_NE(md.out.find("**Sources**"), std::string::npos);
}

TEST_F(TimelineCli, BudgetsAreRespected) {
  File("story.jsonl", StoryJsonl());
  for (int n : {1, 2, 4})
    for (int k : {1, 3}) {
      auto r = Run("timeline story.jsonl -q --format json --dates " + std::to_string(n) +
                   " --sentences-per-date " + std::to_string(k));
      ASSERT_EQ(r.code, 0) << r.err;
      auto j = nlohmann::json::parse(r.out);
      EXPECT_LE(j["entries"].size(), static_cast<std::size_t>(n));
      for (const auto& e : j["entries"])
        EXPECT_LE(e["sentences"].size(), static_cast<std::size_t>(k));
    }
}

TEST_F(TimelineCli, FromAndUntilKeepEntriesInTheSpan) {
  File("story.jsonl", StoryJsonl());
  auto r = Run("timeline story.jsonl -n 10 --from 2012-03-06 --until 2012-03-10 --format json -q");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["entries"].empty());
  for (const auto& e : j["entries"]) {
    EXPECT_GE(e["date"].get<std::string>(), "2012-03-06");
    EXPECT_LE(e["date"].get<std::string>(), "2012-03-10");
  }
  auto none = Run("timeline story.jsonl --from 1999-01-01 --until 1999-12-31");
  EXPECT_EQ(none.code, 1);
  EXPECT_NE(none.err.find("in the span asked for"), std::string::npos) << none.err;
}

TEST_F(TimelineCli, QueryFavoursMatchingSentences) {
  File("story.jsonl", StoryJsonl());
  auto r = Run("timeline story.jsonl -n 5 -k 1 --format json --query 'ferry money'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("ferry"), std::string::npos) << r.out;
}

TEST_F(TimelineCli, FoldersOfTextFilesAndSeveralClusters) {
  // Loose text files have no date: only full dates in their text date them.
  File("news/a.txt", "Bridge falls\n\nThe harbour bridge collapsed on 5 March 2012 in a storm.\n");
  File("news/b.txt", "Inquiry\n\nAn inquiry into the collapse of 5 March 2012 opened today.\n");
  auto r = Run("timeline news --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["entries"][0]["date"], "2012-03-05");
  EXPECT_NE(r.err.find("have no date"), std::string::npos) << r.err;

  // Two clusters: two JSON lines; text output heads each with its id.
  File("two.jsonl", StoryJsonl("one") + StoryJsonl("two"));
  auto two = Run("timeline two.jsonl --format json -q");
  ASSERT_EQ(two.code, 0) << two.err;
  EXPECT_EQ(std::count(two.out.begin(), two.out.end(), '\n'), 2);
  auto text = Run("timeline - -q", StoryJsonl("one") + StoryJsonl("two"));
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("# one\n", 0), 0u) << text.out;
  EXPECT_NE(text.out.find("\n# two\n"), std::string::npos);
}

TEST_F(TimelineCli, BadValuesAreOneLineUsageErrors) {
  File("story.jsonl", StoryJsonl());
  for (const char* args :
       {"--dates 0", "--sentences-per-date -1", "--dates -3", "--dates x", "--sentences-per-date 0",
        "--dates 100001", "--format pdf", "--language klingon", "--input-format docx", "--bogus",
        "--threads -1", "--threads 65"}) {
    auto r = Run(std::string("timeline story.jsonl ") + args);
    EXPECT_EQ(r.code, 2) << args << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << args;
  }
  auto help = Run("timeline --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--sentences-per-date"), std::string::npos);
}

TEST_F(TimelineCli, UndatableAndMissingInputAreInputErrors) {
  File("undated.txt", "Vote lost\n\nThe minister resigned on Monday after the vote was lost.\n");
  auto r = Run("timeline undated.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no sentence can be dated to a day"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());

  auto missing = Run("timeline nothing-here.txt");
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1) << missing.err;

  // One cluster without a timeline among others is skipped with a warning.
  nlohmann::json bad = {
      {"id", "bad"}, {"documents", {{{"id", "x"}, {"text", "No dates are here at all, none."}}}}};
  File("mixed.jsonl", bad.dump() + "\n" + StoryJsonl());
  auto mixed = Run("timeline mixed.jsonl --format json");
  EXPECT_EQ(mixed.code, 0) << mixed.err;
  EXPECT_NE(mixed.err.find("skipped bad"), std::string::npos) << mixed.err;
}

TEST_F(TimelineCli, SyriaExampleDatesTheArticleWithATimestamp) {
  auto r = Run("timeline '" + SharedDir() + "/examples/syria-talks' --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["entries"].empty());
  EXPECT_EQ(j["entries"][0]["date"], "2011-11-21");
}

// A cluster large enough for several threads (a Timeline17 one of 3.5 MB)
// gives the timeline and the figures of one thread.
TEST_F(TimelineCli, ThreadsGiveTheTimelineAndFiguresOfOne) {
  const std::string data = SharedDir() + "/data/timeline-dev/clusters.jsonl";
  if (!fs::exists(data)) GTEST_SKIP() << data << " not present";
  std::ifstream in(data);
  std::string line;
  while (std::getline(in, line) &&
         line.find("\"id\": \"EgyptianProtest_cnn\"") == std::string::npos) {
  }
  ASSERT_FALSE(line.empty());
  File("egypt.jsonl", line + "\n");
  auto one = Run("timeline egypt.jsonl --format json -q --threads 1");
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(Run("timeline egypt.jsonl --format json -q --threads 2").out, one.out);
  auto figures = Run("figures egypt.jsonl --format json -q --threads 1");
  ASSERT_EQ(figures.code, 0) << figures.err;
  EXPECT_EQ(Run("figures egypt.jsonl --format json -q --threads 3").out, figures.out);
}

TEST_F(TimelineCli, TimelineDevClusterIsFast) {
  // A 120-article Timeline17 cluster in bounded time and memory.
  const std::string data = SharedDir() + "/data/timeline-dev/clusters.jsonl";
  if (!fs::exists(data)) GTEST_SKIP() << data << " not present";
  std::ifstream in(data);
  std::string line;
  while (std::getline(in, line) && line.find("\"id\": \"H1N1_bbc\"") == std::string::npos) {
  }
  ASSERT_FALSE(line.empty());
  File("h1n1.jsonl", line + "\n");
  auto r =
      RunBounded("timeline h1n1.jsonl --dates 7 --sentences-per-date 6 -q --format json", 20, 2048);
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["entries"].size(), 7u);
}

}  // namespace
}  // namespace precis::testing
