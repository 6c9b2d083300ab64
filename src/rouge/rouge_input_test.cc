#include "rouge/rouge_input.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

using Lines = std::vector<std::string>;

TEST(RougeInput, SplReadsNonEmptyLinesLowerCasedAsBytes) {
  Result<Lines> u =
      ExtractUnits("First LINE.\n\n   \nvoil\xC3\xA0 \xC3\x80\r\nlast", InputFormat::kSpl);
  ASSERT_TRUE(u.ok());
  // Empty lines go, whitespace-only lines stay; only A-Z are lower-cased.
  EXPECT_EQ(*u, (Lines{"first line.", "   ", "voil\xC3\xA0 \xC3\x80\r", "last"}));
}

TEST(RougeInput, SeeAndIsiLines) {
  const std::string see =
      "<html>\n"
      "<a name=\"1\">[1]</a> <a href=\"#1\" id=1>The First sentence.</a>\n"
      "<a size=\"10\" name=\"2\">[2]</a>\t<a href=\"#2\" id=2>Second one\n"
      "<a name=\"x\">[3]</a> <a href=\"#3\" id=3>not matched</a>\n";
  Result<Lines> u = ExtractUnits(see, InputFormat::kSee);
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(*u, (Lines{"the first sentence.", "second one\n"}));

  const std::string isi =
      "<S SNTNO=\"1\">One Sentence.</S>\n<S SNTNO=\"a,2\">Two</S>\n<S SNTNO=\"3\">no end\n";
  u = ExtractUnits(isi, InputFormat::kIsi);
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(*u, (Lines{"one sentence.", "two"}));
  EXPECT_FALSE(ExtractUnits("x", InputFormat::kSimple).ok());
}

TEST(RougeInput, ParseInputFormatIgnoresCase) {
  EXPECT_EQ(*ParseInputFormat("spl"), InputFormat::kSpl);
  EXPECT_EQ(*ParseInputFormat("See"), InputFormat::kSee);
  EXPECT_FALSE(ParseInputFormat("XML").ok());
}

TEST(RougeInput, PerlSplitKeepsALeadingEmptyField) {
  auto n = [](const std::string& s) { return PerlSplitWhitespace(s).size(); };
  EXPECT_EQ(n("a b  c"), 3u);
  EXPECT_EQ(n(" a b"), 3u);
  EXPECT_EQ(n("a b \t"), 2u);
  EXPECT_EQ(n("   "), 0u);
  EXPECT_EQ(n(""), 0u);
  EXPECT_EQ(n("U.S.-led -- x"), 3u);
  EXPECT_EQ(n("voil\xC3\xA0\xC2\xA0x"), 1u);  // 0xA0 is not whitespace
}

TEST(RougeInput, WordLimitCutsTheLineThatReachesIt) {
  Lines units = {"one two three", "four five six", "seven"};
  EXPECT_EQ(TruncateUnits(units, {4, 0}), (Lines{"one two three", "four"}));
  // Whole lines are kept only while the total stays under the limit.
  EXPECT_EQ(TruncateUnits(units, {3, 0}), (Lines{"one two three"}));
  EXPECT_EQ(TruncateUnits(units, {6, 0}), (Lines{"one two three", "four five six"}));
  EXPECT_EQ(TruncateUnits(units, {100, 0}), units);
  EXPECT_EQ(TruncateUnitsForLcs(units, {4, 0}), TruncateUnits(units, {4, 0}));
  EXPECT_EQ(TruncateUnits(units, {0, 0}), units);
}

TEST(RougeInput, ByteLimitCutsInsideWordsAndHasTheLcsBug) {
  Lines units = {"hurricane gilbert", "swept toward", "the coast"};
  // 17 + 12 = 29 bytes, the third line gets 33 - 29 = 4.
  EXPECT_EQ(TruncateUnits(units, {0, 33}), (Lines{"hurricane gilbert", "swept toward", "the "}));
  EXPECT_EQ(TruncateUnits(units, {0, 5}), (Lines{"hurri"}));
  // ROUGE-L/W keep every line shorter than the limit.
  EXPECT_EQ(TruncateUnitsForLcs(units, {0, 33}), units);
  EXPECT_EQ(TruncateUnitsForLcs(units, {0, 13}), (Lines{"hurricane gil"}));
  EXPECT_EQ(TruncateUnitsForLcs(units, {0, 17}), (Lines{"hurricane gilbert"}));
}

TEST(RougeInput, UnitsFromSentencesDropsEmptyOnes) {
  EXPECT_EQ(UnitsFromSentences({"A B", "", " "}), (Lines{"a b", " "}));
}

}  // namespace
}  // namespace precis::rouge
