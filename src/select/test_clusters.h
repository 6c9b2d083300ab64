// Hand-made clusters and checks shared by the select module's tests.
#ifndef PRECIS_SELECT_TEST_CLUSTERS_H_
#define PRECIS_SELECT_TEST_CLUSTERS_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "select/method.h"
#include "select/simple_cluster.h"

namespace precis::select::testing {

// Three dated documents of three sentences. One sentence of each document
// tells the central story (hurricane Gilbert in Jamaica) in other words; the
// rest are off-topic and unrelated to each other. Document C is the earliest.
inline ClusterModel ThemeCluster() {
  SimpleCluster c;
  auto a = c.AddDocument("A", "1988-09-12");
  c.Add(a, "Hurricane Gilbert struck Jamaica on Monday with winds of 120 miles per hour.");
  c.Add(a, "The local football team won its third straight game on Saturday night.");
  c.Add(a, "A new bakery opened downtown selling fresh bread and sweet pastries.");
  auto b = c.AddDocument("B", "1988-09-13");
  c.Add(b, "The city council debated the parking budget for two long hours.");
  c.Add(b, "Officials said hurricane Gilbert battered Jamaica with winds near 120 miles per hour.");
  c.Add(b, "Gardeners reported an unusually good tomato harvest this summer.");
  auto d = c.AddDocument("C", "1988-09-11");
  c.Add(d, "Stock prices rose slightly in quiet trading on Wall Street yesterday.");
  c.Add(d, "The museum unveiled a collection of ancient Roman coins and jewelry.");
  c.Add(d, "Hurricane Gilbert hit Jamaica hard, with winds reaching 120 miles per hour.");
  return std::move(c).Build();
}
inline const std::set<std::size_t> kThemeSentences = {0, 4, 8};

inline std::size_t TotalCost(const ClusterModel& model, const LengthBudget& budget,
                             const std::vector<std::size_t>& chosen) {
  std::size_t total = 0;
  for (std::size_t i : chosen) total += budget.Cost(model.sentences[i]);
  return total;
}

inline std::size_t ArgMax(const std::vector<double>& scores) {
  return static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// The Method contract: a score per sentence, distinct valid indices, within
// budget, and empty only when no sentence fits.
inline void ExpectValidSelection(const ClusterModel& model, const LengthBudget& budget,
                                 const Selection& s) {
  ASSERT_EQ(s.scores.size(), model.sentences.size());
  for (double x : s.scores) EXPECT_TRUE(std::isfinite(x));
  std::set<std::size_t> seen;
  for (std::size_t i : s.chosen) {
    ASSERT_LT(i, model.sentences.size());
    EXPECT_TRUE(seen.insert(i).second) << "sentence " << i << " chosen twice";
  }
  EXPECT_LE(TotalCost(model, budget, s.chosen), budget.limit);
  const bool any_fits =
      std::any_of(model.sentences.begin(), model.sentences.end(),
                  [&](const SentenceUnit& u) { return budget.Cost(u) <= budget.limit; });
  EXPECT_EQ(s.chosen.empty(), !any_fits);
}

}  // namespace precis::select::testing

#endif  // PRECIS_SELECT_TEST_CLUSTERS_H_
