#include "clean/text_normalizer.h"

#include <gtest/gtest.h>

namespace precis::clean {
namespace {

TEST(TextNormalizer, CollapsesSpacesAndRepairsNoBreakSpaces) {
  EXPECT_EQ(NormalizeLine("  a \t b\xC2\xA0"
                          "c  "),
            "a b c");
  EXPECT_EQ(NormalizeLine("x\xC3\x82\xC2\xA0y"), "x y");
}

// Wire copy writes quotes the TeX way; readers expect the typographic ones.
TEST(TextNormalizer, TexQuotesBecomeTypographic) {
  EXPECT_EQ(NormalizeLine("``We will rebuild,'' the mayor said."),
            "\xE2\x80\x9C"
            "We will rebuild,\xE2\x80\x9D the mayor said.");
  EXPECT_EQ(NormalizeLine("the `single' and don't"), "the `single' and don't");
}

// Crawled text keeps HTML character references; a reader should see the characters.
TEST(TextNormalizer, DecodesCharacterReferences) {
  EXPECT_EQ(NormalizeLine("AT&amp;T and facebook &#124; twitter &#x2019;s &quot;x&quot;"),
            "AT&T and facebook | twitter \xE2\x80\x99s \"x\"");
  EXPECT_EQ(NormalizeLine("a&nbsp;&nbsp;b &#160;c"), "a b c");
  // Not references, or not printable: left as they are.
  EXPECT_EQ(NormalizeLine("R&D, Q&A; &#0; &#xD800; &#12345678; &bogus; &#;"),
            "R&D, Q&A; &#0; &#xD800; &#12345678; &bogus; &#;");
  EXPECT_EQ(NormalizeLine("&amp;amp;"), "&amp;");
}

// A line with nothing to rewrite comes back as it is; one space, mark or
// quote more and it is rewritten (the one-pass check must not let it by).
TEST(TextNormalizer, ALineWithNothingToRewriteIsKept) {
  EXPECT_EQ(NormalizeLine("The storm hit the coast, and 3 people died."),
            "The storm hit the coast, and 3 people died.");
  EXPECT_EQ(NormalizeLine("The storm hit  the coast"), "The storm hit the coast");
  EXPECT_EQ(NormalizeLine(" The storm"), "The storm");
  EXPECT_EQ(NormalizeLine("The storm "), "The storm");
  EXPECT_EQ(NormalizeLine("the coast , and"), "the coast, and");
  EXPECT_EQ(NormalizeLine("it cost $ 3 million"), "it cost $3 million");
  EXPECT_EQ(NormalizeLine("called it \" unequivocal \" today"), "called it \"unequivocal\" today");
  EXPECT_EQ(NormalizeLine("the `` quote ''"), "the \xE2\x80\x9C quote\xE2\x80\x9D");
}

TEST(TextNormalizer, ParagraphsAreLines) {
  EXPECT_EQ(NormalizedParagraphs("one\n\n  \ntwo  three\n"),
            (std::vector<std::string>{"one", "two three"}));
  // A rule across the page parts what stands on either side of it.
  EXPECT_EQ(NormalizedParagraphs("The storm passed. ______________ Sign up for our newsletter."),
            (std::vector<std::string>{"The storm passed.", "Sign up for our newsletter."}));
  EXPECT_EQ(NormalizedParagraphs("Fill in the _____ blank, a + b ="),
            (std::vector<std::string>{"Fill in the _____ blank, a + b ="}));
}

}  // namespace
}  // namespace precis::clean
