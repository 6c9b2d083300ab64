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

}  // namespace precis::utf8
