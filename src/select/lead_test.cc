#include "select/lead.h"

#include <gtest/gtest.h>

#include "select/test_clusters.h"

namespace precis::select {
namespace {

TEST(LeadTest, EarliestDocumentFirstThenOtherLeadsRoundRobin) {
  ClusterModel model = testing::ThemeCluster();  // dates: A 09-12, B 09-13, C 09-11
  LeadMethod lead;
  Selection s = lead.Select(model, {LengthBudget::Unit::kSentences, 5});
  testing::ExpectValidSelection(model, {LengthBudget::Unit::kSentences, 5}, s);
  // C whole (6, 7, 8), then A's and B's first sentences in date order (0, 3).
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{6, 7, 8, 0, 3}));
  EXPECT_GT(s.scores[6], s.scores[7]);
  EXPECT_GT(s.scores[3], s.scores[1]);
  EXPECT_GT(s.scores[5], 0);
}

TEST(LeadTest, UndatedDocumentsComeAfterDatedOnesInInputOrder) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  auto b = c.AddDocument("b", "2003-05-01");
  auto d = c.AddDocument("d");
  c.Add(a, "Alpha reports a quiet harbour.");
  c.Add(a, "Alpha adds more about ships.");
  c.Add(b, "Bravo describes the mountain pass.");
  c.Add(d, "Delta covers the desert heat.");
  ClusterModel model = std::move(c).Build();
  Selection s = LeadMethod().Select(model, {LengthBudget::Unit::kSentences, 3});
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{2, 0, 3}));
}

TEST(LeadTest, WithoutDatesTheFirstDocumentLeads) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  auto b = c.AddDocument("b");
  c.Add(a, "Alpha reports a quiet harbour.");
  c.Add(b, "Bravo describes the mountain pass.");
  c.Add(a, "Alpha adds more about ships.");
  ClusterModel model = std::move(c).Build();
  Selection s = LeadMethod().Select(model, {LengthBudget::Unit::kWords, 10});
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{0, 2}));
}

TEST(LeadTest, SkipsASentenceThatDoesNotFit) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "A short opening line.");
  c.Add(a, "A much longer second sentence that cannot possibly fit the small budget.");
  c.Add(a, "Third one fits.");
  ClusterModel model = std::move(c).Build();
  Selection s = LeadMethod().Select(model, {LengthBudget::Unit::kWords, 8});
  EXPECT_EQ(s.chosen, (std::vector<std::size_t>{0, 2}));
}

}  // namespace
}  // namespace precis::select
