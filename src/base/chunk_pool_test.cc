#include "base/chunk_pool.h"

#include <gtest/gtest.h>

#include <cstring>
#include <numeric>
#include <thread>
#include <vector>

namespace precis {
namespace {

TEST(ChunkPool, AChunkGoesBackOnceItsLastArrayIsFreed) {
  std::thread([] {
    const std::size_t before = chunk_pool::ChunksInUse();
    // About 3 MiB in arrays of 3,000 bytes: several chunks.
    std::vector<void*> arrays;
    for (int i = 0; i < 1000; ++i) {
      void* p = chunk_pool::Allocate(3000);
      std::memset(p, i & 0xFF, 3000);
      arrays.push_back(p);
    }
    EXPECT_GE(chunk_pool::ChunksInUse(), before + 3);
    // Freed in order, the chunks before the current one go one by one.
    const std::size_t all = chunk_pool::ChunksInUse();
    for (int i = 0; i < 500; ++i) chunk_pool::Free(arrays[i]);
    EXPECT_LT(chunk_pool::ChunksInUse(), all);
    for (int i = 500; i < 1000; ++i) chunk_pool::Free(arrays[i]);
    // Only the thread's current chunk is left.
    EXPECT_EQ(chunk_pool::ChunksInUse(), before + 1);
  }).join();
}

TEST(ChunkPool, EmptiedChunksGoBackToTheSystemButAFew) {
  std::thread([] {
    const std::size_t before = chunk_pool::ChunksInUse();
    std::vector<void*> arrays;
    for (int i = 0; i < 10000; ++i) arrays.push_back(chunk_pool::Allocate(4000));  // 40 MB
    EXPECT_GE(chunk_pool::ChunksInUse(), before + 38);
    for (void* p : arrays) chunk_pool::Free(p);
    EXPECT_EQ(chunk_pool::ChunksInUse(), before + 1);  // the thread's current one
    EXPECT_LE(chunk_pool::MappedChunks(), chunk_pool::ChunksInUse() + 2);  // and 2 kept
    // A kept chunk is cut from again.
    const std::size_t mapped = chunk_pool::MappedChunks();
    for (int i = 0; i < 400; ++i) arrays[i] = chunk_pool::Allocate(4000);
    EXPECT_EQ(chunk_pool::MappedChunks(), mapped);
    for (int i = 0; i < 400; ++i) chunk_pool::Free(arrays[i]);
  }).join();
}

TEST(ChunkPool, ArraysDoNotOverlapAndAreAligned) {
  std::vector<std::pair<char*, std::size_t>> arrays;
  for (std::size_t n : {1, 15, 16, 17, 1000, 100000, 131072, 131073, 2000000, 7}) {
    char* p = static_cast<char*>(chunk_pool::Allocate(n));
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % 16, 0u) << n;
    std::memset(p, static_cast<int>(n & 0x7F), n);
    arrays.emplace_back(p, n);
  }
  for (const auto& [p, n] : arrays)
    for (std::size_t k = 0; k < n; k += 997) EXPECT_EQ(p[k], static_cast<char>(n & 0x7F)) << n;
  for (const auto& [p, n] : arrays) chunk_pool::Free(p);
}

TEST(ChunkPool, ALargeArrayHasAMappingOfItsOwn) {
  const std::size_t before = chunk_pool::ChunksInUse();
  void* p = chunk_pool::Allocate(std::size_t{3} << 20);
  EXPECT_EQ(chunk_pool::ChunksInUse(), before + 1);
  chunk_pool::Free(p);
  EXPECT_EQ(chunk_pool::ChunksInUse(), before);
}

TEST(ChunkPool, ArraysMadeOnOneThreadAreFreedOnAnother) {
  const std::size_t before = chunk_pool::ChunksInUse();
  std::vector<void*> arrays;
  std::thread([&] {
    for (int i = 0; i < 2000; ++i) arrays.push_back(chunk_pool::Allocate(2000));
  }).join();
  // The thread is gone; its chunks live on while their arrays do.
  EXPECT_GE(chunk_pool::ChunksInUse(), before + 3);
  std::vector<std::thread> freeing;
  for (int t = 0; t < 4; ++t)
    freeing.emplace_back([&, t] {
      for (std::size_t i = t; i < arrays.size(); i += 4) chunk_pool::Free(arrays[i]);
    });
  for (auto& t : freeing) t.join();
  EXPECT_EQ(chunk_pool::ChunksInUse(), before);
}

TEST(ChunkPool, AVectorWithThePooledAllocatorHoldsWhatWasPutIn) {
  std::vector<int, PooledAllocator<int>> v;
  for (int i = 0; i < 100000; ++i) v.push_back(i);
  std::vector<int, PooledAllocator<int>> copy = v;
  v.clear();
  v.shrink_to_fit();
  std::vector<int> expected(100000);
  std::iota(expected.begin(), expected.end(), 0);
  EXPECT_TRUE(std::equal(copy.begin(), copy.end(), expected.begin(), expected.end()));
}

}  // namespace
}  // namespace precis
