#include "base/sentence_end.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(EndsSentence, FinalPunctuationBehindQuotesAndBrackets) {
  EXPECT_TRUE(EndsSentence("The bridge closed."));
  EXPECT_TRUE(EndsSentence("Is it safe?  "));
  EXPECT_TRUE(EndsSentence("\"We will not gamble,\" she said.\""));
  EXPECT_TRUE(EndsSentence("He said \xE2\x80\x9Cno.\xE2\x80\x9D"));
  EXPECT_TRUE(EndsSentence("(As agreed.)"));
  EXPECT_TRUE(EndsSentence("and then\xE2\x80\xA6"));
  EXPECT_TRUE(EndsSentence("\xC2\xAB Oui. \xC2\xBB"));
}

TEST(EndsSentence, CjkFullStops) {
  EXPECT_TRUE(EndsSentence("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x82"));              // 。
  EXPECT_TRUE(EndsSentence("\xE6\x9D\xB1\xEF\xBC\x81"));                          // ！
  EXPECT_TRUE(EndsSentence("\xE6\x9D\xB1\xEF\xBC\x9F"));                          // ？
  EXPECT_TRUE(EndsSentence("\xE3\x80\x8C\xE6\x9D\xB1\xE3\x80\x82\xE3\x80\x8D"));  // 「東。」
  EXPECT_FALSE(EndsSentence("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x81"));             // 、
}

TEST(EndsSentence, UnfinishedText) {
  EXPECT_FALSE(EndsSentence("Bridge closed after inspectors find cracks"));
  EXPECT_FALSE(EndsSentence("the talks would go on, but"));
  EXPECT_FALSE(EndsSentence("Among the findings:"));
  EXPECT_FALSE(EndsSentence(""));
  EXPECT_FALSE(EndsSentence("\"\")"));
}

TEST(FirstSentenceEnd, AtAStopBeforeACapitalOrAQuotation) {
  EXPECT_EQ(FirstSentenceEnd("The bridge closed. Traffic moved."), 18u);
  EXPECT_EQ(FirstSentenceEnd("He asked why? \"We do not know.\""), 13u);
  // Lower-cased crawls and abbreviations before a lower-case word run on.
  EXPECT_EQ(FirstSentenceEnd("fabulousness awaits! you know it"), 32u);
  EXPECT_EQ(FirstSentenceEnd("at 3 p.m. on monday"), 19u);
  EXPECT_EQ(FirstSentenceEnd(""), 0u);
}

}  // namespace
}  // namespace precis
