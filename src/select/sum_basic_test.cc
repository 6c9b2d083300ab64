#include "select/sum_basic.h"

#include <gtest/gtest.h>

#include "select/test_clusters.h"

namespace precis::select {
namespace {

// p(storm) = .2, p(river) = p(flood) = .15, every other word .05.
ClusterModel Words() {
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "storm alpha bravo charlie delta echo");
  c.Add(a, "storm foxtrot");
  c.Add(a, "storm golf");
  c.Add(a, "storm hotel");
  c.Add(a, "river flood");
  c.Add(a, "river flood india");
  c.Add(a, "river flood juliet");
  return std::move(c).Build();
}

TEST(SumBasicTest, ScoresAreMeanWordProbabilities) {
  ClusterModel model = Words();
  Selection s = SumBasicMethod().Select(model, {LengthBudget::Unit::kSentences, 1});
  EXPECT_DOUBLE_EQ(s.scores[0], (0.2 + 5 * 0.05) / 6);
  EXPECT_DOUBLE_EQ(s.scores[1], (0.2 + 0.05) / 2);
  EXPECT_DOUBLE_EQ(s.scores[4], (0.15 + 0.15) / 2);
}

TEST(SumBasicTest, PicksAmongSentencesWithTheMostProbableWordThenSquares) {
  ClusterModel model = Words();
  Selection s = SumBasicMethod().Select(model, {LengthBudget::Unit::kSentences, 3});
  // 4 weighs most, but "storm" is the most probable word: the best sentence
  // with it is 1 (ties by index). Then storm drops to .04 and "river" leads:
  // 4. River and flood fall to .0225, so the .05 words lead, "alpha" first
  // (ties by term id): sentence 0.
  EXPECT_GT(s.scores[4], s.scores[1]);
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{1, 4, 0}));
}

TEST(SumBasicTest, SquaringMovesAwayFromTheChosenTheme) {
  ClusterModel model = testing::ThemeCluster();
  Selection s = SumBasicMethod().Select(model, {LengthBudget::Unit::kSentences, 2});
  ASSERT_EQ(s.chosen.size(), 2u);
  EXPECT_TRUE(testing::kThemeSentences.count(s.chosen[0]));
  EXPECT_FALSE(testing::kThemeSentences.count(s.chosen[1]));
}

}  // namespace
}  // namespace precis::select
