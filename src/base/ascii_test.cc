#include "base/ascii.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Ascii, CountsRunsOfBytesBetweenSpacesAsWords) {
  EXPECT_EQ(CountSpacedWords(""), 0u);
  EXPECT_EQ(CountSpacedWords("   "), 0u);
  EXPECT_EQ(CountSpacedWords("denton, mont. ( ap ) \xE2\x80\x94 a rancher"), 8u);
  EXPECT_EQ(CountSpacedWords("  two  words "), 2u);
  // Only ' ' parts words: a crawl's line holds no other space.
  EXPECT_EQ(CountSpacedWords("one\ttwo"), 1u);
  static_assert(CountSpacedWords("a b c") == 3);
}

}  // namespace
}  // namespace precis
