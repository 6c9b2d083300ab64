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

}  // namespace
}  // namespace precis
