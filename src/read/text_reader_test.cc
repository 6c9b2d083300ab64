#include "read/text_reader.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(TextReader, BlankLinesSeparateParagraphs) {
  Document d = ReadText("First paragraph here.\n\n\nSecond one.\n", "dir/story.txt");
  EXPECT_EQ(d.id, "story");
  EXPECT_EQ(d.source, "dir/story.txt");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.text, "First paragraph here.\n\nSecond one.");
}

TEST(TextReader, EachLineIsAParagraphWithoutBlankLines) {
  Document d = ReadText(
      "The council met on Monday to discuss the budget.\n"
      "It approved the plan after a long debate.\n"
      "The mayor said she was pleased with the result.\n",
      "a.txt");
  EXPECT_EQ(d.text,
            "The council met on Monday to discuss the budget.\n\n"
            "It approved the plan after a long debate.\n\n"
            "The mayor said she was pleased with the result.");
}

TEST(TextReader, FirstShortLineBecomesTheTitle) {
  Document d = ReadText(
      "Storm Hits the Coast\n"
      "A strong storm hit the coast on Sunday, cutting power to thousands.\n"
      "Officials said repairs would take days.\n",
      "a.txt");
  EXPECT_EQ(d.title, "Storm Hits the Coast");
  EXPECT_EQ(d.text,
            "A strong storm hit the coast on Sunday, cutting power to thousands.\n\n"
            "Officials said repairs would take days.");
}

TEST(TextReader, NoTitleWhenTheFirstLineIsNotAHeadline) {
  // A sentence, a lower-case menu item, a dateline, a byline, a lone line.
  EXPECT_EQ(ReadText("The storm hit.\nMore.\n", "a").title, "");
  EXPECT_EQ(ReadText("skip to main content\n\nStory text.\n", "a").title, "");
  EXPECT_EQ(ReadText("21/11/2011 09:29 GMT | Updated 10:54 GMT\n\nStory.\n", "a").title, "");
  EXPECT_EQ(ReadText("By John Smith\n\nStory.\n", "a").title, "");
  Document only = ReadText("Storm Hits the Coast\n", "a");
  EXPECT_EQ(only.title, "");
  EXPECT_EQ(only.text, "Storm Hits the Coast");
}

TEST(TextReader, JoinsHardWrappedLines) {
  Document d = ReadText(
      "Storm Hits the Coast\n"
      "\n"
      "A strong storm hit the coast on Sunday, cutting power to\n"
      "thousands of homes and forcing the closure of two major\n"
      "highways, officials said.\n"
      "\n"
      "Repair crews were working through the night to restore\n"
      "service, but the utility warned that some customers could\n"
      "be without electricity until the end of the week.\n",
      "wrapped.txt");
  EXPECT_EQ(d.title, "Storm Hits the Coast");
  EXPECT_EQ(d.text,
            "A strong storm hit the coast on Sunday, cutting power to thousands of homes and "
            "forcing the closure of two major highways, officials said.\n\n"
            "Repair crews were working through the night to restore service, but the utility "
            "warned that some customers could be without electricity until the end of the week.");
}

TEST(TextReader, WrappedTextWithIndentedParagraphsAndNoBlankLines) {
  Document d = ReadText(
      "   Hurricane Gilbert swept toward the Dominican Republic Sunday, and\n"
      "the Civil Defense alerted its heavily populated south coast to\n"
      "prepare for high winds.\n"
      "   The storm was approaching from the southeast with sustained\n"
      "winds of 75 mph gusting to 92 mph.\n",
      "ap.txt");
  EXPECT_EQ(d.text,
            "Hurricane Gilbert swept toward the Dominican Republic Sunday, and the Civil Defense "
            "alerted its heavily populated south coast to prepare for high winds.\n\n"
            "The storm was approaching from the southeast with sustained winds of 75 mph gusting "
            "to 92 mph.");
}

TEST(TextReader, WrappedTextBreaksWhereTheNextWordWouldHaveFitted) {
  Document d = ReadText(
      "The first paragraph runs over a couple of lines because it is\n"
      "long enough to need wrapping at about sixty columns or so.\n"
      "A second paragraph starts right away without a blank line and\n"
      "it also needs to be wrapped across more than one line here.\n",
      "w.txt");
  EXPECT_EQ(d.text,
            "The first paragraph runs over a couple of lines because it is long enough to need "
            "wrapping at about sixty columns or so.\n\n"
            "A second paragraph starts right away without a blank line and it also needs to be "
            "wrapped across more than one line here.");
}

TEST(TextReader, RepeatedShortLinesAreNotJoined) {
  Document d = ReadText(
      "skip to main content\n\n"
      "Civilians flee the besieged city of Aleppo\n"
      "Civilians flee the besieged city of Aleppo\n\n"
      "The talks resumed on Monday.\n",
      "a.txt");
  EXPECT_EQ(d.text,
            "skip to main content\n\nCivilians flee the besieged city of Aleppo\n\n"
            "Civilians flee the besieged city of Aleppo\n\nThe talks resumed on Monday.");
}

TEST(TextReader, EmptyAndWhitespaceOnlyInput) {
  EXPECT_EQ(ReadText("", "a").text, "");
  EXPECT_EQ(ReadText(" \n\t\n", "a").text, "");
}

TEST(TextReader, HeadlineHeuristics) {
  EXPECT_TRUE(IsTitleLike("Kerry urges Syrian opposition to attend Rome talks"));
  EXPECT_TRUE(IsTitleLike("Is this the end?"));
  EXPECT_TRUE(IsTitleLike("10 things to know"));
  EXPECT_FALSE(IsTitleLike("Storm."));
  EXPECT_FALSE(IsTitleLike("Single"));
  EXPECT_FALSE(IsTitleLike("The mayor said:"));
  EXPECT_FALSE(IsTitleLike(std::string(200, 'A') + " B"));
  EXPECT_TRUE(EndsSentence("He said \"no.\""));
  EXPECT_TRUE(EndsSentence("Really?)"));
  EXPECT_TRUE(EndsSentence("and so on\xE2\x80\xA6"));
  EXPECT_FALSE(EndsSentence("cutting power to"));
}

}  // namespace
}  // namespace precis::read
