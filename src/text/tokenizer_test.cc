#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::text {
namespace {

std::vector<std::string> Norms(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& w : Tokenize(s)) out.push_back(w.norm);
  return out;
}

TEST(Tokenizer, SplitsAndFolds) {
  EXPECT_EQ(Norms("The U.S. Army, in 2013."),
            (std::vector<std::string>{"the", "u", "s", "army", "in", "2013"}));
}

TEST(Tokenizer, EachCharacterOfAnUnspacedScriptIsAWord) {
  // Japanese (kanji, hiragana, katakana) and Chinese: one word per character;
  // a Latin word beside them stays whole.
  EXPECT_EQ(Norms("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7NHK\xE3\x80\x82"),
            (std::vector<std::string>{"\xE6\x9D\xB1", "\xE4\xBA\xAC", "\xE3\x81\xA7", "nhk"}));
  EXPECT_TRUE(IsUnspacedScriptChar(U'\u6771'));
  EXPECT_FALSE(IsUnspacedScriptChar(U'a'));
  EXPECT_FALSE(IsUnspacedScriptChar(U'\uAC00'));  // Hangul is written with spaces
}

// A word folded already (ASCII, no capital) is its own text; one with a
// capital is folded; either loses its possessive, and a scanner's view of
// the word stays right from word to word.
TEST(Tokenizer, WordsFoldedAlreadyOrNotComeOutTheSame) {
  EXPECT_EQ(Norms("bridge's BRIDGE's Bridge bridge x's X's"),
            (std::vector<std::string>{"bridge", "bridge", "bridge", "bridge", "x", "x"}));
  WordScanner words("Port aldwin's BRIDGE");
  std::vector<std::string> seen;
  while (words.Next()) seen.emplace_back(words.norm());
  EXPECT_EQ(seen, (std::vector<std::string>{"port", "aldwin", "bridge"}));
}

TEST(Tokenizer, KeepsNumbersAndContractions) {
  EXPECT_EQ(Norms("8.2 percent of 100,000 don't"),
            (std::vector<std::string>{"8.2", "percent", "of", "100,000", "don't"}));
}

TEST(Tokenizer, FoldsCurlyApostrophesAndPossessives) {
  EXPECT_EQ(
      Norms("Kerry\xE2\x80\x99s plan, Assad's regime, it\xE2\x80\x99s"),
      (std::vector<std::string>{"kerry", "plan", "assad", "regime", "it"}));  // 's always goes
}

TEST(Tokenizer, HyphensSplitWords) {
  EXPECT_EQ(Norms("al-Assad's U.S.-led"),
            (std::vector<std::string>{"al", "assad", "u", "s", "led"}));
}

TEST(Tokenizer, UnicodeCaseFoldingAndCompatibility) {
  EXPECT_EQ(Norms("CAF\xC3\x89 \xEF\xAC\x81nal Stra\xC3\x9F"
                  "e"),  // CAFÉ ﬁnal Straße
            (std::vector<std::string>{"caf\xC3\xA9", "final", "strasse"}));
}

TEST(Tokenizer, OffsetsPointIntoInput) {
  std::string s = "  \xE2\x80\x9CHello\xE2\x80\x9D world";
  auto words = Tokenize(s);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(s.substr(words[0].begin, words[0].end - words[0].begin), "Hello");
  EXPECT_EQ(s.substr(words[1].begin, words[1].end - words[1].begin), "world");
  EXPECT_TRUE(words[0].has_letter);
  EXPECT_FALSE(Tokenize("1988")[0].has_letter);
}

TEST(Tokenizer, PunctuationOnlyAndEmpty) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" -- ... !!! \xE2\x80\x94 ").empty());
}

}  // namespace
}  // namespace precis::text
