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

TEST(JsonNesting, AStringEndsAtTheFirstQuoteAfterAnEvenRunOfBackslashes) {
  EXPECT_EQ(JsonNestingDepth(R"({"a": "x\\", "b": [[1]]})"), 3u);  // "x\\" is closed
  EXPECT_EQ(JsonNestingDepth(R"({"a": "x\\\"[[", "b": 1})"), 1u);  // \\\" is escaped
  EXPECT_EQ(JsonNestingDepth(R"(["\\", ["\\\\"], {}])"), 2u);
  EXPECT_EQ(JsonNestingDepth(R"({"open": "[[[)"), 1u);  // an unclosed string
}

}  // namespace
}  // namespace precis
