#include "select/lexrank.h"

#include <gtest/gtest.h>

#include <numeric>

#include "select/test_clusters.h"

namespace precis::select {
namespace {

TEST(LexRankTest, ConnectedThemeOutranksIsolatedSentences) {
  ClusterModel model = testing::ThemeCluster();
  Selection s = LexRankMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  EXPECT_NEAR(std::accumulate(s.scores.begin(), s.scores.end(), 0.0), 1, 1e-9);
  for (std::size_t t : testing::kThemeSentences)
    for (std::size_t i = 0; i < model.sentences.size(); ++i)
      if (!testing::kThemeSentences.count(i)) {
        EXPECT_GT(s.scores[t], s.scores[i]);
      }
  // Off-topic sentences share no term: equal (teleport-only) scores.
  EXPECT_NEAR(s.scores[1], s.scores[2], 1e-12);
  // The three theme sentences come first.
  ASSERT_GE(s.chosen.size(), 3u);
  EXPECT_TRUE(testing::kThemeSentences.count(s.chosen[0]));
  EXPECT_TRUE(testing::kThemeSentences.count(s.chosen[1]));
  EXPECT_TRUE(testing::kThemeSentences.count(s.chosen[2]));
}

TEST(LexRankTest, WeakEdgesBelowThresholdAreDropped) {
  // 0 and 1 share one rare word among many: cosine < 0.1, so no edge.
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima zulu");
  c.Add(a, "mike november oscar papa quebec romeo sierra tango uniform victor whiskey zulu");
  c.Add(a, "xray yankee");
  ClusterModel model = std::move(c).Build();
  Selection s = LexRankMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  EXPECT_NEAR(s.scores[0], 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.scores[1], 1.0 / 3, 1e-9);
}

}  // namespace
}  // namespace precis::select
