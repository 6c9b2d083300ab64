#include "text/analyzer.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(Analyzer, SentencesWordsAndCandidates) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  std::string text = "Bridge closed\n\nThe city closed the harbor bridges on Tuesday. It said so.";
  auto analysis = a->Analyze(text);
  const auto& ss = analysis.sentences;
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
  // Words carry offsets into the text and line up with the stems.
  ASSERT_EQ(analysis.words.size(), 2u + 8u + 3u);
  EXPECT_EQ(ss[1].first_word, 2u);
  const Word& city = analysis.words[ss[1].first_word + 1];
  EXPECT_EQ(city.norm, "city");
  EXPECT_EQ(text.substr(city.begin, city.end - city.begin), "city");
}

TEST(Analyzer, AppendShiftsOffsets) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  AnalyzedText all = a->Analyze("First part here.");
  all.Append("\n\n", a->Analyze("Second part there."));
  ASSERT_EQ(all.sentences.size(), 2u);
  EXPECT_EQ(all.text, "First part here.\n\nSecond part there.");
  EXPECT_EQ(all.SentenceText(1), "Second part there.");
  EXPECT_EQ(all.sentences[1].first_word, 3u);
  EXPECT_EQ(all.words[3].begin, all.sentences[1].begin);
  // The same as analysing the joined text at once.
  AnalyzedText once = a->Analyze(all.text);
  ASSERT_EQ(once.sentences.size(), 2u);
  EXPECT_EQ(once.sentences[1].begin, all.sentences[1].begin);
  EXPECT_EQ(once.sentences[1].stems, all.sentences[1].stems);
}

TEST(Analyzer, QueryStems) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->ContentStems("What caused the bridges' cracks?"),
            (std::vector<std::string>{"caus", "bridg", "crack"}));
}

TEST(Analyzer, UnknownLanguage) { EXPECT_FALSE(Analyzer::Create("klingon").ok()); }

}  // namespace
}  // namespace precis::text
