#include "select/pagerank.h"

#include <gtest/gtest.h>

#include <numeric>

namespace precis::select {
namespace {

double Sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(PageRankTest, EmptyAndSingleNode) {
  EXPECT_TRUE(PageRank(0, {}).empty());
  auto p = PageRank(1, {0});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NEAR(p[0], 1, 1e-9);
}

TEST(PageRankTest, HubOfAStarRanksFirst) {
  // 0 is linked to 1, 2 and 3, which are not linked to each other.
  const std::size_t n = 4;
  std::vector<double> w(n * n, 0);
  for (std::size_t i = 1; i < n; ++i) w[i] = w[i * n] = 1;
  auto p = PageRank(n, w);
  EXPECT_NEAR(Sum(p), 1, 1e-9);
  for (std::size_t i = 1; i < n; ++i) {
    EXPECT_GT(p[0], p[i]);
    EXPECT_NEAR(p[i], p[1], 1e-12);
  }
  // Closed form for the star: p0 = (1-d)/n + d * (1 - p0).
  const double d = 0.85;
  EXPECT_NEAR(p[0], ((1 - d) / n + d) / (1 + d), 1e-6);
}

TEST(PageRankTest, WeightsMatterAndDiagonalIsIgnored) {
  // A path 0 - 1 - 2 where the edge 1-2 is heavier; big self-loops on 0.
  std::vector<double> w = {100, 1, 0,  //
                           1,   0, 3,  //
                           0,   3, 0};
  auto p = PageRank(3, w);
  EXPECT_GT(p[1], p[2]);
  EXPECT_GT(p[2], p[0]);
}

TEST(PageRankTest, IsolatedNodesGetTheTeleportShare) {
  const std::size_t n = 3;
  std::vector<double> w(n * n, 0);
  w[0 * n + 1] = w[1 * n + 0] = 1;
  auto p = PageRank(n, w);
  EXPECT_NEAR(Sum(p), 1, 1e-9);
  EXPECT_GT(p[0], p[2]);
  EXPECT_NEAR(p[0], p[1], 1e-12);
  // All nodes isolated: uniform.
  auto u = PageRank(n, std::vector<double>(n * n, 0));
  for (double x : u) EXPECT_NEAR(x, 1.0 / n, 1e-12);
}

TEST(PageRankTest, StopsAtTheIterationLimit) {
  std::vector<double> w = {0, 1, 1, 0};
  PageRankOptions options;
  options.max_iterations = 0;
  auto p = PageRank(2, w, options);
  EXPECT_EQ(p, (std::vector<double>{0.5, 0.5}));
}

}  // namespace
}  // namespace precis::select
