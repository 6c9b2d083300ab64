#include "select/mmr.h"

#include <gtest/gtest.h>

#include "select/greedy.h"
#include "select/term_vectors.h"
#include "select/test_clusters.h"

namespace precis::select {
namespace {

TEST(MmrTest, QueryDecidesRelevance) {
  SimpleCluster c;
  auto a = c.AddDocument("A");
  c.Add(a, "Hurricane Gilbert struck Jamaica with winds of 120 miles per hour.");
  c.Add(a, "The local football team won its third straight game on Saturday.");
  auto b = c.AddDocument("B");
  c.Add(b, "Hurricane Gilbert battered Jamaica with winds near 120 miles per hour.");
  c.Add(b, "The football coach praised the team after the game.");
  c.SetQuery("football game");
  ClusterModel model = std::move(c).Build();
  Selection s = MmrMethod().Select(model, {LengthBudget::Unit::kSentences, 1});
  // The shorter football sentence is closer to the query.
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{3}));
  EXPECT_GT(s.scores[1], s.scores[0]);
  EXPECT_GT(s.scores[1], s.scores[2]);
}

TEST(MmrTest, RedundancyPenaltyMovesToAnotherTopic) {
  // Two sentences on the main topic, similar (cosine < 0.8) but redundant;
  // the second topic is less central but new.
  SimpleCluster c;
  auto a = c.AddDocument("A");
  auto b = c.AddDocument("B");
  auto d = c.AddDocument("D");
  c.Add(a, "Hurricane Gilbert struck Jamaica with heavy rain and strong winds on Monday.");
  c.Add(b,
        "Hurricane Gilbert struck Jamaica with heavy rain and strong winds, Kingston officials "
        "said.");
  c.Add(d, "Thousands of Jamaica residents fled to shelters from the heavy rain and winds.");
  c.Add(d, "Hurricane winds tore roofs off homes.");
  ClusterModel model = std::move(c).Build();
  TermVectors v(model);
  ASSERT_LT(v.Cosine(0, 1), kNearDuplicateCosine);  // not removed by the duplicate filter
  Selection s = MmrMethod().Select(model, {LengthBudget::Unit::kSentences, 2});
  ASSERT_EQ(s.chosen.size(), 2u);
  EXPECT_EQ(s.chosen[0], 0u);
  EXPECT_GT(s.scores[1], s.scores[2]);  // 1 is more relevant than 2, but redundant
  EXPECT_EQ(s.chosen[1], 2u);
  // The second pick maximises lambda * relevance - (1 - lambda) * similarity to the first.
  for (std::size_t i : {1, 3})
    EXPECT_GT(0.7 * s.scores[2] - 0.3 * v.Cosine(2, 0), 0.7 * s.scores[i] - 0.3 * v.Cosine(i, 0));
}

}  // namespace
}  // namespace precis::select
