#include "pipeline/analyzer.h"

#include <gtest/gtest.h>

namespace precis::pipeline {
namespace {

TEST(Analyzer, SentencesWordsAndCandidates) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  std::string text = "Bridge closed\n\nThe city closed the harbor bridges on Tuesday. It said so.";
  auto ss = a->Analyze(text);
  ASSERT_EQ(ss.size(), 3u);
  EXPECT_FALSE(ss[0].candidate);  // a heading
  EXPECT_TRUE(ss[1].candidate);
  EXPECT_FALSE(ss[2].candidate);  // too short to stand alone
  EXPECT_EQ(text.substr(ss[1].begin, ss[1].end - ss[1].begin),
            "The city closed the harbor bridges on Tuesday.");
  EXPECT_EQ(ss[1].stems, (std::vector<std::string>{"the", "citi", "close", "the", "harbor", "bridg",
                                                   "on", "tuesday"}));
  EXPECT_EQ(ss[1].content_words, 5u);
  EXPECT_TRUE(ss[1].stop[0]);
  EXPECT_FALSE(ss[1].stop[1]);
}

TEST(Analyzer, QueryStems) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->ContentStems("What caused the bridges' cracks?"),
            (std::vector<std::string>{"caus", "bridg", "crack"}));
}

TEST(Analyzer, UnknownLanguage) { EXPECT_FALSE(Analyzer::Create("klingon").ok()); }

}  // namespace
}  // namespace precis::pipeline
