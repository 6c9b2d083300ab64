#include "base/parallel.h"

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(SplitByWeight, EqualWeightsMakeEqualChunks) {
  std::vector<std::size_t> w(10, 5);
  EXPECT_EQ(SplitByWeight(w, 2), (std::vector<std::size_t>{0, 5, 10}));
  EXPECT_EQ(SplitByWeight(w, 1), (std::vector<std::size_t>{0, 10}));
}

TEST(SplitByWeight, BalancesByWeightNotCount) {
  // One heavy item is a chunk of its own.
  std::vector<std::size_t> w{100, 1, 1, 1, 1};
  EXPECT_EQ(SplitByWeight(w, 2), (std::vector<std::size_t>{0, 1, 5}));
}

TEST(SplitByWeight, NoEmptyChunks) {
  std::vector<std::size_t> w{0, 0, 0};
  EXPECT_EQ(SplitByWeight(w, 8), (std::vector<std::size_t>{0, 1, 2, 3}));
  std::vector<std::size_t> heavy_last{1, 1, 1, 1000};
  auto b = SplitByWeight(heavy_last, 3);
  ASSERT_EQ(b.size(), 4u);
  for (std::size_t k = 0; k + 1 < b.size(); ++k) EXPECT_LT(b[k], b[k + 1]);
  EXPECT_EQ(SplitByWeight({}, 4), (std::vector<std::size_t>{0, 0}));
}

TEST(RunChunks, EveryItemOnceAndChunkZeroOnTheCaller) {
  std::vector<std::size_t> w(100, 1);
  auto bounds = SplitByWeight(w, 4);
  std::vector<std::atomic<int>> seen(100);
  std::thread::id chunk0;
  RunChunks(bounds, [&](std::size_t k, std::size_t begin, std::size_t end) {
    if (k == 0) chunk0 = std::this_thread::get_id();
    for (std::size_t i = begin; i < end; ++i) ++seen[i];
  });
  for (auto& s : seen) EXPECT_EQ(s.load(), 1);
  EXPECT_EQ(chunk0, std::this_thread::get_id());
}

TEST(RunChunks, RethrowsAfterAllChunksFinish) {
  std::vector<std::size_t> w(4, 1);
  std::atomic<int> done{0};
  EXPECT_THROW(RunChunks(SplitByWeight(w, 4),
                         [&](std::size_t k, std::size_t, std::size_t) {
                           if (k == 2) throw std::runtime_error("chunk 2");
                           ++done;
                         }),
               std::runtime_error);
  EXPECT_EQ(done.load(), 3);
}

TEST(MakeInOrder, DeliversEveryItemInOrderOnTheCaller) {
  for (int threads : {1, 2, 4}) {
    std::vector<std::size_t> order;
    std::atomic<int> made{0};
    std::atomic<int> most_ahead{0};
    std::atomic<int> delivered{0};
    MakeInOrder<std::string>(
        50, threads,
        [&](std::size_t i) {
          const int ahead = ++made - delivered.load();
          int seen = most_ahead.load();
          while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {
          }
          return std::to_string(i * i);
        },
        [&](std::size_t i, std::string item) {
          EXPECT_EQ(item, std::to_string(i * i));
          order.push_back(i);
          ++delivered;
        });
    ASSERT_EQ(order.size(), 50u) << threads;
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
    // Workers stay within twice their number of what was delivered.
    EXPECT_LE(most_ahead.load(), 2 * threads + 1) << threads;
  }
}

TEST(MakeInOrder, AFailedItemIsRethrownInItsTurn) {
  std::vector<std::size_t> delivered;
  EXPECT_THROW(MakeInOrder<int>(
                   20, 3,
                   [](std::size_t i) {
                     if (i == 7) throw std::runtime_error("item 7");
                     return static_cast<int>(i);
                   },
                   [&](std::size_t i, int) { delivered.push_back(i); }),
               std::runtime_error);
  ASSERT_EQ(delivered.size(), 7u);  // those before it
  EXPECT_EQ(delivered.back(), 6u);
}

TEST(ThreadsFor, ZeroMeansTheHardwareAndIsCapped) {
  EXPECT_GE(ThreadsFor(0), 1);
  EXPECT_EQ(ThreadsFor(3), 3);
  EXPECT_EQ(ThreadsFor(1000), kMaxThreads);
}

TEST(ThreadsForBytes, OneForASmallClusterElseOnePerShare) {
  std::vector<std::size_t> small(10, 1000);
  EXPECT_EQ(ThreadsForBytes(small, 8), 1);
  std::vector<std::size_t> large(10, kBytesPerThread / 2);  // five shares
  EXPECT_EQ(ThreadsForBytes(large, 8), 5);
  EXPECT_EQ(ThreadsForBytes(large, 2), 2);
  EXPECT_EQ(ThreadsForBytes(large, 1), 1);
}

}  // namespace
}  // namespace precis
