#include "base/find_bytes.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace precis
