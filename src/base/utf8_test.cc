#include "base/utf8.h"

#include <gtest/gtest.h>

namespace precis::utf8 {

TEST(Utf8, RepairsInvalidBytes) {
  Repair r = MakeValid(
      "ab\xFF"
      "c\xC3");
  EXPECT_EQ(r.text,
            "ab\xEF\xBF\xBD"
            "c\xEF\xBF\xBD");
  EXPECT_EQ(r.invalid, 2u);
  EXPECT_EQ(r.first_bad, 2u);
  EXPECT_TRUE(IsValid(r.text));
}

TEST(Utf8, KeepsValidText) {
  Repair r = MakeValid("caf\xC3\xA9 \xE2\x80\x94 ok");
  EXPECT_EQ(r.invalid, 0u);
  EXPECT_EQ(r.text, "caf\xC3\xA9 \xE2\x80\x94 ok");
}

TEST(Utf8, RejectsOverlongAndSurrogates) {
  EXPECT_FALSE(IsValid("\xC0\xAF"));
  EXPECT_FALSE(IsValid("\xED\xA0\x80"));
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(CodePoints("caf\xC3\xA9"), 4u);
  EXPECT_EQ(CodePoints(""), 0u);
  EXPECT_EQ(CodePoints("\xF0\x9F\x98\x80!"), 2u);
}

TEST(Utf8, AppendAndNextRoundTrip) {
  std::string s;
  for (char32_t c : {U'a', U'\u00e9', U'\u2014', U'\U0001F600'}) Append(s, c);
  std::size_t i = 0;
  EXPECT_EQ(Next(s, i), U'a');
  EXPECT_EQ(Next(s, i), U'\u00e9');
  EXPECT_EQ(Next(s, i), U'\u2014');
  EXPECT_EQ(Next(s, i), U'\U0001F600');
  EXPECT_EQ(i, s.size());
}

TEST(Utf8, DetectsBinary) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0abc", 9)));
  EXPECT_FALSE(LooksBinary("Plain text.\nWith lines.\n"));
  EXPECT_FALSE(LooksBinary(""));
}

// Text that has a long head is still binary when binary data follows it.
TEST(Utf8, DetectsBinaryAfterALongTextHead) {
  std::string text;
  while (text.size() < 100000) text += "The council met again on Tuesday.\n";
  EXPECT_FALSE(LooksBinary(text));
  EXPECT_TRUE(LooksBinary(text +
                          std::string("\x7F"
                                      "ELF\x02\x01\x01\0\0\0",
                                      10) +
                          text));
  // Random bytes without a NUL: caught by their share of control bytes.
  std::string noise;
  uint32_t x = 12345;
  while (noise.size() < 4096) {
    x = x * 1103515245 + 12345;
    noise += static_cast<char>((x >> 16) & 0xFF ? (x >> 16) & 0xFF : 1);
  }
  EXPECT_TRUE(LooksBinary(text + noise));
}

// A stray form feed or ESC now and then is still text.
TEST(Utf8, StrayControlsAreText) {
  std::string text;
  while (text.size() < 50000) text += "A line of news text that goes on for a while.\f\x1b\n";
  EXPECT_FALSE(LooksBinary(text));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03 binary"));
}

TEST(Utf8, FindsControls) {
  EXPECT_FALSE(HasControls("Tabs\tand\nnewlines, caf\xC3\xA9 \xE2\x80\x94 are text."));
  EXPECT_TRUE(HasControls("bell\x07"));
  EXPECT_TRUE(HasControls("cr\r"));
  EXPECT_TRUE(HasControls("del\x7F"));
  EXPECT_TRUE(HasControls("c1 \xC2\x9B"));
  EXPECT_FALSE(HasControls("no-break\xC2\xA0space"));
}

// C1 controls in text are windows-1252 decoded as Latin-1.
TEST(Utf8, C1ControlsAreReadAsWindows1252) {
  EXPECT_EQ(WithoutControls("it\xC2\x92s \xC2\x93new\xC2\x94 \xC2\x97 so"),
            "it\u2019s \u201cnew\u201d \u2014 so");
  EXPECT_EQ(WithoutControls("\x07\xC2\x80"
                            "5"),
            "\u20ac5");
  EXPECT_EQ(WithoutControls("a\x07\xC2\x92"
                            "b"),
            "a \u2019"
            "b");
}

TEST(Utf8, RemovesControls) {
  EXPECT_EQ(WithoutControls("a\x07"
                            "b"),
            "a b");
  EXPECT_EQ(WithoutControls("a \x07 b\x1B"), "a b");
  EXPECT_EQ(WithoutControls("\x1B[1;31mRed\x1B[0m alert"), "Red alert");
  EXPECT_EQ(WithoutControls("Title\r"), "Title");
  EXPECT_EQ(WithoutControls("end\x07. (\x07x\x07)"), "end. (x)");
  EXPECT_EQ(WithoutControls("dead\xC2\x81line"), "dead line");
  EXPECT_EQ(WithoutControls("\x1B\x07"), "");
  EXPECT_EQ(WithoutControls("keep\ttabs\n\nand lines"), "keep\ttabs\n\nand lines");
}

// Paragraphs stay separated by exactly one blank line, and ends stay trimmed.
TEST(Utf8, RemovingControlsKeepsParagraphs) {
  EXPECT_EQ(WithoutControls("One.\n\n\x07\n\nTwo."), "One.\n\nTwo.");
  EXPECT_EQ(WithoutControls("\x07\n\nOne.\n\nTwo. \x1B"), "One.\n\nTwo.");
  EXPECT_EQ(WithoutControls("One.\n\nTwo.\n\n\x0B\x0C"), "One.\n\nTwo.");
  EXPECT_EQ(WithoutControls("One\r\ntwo\r\n"), "One\ntwo\n");
}

}  // namespace precis::utf8
