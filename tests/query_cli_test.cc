// `precis summarize --query`: the summary is focused on the question, and a
// method that cannot focus says so in one line.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

using QueryCli = CliTest;

const std::string kSyria = SharedDir() + "/examples/syria-talks";

// The default, coverage, weighs what is said around the question's words.
TEST_F(QueryCli, TheQueryFocusesTheDefaultSummary) {
  auto plain = Run("summarize '" + kSyria + "' --words 60");
  auto focused =
      Run("summarize '" + kSyria + "' --words 60 --query 'How many people were killed?'");
  ASSERT_EQ(plain.code, 0) << plain.err;
  ASSERT_EQ(focused.code, 0) << focused.err;
  EXPECT_TRUE(focused.err.empty()) << focused.err;
  EXPECT_EQ(plain.out.find("killed"), std::string::npos) << plain.out;
  EXPECT_NE(focused.out.find("killed"), std::string::npos) << focused.out;
}

// mmr ranks sentences by their similarity to the query.
TEST_F(QueryCli, TheQueryFocusesTheSummary) {
  auto plain = Run("summarize '" + kSyria + "' --words 60 -m mmr");
  auto focused =
      Run("summarize '" + kSyria + "' --words 60 -m mmr --query 'How many people were killed?'");
  ASSERT_EQ(plain.code, 0) << plain.err;
  ASSERT_EQ(focused.code, 0) << focused.err;
  EXPECT_TRUE(focused.err.empty()) << focused.err;
  EXPECT_EQ(plain.out.find("killed"), std::string::npos) << plain.out;
  EXPECT_NE(focused.out.find("killed"), std::string::npos) << focused.out;
}

// A reader's short question ("what about chemical weapons?") gets the
// sentences that answer it, not the story's lead.
TEST_F(QueryCli, AShortQuestionGetsTheSentencesAboutIt) {
  auto plain = Run("summarize '" + kSyria + "' --words 60");
  auto focused = Run("summarize '" + kSyria + "' --words 60 --query 'chemical weapons'");
  ASSERT_EQ(plain.code, 0) << plain.err;
  ASSERT_EQ(focused.code, 0) << focused.err;
  EXPECT_EQ(plain.out.find("chemical weapons"), std::string::npos) << plain.out;
  EXPECT_EQ(focused.out.rfind("The push to bring warring sides together", 0), 0u) << focused.out;
  EXPECT_NE(focused.out.find("chemical weapons are being used"), std::string::npos) << focused.out;
}

// An empty query, or one of function words only, focuses nothing: said.
TEST_F(QueryCli, AQueryWithNothingToFocusOnIsSaid) {
  for (std::string q : {"''", "'   '", "'what about the'"}) {
    auto r = Run("summarize '" + kSyria + "' --words 40 --query " + q);
    ASSERT_EQ(r.code, 0) << q << r.err;
    EXPECT_EQ(r.err,
              "precis summarize: warning: the query has no word to focus on (it is empty or "
              "only words like 'what' and 'the'); the summary is not focused\n")
        << q;
    EXPECT_EQ(r.out, Run("summarize '" + kSyria + "' --words 40").out) << q;
  }
}

TEST_F(QueryCli, AMethodThatIgnoresTheQuerySaysSo) {
  auto r = Run("summarize '" + kSyria + "' --words 60 -m lead --query 'death toll'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "precis summarize: warning: method lead ignores the query (these honour it: mmr, "
            "coverage)\n");
  EXPECT_TRUE(Run("summarize '" + kSyria + "' --words 60 -m lead --query x -q").err.empty());
}

// Said once, not once per cluster.
TEST_F(QueryCli, TheWarningIsSaidOnceForManyClusters) {
  std::string line =
      "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"text\": \"The harbor "
      "bridge reopened on Monday after six weeks of repairs to its deck.\"}]}\n";
  File("set.jsonl", line + line + line);
  auto r = Run("summarize set.jsonl -m lead --query bridge");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "precis summarize: warning: method lead ignores the query (these honour it: mmr, "
            "coverage)\n");
}

}  // namespace
}  // namespace precis::testing
