#include "rouge/bootstrap.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "precis/rouge.h"

namespace precis::rouge {
namespace {

TEST(PerlDrand48, MatchesPerlAndLibcDrand48) {
  // perl -e 'srand(0); print rand()' prints 0.17082803610629 (Perl 5.36).
  PerlDrand48 r0(0);
  EXPECT_NEAR(r0.Next(), 0.17082803610629, 1e-14);
  // perl -e 'srand(5); print int(rand(173))' prints 90.
  PerlDrand48 r5(5);
  EXPECT_EQ(r5.NextIndex(173), 90u);
  // glibc's srand48/drand48 is the same generator.
  for (long seed : {0L, 1L, 999L}) {
    srand48(seed);
    PerlDrand48 r(static_cast<uint64_t>(seed));
    for (int i = 0; i < 100; ++i) ASSERT_EQ(r.Next(), drand48()) << seed << " " << i;
  }
}

TEST(SortScores, SortsAsStdSortDoes) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0, 1);
  auto same = [](std::vector<double> v) {
    std::vector<double> expected = v;
    std::sort(expected.begin(), expected.end());
    SortScores(v);
    ASSERT_EQ(v.size(), expected.size());
    for (size_t i = 0; i < v.size(); ++i)
      ASSERT_EQ(std::bit_cast<uint64_t>(v[i]), std::bit_cast<uint64_t>(expected[i])) << i;
  };
  std::vector<double> means(1000);
  for (double& x : means) x = unit(rng);
  same(means);
  // Ties, zeros, tiny and huge values, and one exponent for all.
  std::vector<double> mixed = {0.5, 0.0, 0.5, 1e-300, 4.9e-324, 1e300, 0.25, 0.0, 3.0, 0.5};
  same(mixed);
  for (double& x : means) x = 0.5 + unit(rng) / 4;
  same(means);
  same({});
  same({0.1});
  // Negative numbers and -0 go to std::sort.
  same({0.2, -0.1, 0.0, -3.0, 0.1});
  same({0.2, -0.0, 0.1});
  // NaN: std::sort's answer, whatever it is.
  same({0.3, std::numeric_limits<double>::quiet_NaN(), 0.1});
}

TEST(PerlElement, NegativeAndOutOfRangeIndexes) {
  const double v[] = {1, 2, 3};
  EXPECT_EQ(PerlElement(v, 3, 0), 1);
  EXPECT_EQ(PerlElement(v, 3, -1), 3);
  EXPECT_EQ(PerlElement(v, 3, 3), 0);
  EXPECT_EQ(PerlElement(v, 3, -4), 0);
}

TEST(RougeBootstrapAverage, ConstantScoresGiveThemselves) {
  std::vector<RougeEvalScore> s = {{"b.X", {0.5, 0.25, 0.33333}}, {"a.X", {0.5, 0.25, 0.33333}}};
  RougeAverage a = RougeBootstrapAverage(s);
  EXPECT_DOUBLE_EQ(a.average.recall, 0.5);
  EXPECT_DOUBLE_EQ(a.low.precision, 0.25);
  EXPECT_DOUBLE_EQ(a.high.f, 0.33333);
}

TEST(RougeBootstrapAverage, OneResampleByHand) {
  // n = 2, srand(0): draws int(2 * 0.1708...) = 0 and then a second index.
  std::vector<RougeEvalScore> s = {{"2.X", {1, 1, 1}}, {"1.X", {0, 0, 0}}};
  PerlDrand48 r(0);
  uint64_t i0 = r.NextIndex(2), i1 = r.NextIndex(2);
  // Sorted ids: "1.X" (score 0) then "2.X" (score 1).
  double mean = (static_cast<double>(i0) + static_cast<double>(i1)) / 2;
  RougeAverage a = RougeBootstrapAverage(s, 1, 95);
  EXPECT_DOUBLE_EQ(a.average.recall, mean);
}

TEST(RougeBootstrapAverage, NoEvaluationsGivesZeros) {
  RougeAverage a = RougeBootstrapAverage({}, 10, 95);
  EXPECT_EQ(a.average.recall, 0);
  EXPECT_EQ(a.high.f, 0);
}

TEST(RougeBootstrapAverage, IntervalBracketsTheAverage) {
  std::vector<RougeEvalScore> s;
  for (int i = 0; i < 50; ++i) {
    double x = (i % 7) / 10.0;
    s.push_back({std::to_string(i) + ".X", {x, x / 2, x / 3}});
  }
  RougeAverage a = RougeBootstrapAverage(s, 1000, 95);
  EXPECT_LT(a.low.recall, a.average.recall);
  EXPECT_GT(a.high.recall, a.average.recall);
  RougeAverage wide = RougeBootstrapAverage(s, 1000, 99);
  EXPECT_LE(wide.low.recall, a.low.recall);
  EXPECT_GE(wide.high.recall, a.high.recall);
}

}  // namespace
}  // namespace precis::rouge
