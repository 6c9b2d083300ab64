#include "read/paragraphs.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(Paragraphs, CollapsesAsciiAndUnicodeSpaces) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b\r\n"), "a b");
  EXPECT_EQ(CollapseWhitespace("a\xC2\xA0\xC2\xA0"
                               "b\xE2\x80\x89"
                               "c"),
            "a b c");
  EXPECT_EQ(CollapseWhitespace("zero\xE2\x80\x8Bwidth\xEF\xBB\xBF"), "zerowidth");
  EXPECT_EQ(CollapseWhitespace(" \n\t "), "");
}

TEST(Paragraphs, TrimsAndDetectsBlank) {
  EXPECT_EQ(Trim("  x y \n"), "x y");
  EXPECT_TRUE(IsBlank(" \t\r"));
  EXPECT_FALSE(IsBlank(" . "));
}

TEST(Paragraphs, SplitsLinesWithoutTrailingEmptyLine) {
  auto lines = SplitLines("a\n\nb\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "a");
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(lines[2], "b");
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(Paragraphs, ListJoinsNonBlankParagraphs) {
  ParagraphList list;
  list.Add("  first\n paragraph ");
  list.Add(" \n ");
  list.Add("second");
  EXPECT_EQ(list.size(), 2u);
  EXPECT_EQ(list.text(), "first paragraph\n\nsecond");
  ParagraphList more;
  more.Add("third");
  list.Append(more);
  list.Append(ParagraphList());
  EXPECT_EQ(list.Take(), "first paragraph\n\nsecond\n\nthird");
}

TEST(Paragraphs, WidthCountsCodePoints) { EXPECT_EQ(Width("caf\xC3\xA9"), 4u); }

}  // namespace
}  // namespace precis::read
