#include "base/flat_id_map.h"

#include <gtest/gtest.h>

#include <unordered_map>

namespace precis {
namespace {

TEST(FlatIdMapTest, IdsCountUpInOrderOfFirstInsertion) {
  FlatIdMap map;
  EXPECT_EQ(map.Insert(42), std::make_pair(0u, true));
  EXPECT_EQ(map.Insert(0), std::make_pair(1u, true));  // 0 is a key like any other
  EXPECT_EQ(map.Insert(42), std::make_pair(0u, false));
  EXPECT_EQ(map.Find(0), 1u);
  EXPECT_EQ(map.Find(7), FlatIdMap::kNone);
  EXPECT_EQ(map.size(), 2u);
}

TEST(FlatIdMapTest, AgreesWithAHashMapWhileGrowing) {
  FlatIdMap map(3);
  std::unordered_map<std::uint64_t, std::uint32_t> expected;
  std::uint64_t x = 1;
  for (int i = 0; i < 100000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    const std::uint64_t key = x >> (i % 50);  // many repeats among the small keys
    auto [it, added] = expected.try_emplace(key, static_cast<std::uint32_t>(expected.size()));
    EXPECT_EQ(map.Insert(key), std::make_pair(it->second, added));
  }
  EXPECT_EQ(map.size(), expected.size());
  for (const auto& [key, id] : expected) EXPECT_EQ(map.Find(key), id);
}

TEST(FlatIdMapTest, ClearForgetsEveryKey) {
  FlatIdMap map;
  for (std::uint64_t k = 0; k < 1000; ++k) map.Insert(k);
  map.Clear();
  EXPECT_EQ(map.size(), 0u);
  EXPECT_EQ(map.Find(5), FlatIdMap::kNone);
  EXPECT_EQ(map.Insert(5), std::make_pair(0u, true));
}

}  // namespace
}  // namespace precis
