#include "text/lexicon.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

TEST(Lexicon, DenseIdsInOrderOfFirstAppearance) {
  Lexicon lexicon;
  EXPECT_EQ(lexicon.Intern("bridge"), 0u);
  EXPECT_EQ(lexicon.Intern("closed"), 1u);
  EXPECT_EQ(lexicon.Intern("bridge"), 0u);
  EXPECT_EQ(lexicon.Intern(""), 2u);
  EXPECT_EQ(lexicon.size(), 3u);
  EXPECT_EQ(lexicon.Text(1), "closed");
}

TEST(Lexicon, ViewsStayValidAsItGrows) {
  Lexicon lexicon;
  std::string_view first = lexicon.Text(lexicon.Intern("a long enough word to live on the heap"));
  for (int i = 0; i < 10000; ++i) lexicon.Intern("w" + std::to_string(i));
  EXPECT_EQ(first, "a long enough word to live on the heap");
  EXPECT_EQ(lexicon.Intern("w9999"), 10000u);
  Lexicon moved = std::move(lexicon);
  EXPECT_EQ(moved.Text(0), "a long enough word to live on the heap");
  EXPECT_EQ(moved.Intern("w5"), 6u);
}

}  // namespace
}  // namespace precis::text

namespace precis::text {
namespace {

TEST(Lexicon, ShortStringsDifferingOnlyInSizeOrZeroBytesAreDistinct) {
  // Strings of up to 7 bytes are told apart in their slots alone.
  Lexicon lexicon;
  const std::string_view forms[] = {"",
                                    std::string_view("\0", 1),
                                    std::string_view("a\0", 2),
                                    "a",
                                    "ab",
                                    "abcdefg",
                                    "abcdefgh",
                                    "abcdefghi",
                                    "abcdefgi"};
  for (std::string_view f : forms) lexicon.Intern(f);
  ASSERT_EQ(lexicon.size(), std::size(forms));
  for (std::size_t i = 0; i < std::size(forms); ++i) {
    EXPECT_EQ(lexicon.Intern(forms[i]), i);
    EXPECT_EQ(lexicon.Text(static_cast<Lexicon::Id>(i)), forms[i]);
  }
}

}  // namespace
}  // namespace precis::text
