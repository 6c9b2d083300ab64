#include "precis/json.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(JsonNesting, CountsArraysAndObjectsNotStrings) {
  EXPECT_EQ(JsonNestingDepth(""), 0u);
  EXPECT_EQ(JsonNestingDepth("3"), 0u);
  EXPECT_EQ(JsonNestingDepth(R"({"a": [1, {"b": []}]})"), 4u);
  EXPECT_EQ(JsonNestingDepth(R"({"a": "[[[[{{{{"})"), 1u);
  EXPECT_EQ(JsonNestingDepth(R"({"a": "\"[[["})"), 1u);
  EXPECT_EQ(JsonNestingDepth("]]]][["), 2u);  // malformed: still a bound
  EXPECT_EQ(JsonNestingDepth(std::string(100000, '[')), 100000u);
}

}  // namespace
}  // namespace precis
