#include "read/sgml_scanner.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(SgmlScanner, FindsElementsWithAttributesInAnyCase) {
  std::string_view text = "<DOC><F P=100> National </F><f p=101>General</F></DOC>";
  auto found = FindElements(text, "F");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, " National ");
  EXPECT_EQ(found[1].content, "General");
  EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin), "<f p=101>General</F>");
}

TEST(SgmlScanner, NamesMustMatchWhole) {
  std::string_view text = "<HEADER>h</HEADER><HEAD>title</HEAD><HEADLINE>x</HEADLINE>";
  auto found = FindElements(text, "HEAD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "title");
}

TEST(SgmlScanner, UnclosedElementsEndAtTheNextStartOrTheEnd) {
  auto found = FindElements("<P>one<P>two</P><P>three", "P");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].content, "one");
  EXPECT_EQ(found[1].content, "two");
  EXPECT_EQ(found[2].content, "three");
  bool present = true;
  EXPECT_EQ(FirstContent("<A>x</A>", "TEXT", &present), "");
  EXPECT_FALSE(present);
}

TEST(SgmlScanner, StrayEndTagsAndBrokenTagsAreHarmless) {
  EXPECT_TRUE(FindElements("</TEXT> <TEXT", "TEXT").empty());
  EXPECT_EQ(StripTags("a < b and c<d <TAG attr=1>e</TAG> f<<g> <"), "a < b and c<d e f< <");
}

TEST(SgmlScanner, RemovesElements) {
  EXPECT_EQ(RemoveElements("keep<ANNOTATION>STORY CAN END HERE</ANNOTATION> this", "ANNOTATION"),
            "keep this");
  EXPECT_TRUE(HasTag("x</p>", "P"));
  EXPECT_FALSE(HasTag("<PRE>", "P"));
}

TEST(SgmlScanner, ManyUnmatchedTagsStayFast) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "<TEXT>";
  EXPECT_EQ(FindElements(text, "TEXT").size(), 200000u);
  EXPECT_EQ(FindElements(text, "DOC").size(), 0u);
}

}  // namespace
}  // namespace precis::read
