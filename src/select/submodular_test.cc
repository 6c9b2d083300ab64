#include "select/submodular.h"

#include <gtest/gtest.h>

#include "select/test_clusters.h"

namespace precis::select {
namespace {

TEST(SubmodularTest, CoversBothTopics) {
  SimpleCluster c;
  auto a = c.AddDocument();
  auto b = c.AddDocument();
  c.Add(a, "Hurricane Gilbert struck Jamaica with strong winds.");
  c.Add(b, "Hurricane Gilbert battered Jamaica with heavy winds.");
  c.Add(a, "Hurricane Gilbert pounded Jamaica with fierce winds.");
  c.Add(b, "Hurricane Gilbert hit Jamaica with powerful winds.");
  c.Add(a, "Aid agencies flew food and water to Kingston.");
  c.Add(b, "Aid agencies sent food and medicine to Kingston.");
  ClusterModel model = std::move(c).Build();
  Selection s = SubmodularMethod().Select(model, {LengthBudget::Unit::kSentences, 2});
  ASSERT_EQ(s.chosen.size(), 2u);
  EXPECT_LT(s.chosen[0], 4u);
  EXPECT_GE(s.chosen[1], 4u);
  EXPECT_GT(s.scores[0], s.scores[4]);  // the bigger topic alone is worth more
}

TEST(SubmodularTest, ScoresAreSingletonValues) {
  ClusterModel model = testing::ThemeCluster();
  Selection s = SubmodularMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  // Off-topic sentences cover only themselves, so they all score alike.
  EXPECT_NEAR(s.scores[1], s.scores[2], 1e-12);
  for (std::size_t t : testing::kThemeSentences) EXPECT_GT(s.scores[t], s.scores[1]);
}

}  // namespace
}  // namespace precis::select
