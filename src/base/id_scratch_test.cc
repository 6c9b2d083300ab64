#include "base/id_scratch.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(IdScratchTest, EntriesStartEmptyAndResetPutsBackOnlyWhatWasTouched) {
  IdScratch<int> ids(-1);
  EXPECT_EQ(ids.Touch(5), -1);
  ids.Touch(5) = 7;
  ids.Touch(100000) = 3;  // grows
  EXPECT_EQ(ids.Touch(5), 7);
  EXPECT_EQ(ids.Touch(100000), 3);
  ids.Reset();
  EXPECT_EQ(ids.Touch(5), -1);
  EXPECT_EQ(ids.Touch(100000), -1);
  {
    IdScratchReset<int> reset(ids);
    ids.Touch(9) = 1;
  }
  EXPECT_EQ(ids.Touch(9), -1);
}

}  // namespace
}  // namespace precis
