#include "base/word_list.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

constexpr std::string_view kDays[] = {"monday", "tuesday"};

TEST(WordList, FindsAWordOfTheList) {
  EXPECT_TRUE(InWordList("monday", kDays));
  EXPECT_FALSE(InWordList("Monday", kDays));
  EXPECT_FALSE(InWordList("mon", kDays));
}

TEST(WordList, IgnoringCaseFindsItInAnyCase) {
  EXPECT_TRUE(InWordListIgnoringCase("Monday", kDays));
  EXPECT_TRUE(InWordListIgnoringCase("TUESDAY", kDays));
  EXPECT_FALSE(InWordListIgnoringCase("Mondays", kDays));
  EXPECT_FALSE(InWordListIgnoringCase("", kDays));
}

}  // namespace
}  // namespace precis
