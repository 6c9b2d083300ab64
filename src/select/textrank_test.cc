#include "select/textrank.h"

#include <gtest/gtest.h>

#include <cmath>

#include "select/test_clusters.h"

namespace precis::select {
namespace {

TEST(TextRankSimilarityTest, MihalceaTarauOverlap) {
  EXPECT_DOUBLE_EQ(TextRankSimilarity({1, 2, 3, 4}, 4, {2, 4, 7, 8, 9, 10, 11, 12}, 8),
                   2 / (std::log(4.0) + std::log(8.0)));
  EXPECT_EQ(TextRankSimilarity({1, 2}, 2, {3, 4}, 2), 0);
  EXPECT_EQ(TextRankSimilarity({}, 0, {3, 4}, 2), 0);
  // Two one-word sentences: the denominator would be 0.
  EXPECT_EQ(TextRankSimilarity({5}, 1, {5}, 1), 1);
  // Repeated tokens count in the lengths, not in the overlap.
  EXPECT_DOUBLE_EQ(TextRankSimilarity({5}, 3, {5}, 3), 1 / (2 * std::log(3.0)));
}

TEST(TextRankTest, ThemeFirst) {
  ClusterModel model = testing::ThemeCluster();
  Selection s = TextRankMethod().Select(model, {LengthBudget::Unit::kSentences, 3});
  for (std::size_t t : testing::kThemeSentences)
    for (std::size_t i = 0; i < model.sentences.size(); ++i)
      if (!testing::kThemeSentences.count(i)) {
        EXPECT_GT(s.scores[t], s.scores[i]);
      }
  EXPECT_EQ(std::set<std::size_t>(s.chosen.begin(), s.chosen.end()), testing::kThemeSentences);
}

}  // namespace
}  // namespace precis::select
