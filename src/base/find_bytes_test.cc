#include "base/find_bytes.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace precis {
namespace {

TEST(FindBytesTest, AnswersAsStringViewFindDoes) {
  const std::string text = "read more: we read more and more, readers read more";
  for (std::string_view needle : {"read more", "more", "r", "", "readers", "absent", "more, r"})
    for (std::size_t from = 0; from <= text.size() + 2; ++from)
      EXPECT_EQ(FindBytes(text, needle, from), std::string_view(text).find(needle, from))
          << needle << " from " << from;
}

TEST(FindBytesTest, AnswersAsStringViewFindDoesOnRandomText) {
  // Texts of a few letters, so that needles occur, partly occur, straddle
  // the 16-byte blocks and sit at the very end; needles of 1 to 20 bytes.
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> letter(0, 3), length(0, 80), needle_length(1, 20);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = length(rng); i > 0; --i) text += static_cast<char>('a' + letter(rng));
    std::string needle;
    for (int i = needle_length(rng); i > 0; --i) needle += static_cast<char>('a' + letter(rng));
    if (round % 3 == 0 && text.size() >= 4) needle = text.substr(text.size() - 4);
    for (std::size_t from = 0; from <= text.size() + 1; ++from)
      ASSERT_EQ(FindBytes(text, needle, from), std::string_view(text).find(needle, from))
          << text << " / " << needle << " from " << from;
  }
}

TEST(FindAnyOfTest, AnswersAsFindFirstOfDoes) {
  const std::string text =
      "Mr. Smith said \"yes\" -- `quoted' \xE2\x80\x9C"
      "and\xE2\x80\x9D more";
  for (std::string_view set : {"Mm", "\"`'\xE2", "", "z", ".-", "\xE2\x80"}) {
    const ByteSet bytes(set);
    for (std::size_t from = 0; from <= text.size() + 2; ++from)
      EXPECT_EQ(FindAnyOf(text, bytes, from), std::string_view(text).find_first_of(set, from))
          << set << " from " << from;
  }
}

TEST(FindAsciiUpperTest, AnswersAsFindFirstOfTheCapitalsDoes) {
  // Capitals at the ends of 16-byte blocks, bytes around 'A' and 'Z' ('@',
  // '[', high bytes), and texts shorter than a block.
  const std::string text =
      "the quick brown fox jumps@[ over\xC3\x89 the lazy dog and Then at last Z"
      "zzzzzzzzzzzzzzzA`{";
  const std::string_view capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (std::size_t from = 0; from <= text.size() + 1; ++from)
    EXPECT_EQ(FindAsciiUpper(text, from), std::string_view(text).find_first_of(capitals, from))
        << from;
  EXPECT_EQ(FindAsciiUpper(""), std::string_view::npos);
  EXPECT_EQ(FindAsciiUpper("aB"), 1u);
}

}  // namespace
}  // namespace precis
