#include "base/free_pages.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace precis {
namespace {

// Many small blocks freed amid live ones: what is live is untouched.
TEST(FreePages, LiveMemoryIsKept) {
  std::vector<std::unique_ptr<int[]>> blocks;
  for (int i = 0; i < 10000; ++i) {
    blocks.push_back(std::make_unique<int[]>(64));
    blocks.back()[0] = i;
  }
  for (std::size_t i = 0; i < blocks.size(); i += 2) blocks[i].reset();
  ReturnFreePages();
  for (std::size_t i = 1; i < blocks.size(); i += 2) EXPECT_EQ(blocks[i][0], static_cast<int>(i));
  ReturnFreePages();  // twice is fine
}

}  // namespace
}  // namespace precis
