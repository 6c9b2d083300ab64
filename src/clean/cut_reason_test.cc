#include "clean/cut_reason.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace precis::clean {
namespace {

TEST(CutReason, EveryReasonHasItsOwnName) {
  std::set<std::string_view> names;
  for (int r = 0; r <= static_cast<int>(CutReason::kFurnitureInSentence); ++r) {
    const std::string_view name = CutReasonName(static_cast<CutReason>(r));
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name, "boilerplate") << r;
    EXPECT_TRUE(names.insert(name).second) << name;
  }
}

TEST(CutReason, FurnitureInASentenceSaysWhatItIs) {
  EXPECT_EQ(
      (RemovedPiece{"Share this story", CutReason::kFurnitureInSentence, FurnitureKind::kShare})
          .Reason(),
      "share buttons in a sentence");
  EXPECT_EQ(
      (RemovedPiece{"(AP)", CutReason::kFurnitureInSentence, FurnitureKind::kCredit}).Reason(),
      "credit in a sentence");
  EXPECT_EQ((RemovedPiece{"Subscribe for $1", CutReason::kPaywall}).Reason(), "paywall");
}

}  // namespace
}  // namespace precis::clean
