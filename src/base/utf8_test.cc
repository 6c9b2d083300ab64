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

}  // namespace precis::utf8
