#include "select/centroid.h"

#include <gtest/gtest.h>

#include "select/term_vectors.h"
#include "select/test_clusters.h"

namespace precis::select {
namespace {

TEST(CentroidTest, ThemeSentencesScoreHighest) {
  ClusterModel model = testing::ThemeCluster();
  Selection s = CentroidMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  for (std::size_t i = 0; i < model.sentences.size(); ++i) {
    if (testing::kThemeSentences.count(i)) continue;
    // A theme sentence beats off-topic sentences at its position or later
    // (MEAD favours leads: an off-topic lead may beat a later theme sentence).
    for (std::size_t t : testing::kThemeSentences)
      if (model.sentences[t].position <= model.sentences[i].position) {
        EXPECT_GT(s.scores[t], s.scores[i]);
      }
  }
  EXPECT_EQ(s.chosen.front(), 0u);  // the theme, and first in its document
}

TEST(CentroidTest, EarlierPositionAndFirstSentenceOverlapAddToTheScore) {
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "Storm floods coastal town.");
  c.Add(a, "Bakery sells bread.");
  c.Add(a, "Storm floods coastal town again.");
  c.Add(a, "Bakery sells bread again.");
  ClusterModel model = std::move(c).Build();
  Selection s = CentroidMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  // Same centroid value ("again" aside), but later and overlapping less with the first.
  EXPECT_GT(s.scores[1], s.scores[3]);
  // Overlap with the first sentence lifts 2 over 1 despite its later position.
  EXPECT_GT(s.scores[2], s.scores[1]);
}

TEST(CentroidTest, RedundancyFilterAt07) {
  SimpleCluster c;
  auto a = c.AddDocument();
  auto b = c.AddDocument();
  c.Add(a, "Hurricane Gilbert struck Jamaica with heavy rain and strong winds on Monday.");
  c.Add(b,
        "Hurricane Gilbert struck Jamaica with heavy rain and strong winds, Kingston officials "
        "said.");
  c.Add(b, "Schools were closed across the island.");
  ClusterModel model = std::move(c).Build();
  const double cosine = TermVectors(model).Cosine(0, 1);
  ASSERT_GT(cosine, 0.7);
  ASSERT_LT(cosine, 0.8);
  Selection s = CentroidMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  ASSERT_EQ(s.chosen.size(), 2u);
  EXPECT_EQ(s.chosen[1], 2u);
}

}  // namespace
}  // namespace precis::select
