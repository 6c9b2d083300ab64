#include "select/kl_sum.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "select/test_clusters.h"

namespace precis::select {
namespace {

// KL(P_D || P_S) computed directly from the definition, for one sentence S.
double DirectKl(const ClusterModel& model, std::size_t s) {
  std::map<int, double> doc, sum;
  double doc_total = 0, sum_total = 0;
  for (std::size_t i = 0; i < model.sentences.size(); ++i)
    for (int t : model.ContentTerms(i)) {
      doc[t] += model.sentences[i].copies;
      doc_total += model.sentences[i].copies;
    }
  for (int t : model.ContentTerms(s)) {
    sum[t] += 1;
    sum_total += 1;
  }
  const double d = KlSumMethod::kSmoothing, v = static_cast<double>(doc.size());
  double kl = 0;
  for (const auto& [t, c] : doc) {
    double p = c / doc_total;
    double q = (sum[t] + d) / (sum_total + d * v);
    kl += p * std::log(p / q);
  }
  return kl;
}

TEST(KlSumTest, ScoresAreNegativeKlUpToAConstant) {
  ClusterModel model = testing::ThemeCluster();
  Selection s = KlSumMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  const double constant = s.scores[0] + DirectKl(model, 0);
  for (std::size_t i = 0; i < model.sentences.size(); ++i)
    EXPECT_NEAR(s.scores[i] + DirectKl(model, i), constant, 1e-9) << i;
  // The first pick is the sentence closest to the cluster's distribution.
  EXPECT_EQ(s.chosen[0], testing::ArgMax(s.scores));
}

TEST(KlSumTest, CopiesWeighTheDocumentDistribution) {
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "Storm floods the coastal town.");
  c.Add(a, "Bakery sells fresh bread daily.", /*copies=*/3);
  ClusterModel model = std::move(c).Build();
  Selection s = KlSumMethod().Select(model, {LengthBudget::Unit::kSentences, 1});
  EXPECT_EQ(s.chosen, std::vector<std::size_t>{1});
}

TEST(KlSumTest, SecondPickAddsMissingContent) {
  SimpleCluster c;
  auto a = c.AddDocument();
  auto b = c.AddDocument();
  c.Add(a, "Storm floods coastal town.");
  c.Add(b, "Storm floods coastal town overnight.");
  c.Add(b, "Residents rebuild homes.");
  c.Add(a, "Residents rebuild homes slowly.");
  ClusterModel model = std::move(c).Build();
  Selection s = KlSumMethod().Select(model, {LengthBudget::Unit::kWords, 10});
  ASSERT_EQ(s.chosen.size(), 2u);
  EXPECT_NE(model.sentences[s.chosen[0]].text.substr(0, 5),
            model.sentences[s.chosen[1]].text.substr(0, 5));
}

}  // namespace
}  // namespace precis::select
