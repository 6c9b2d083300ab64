#include "read/sgml_paragraphs.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(SgmlParagraphs, BlankAndIndentedLinesStartParagraphs) {
  ParagraphList p;
  SgmlParagraphs(
      "\n   First paragraph\nwrapped here.\n   Second.\nStill second.\n\nThird &amp; last.\n",
      SgmlLayout::kLines, p);
  EXPECT_EQ(p.text(), "First paragraph wrapped here.\n\nSecond. Still second.\n\nThird & last.");
}

TEST(SgmlParagraphs, ParagraphElements) {
  ParagraphList p;
  SgmlParagraphs("<P>\nOne\nline.\n</P>\n<P>Two <F P=1>x</F>.\n<P>Three", SgmlLayout::kLines, p);
  EXPECT_EQ(p.text(), "One line.\n\nTwo x.\n\nThree");
}

TEST(SgmlParagraphs, SjmnSemicolonSeparators) {
  ParagraphList p;
  SgmlParagraphs("  One said Friday.;    \"Two,\" he\nsaid.;   \nThree; not split.",
                 SgmlLayout::kSjmn, p);
  EXPECT_EQ(p.text(), "One said Friday.\n\n\"Two,\" he said.\n\nThree; not split.");
}

TEST(SgmlParagraphs, FtBreaksWhereTheNextWordWouldHaveFitted) {
  ParagraphList p;
  SgmlParagraphs(
      "WORKERS AT KGHM, Poland's copper producing combine went on strike yesterday\n"
      "as coal mining unions staged token stoppages.\n"
      "The strike at KGHM came despite an offer.\n",
      SgmlLayout::kFt, p);
  EXPECT_EQ(p.text(),
            "WORKERS AT KGHM, Poland's copper producing combine went on strike yesterday as coal "
            "mining unions staged token stoppages.\n\nThe strike at KGHM came despite an offer.");
}

TEST(SgmlParagraphs, FbisMetadataLinesAreDropped) {
  ParagraphList p;
  SgmlParagraphs(
      "\nLanguage: <F P=105> English </F>\nArticle Type:BFN \n\n  [Text] Washington, February "
      "28.\n",
      SgmlLayout::kLines, p);
  EXPECT_EQ(p.text(), "[Text] Washington, February 28.");
  ParagraphList q;
  SgmlParagraphs("BFN \n\n  [Text] Kiev.", SgmlLayout::kLines, q);
  EXPECT_EQ(q.text(), "[Text] Kiev.");
}

TEST(SgmlParagraphs, LayoutFromDocno) {
  EXPECT_EQ(LayoutForDocno("SJMN91-06069108"), SgmlLayout::kSjmn);
  EXPECT_EQ(LayoutForDocno("FT923-12122"), SgmlLayout::kFt);
  EXPECT_EQ(LayoutForDocno("FBIS4-42027"), SgmlLayout::kLines);
}

}  // namespace
}  // namespace precis::read
