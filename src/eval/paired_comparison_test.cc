#include <gtest/gtest.h>

#include "precis/eval.h"

namespace precis {
namespace {

ClusterScores Scores(const std::vector<double>& r1) {
  ClusterScores out;
  for (std::size_t i = 0; i < r1.size(); ++i)
    out.push_back({"c" + std::to_string(i), {{"ROUGE-1", r1[i]}}});
  return out;
}

TEST(ComparePaired, ClearImprovementIsSignificant) {
  std::vector<double> a, b;
  for (int i = 0; i < 40; ++i) {
    a.push_back(0.30 + 0.01 * (i % 5));
    b.push_back(a.back() + 0.02 + 0.001 * (i % 3));
  }
  auto rows = ComparePaired(Scores(a), Scores(b));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].metric, "ROUGE-1");
  EXPECT_EQ(rows[0].clusters, 40u);
  EXPECT_NEAR(rows[0].mean_difference, 0.021, 1e-3);
  EXPECT_EQ(rows[0].b_better, 40u);
  EXPECT_LT(rows[0].bootstrap_p, 0.001);
  EXPECT_LT(rows[0].sign_test_p, 1e-9);
}

TEST(ComparePaired, NoDifferenceIsNotSignificant) {
  std::vector<double> a = {0.3, 0.4, 0.5, 0.2}, b = {0.4, 0.3, 0.5, 0.2};
  auto rows = ComparePaired(Scores(a), Scores(b));
  EXPECT_DOUBLE_EQ(rows[0].mean_difference, 0);
  EXPECT_GT(rows[0].bootstrap_p, 0.3);
  EXPECT_DOUBLE_EQ(rows[0].sign_test_p, 1.0);
}

TEST(ComparePaired, PairsOnlyCommonClusters) {
  ClusterScores a = {{"x", {{"ROUGE-2", 0.1}}}, {"y", {{"ROUGE-2", 0.2}}}};
  ClusterScores b = {{"y", {{"ROUGE-2", 0.3}}}, {"z", {{"ROUGE-2", 0.9}}}};
  auto rows = ComparePaired(a, b);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].clusters, 1u);
  EXPECT_NEAR(rows[0].mean_difference, 0.1, 1e-12);
}

TEST(BenchmarkSettings, FollowTheDatasetConventions) {
  EvalOptions duc = BenchmarkSettings("DUC 2002", 100);
  EXPECT_EQ(duc.rouge.word_limit, 100);
  EXPECT_EQ(duc.reference_words, 100);
  EXPECT_FALSE(duc.f_measure);
  EXPECT_TRUE(duc.rouge.stem);
  EXPECT_EQ(duc.rouge.max_ngram, 4);
  EXPECT_TRUE(duc.summarize.budget.fill);
  EvalOptions mn = BenchmarkSettings("Multi-News", 260);
  EXPECT_TRUE(mn.f_measure);
  EXPECT_EQ(mn.rouge.word_limit, 0);
  EXPECT_EQ(mn.reference_words, 0);
  EXPECT_EQ(mn.summarize.budget.limit, 260u);
  EXPECT_EQ(BenchmarkSettings("DUC 2006", 250).reference_words, 0);
  // In bytes (DUC 2004's 665): ROUGE cuts with -b; DUC 2001/2002 score
  // against the references of the nearest nominal length.
  Budget bytes;
  bytes.unit = Budget::Unit::kBytes;
  bytes.limit = 665;
  EvalOptions duc_bytes = BenchmarkSettings("DUC 2002", bytes);
  EXPECT_EQ(duc_bytes.rouge.byte_limit, 665);
  EXPECT_EQ(duc_bytes.rouge.word_limit, 0);
  EXPECT_EQ(duc_bytes.reference_words, 100);
  EXPECT_EQ(duc_bytes.summarize.budget.unit, Budget::Unit::kBytes);
  EXPECT_EQ(duc_bytes.summarize.budget.limit, 665u);
  bytes.limit = 1330;
  EXPECT_EQ(BenchmarkSettings("DUC 2001", bytes).reference_words, 200);
  EXPECT_EQ(BenchmarkSettings("DUC 2004", bytes).reference_words, 0);
  EXPECT_EQ(BenchmarkSettings("DUC 2004", bytes).rouge.byte_limit, 1330);
}

TEST(RunEvaluation, ScoresAClusterAgainstItsReference) {
  Cluster c;
  c.id = "c";
  c.source = "DUC 2002";
  c.documents = {{"a", "", "", "",
                  "The city closed the harbor bridge on Tuesday after inspectors found cracks. "
                  "Traffic was sent through the tunnel for several months."}};
  c.references = {{"r", 25,
                   "The city closed the harbor bridge on Tuesday after inspectors found cracks. "
                   "Traffic went through the tunnel."},
                  {"other", 50, "Something else entirely about football and music."}};
  EvalOptions o = BenchmarkSettings("DUC 2002", 25);
  auto report = RunEvaluation({c, Cluster{"no-refs", "DUC 2002", {}, c.documents, {}, {}}}, o);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->skipped, 1u);
  ASSERT_EQ(report->clusters.size(), 1u);
  EXPECT_EQ(report->clusters[0].words, 21u);  // the whole (short) document
  ASSERT_FALSE(report->averages.empty());
  EXPECT_EQ(report->averages[0].metric, "ROUGE-1");
  // 16 of the reference's 17 words are in the summary ("went" is not).
  EXPECT_NEAR(report->clusters[0].scores[0].score.recall, 16.0 / 17.0, 1e-5);
}

TEST(RunEvaluation, NoReferencesIsAnInputError) {
  Cluster c{"c", "DUC 2002", {}, {{"a", "", "", "", "Some text here."}}, {}, {}};
  auto r = RunEvaluation({c}, BenchmarkSettings("DUC 2002", 100));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
}

}  // namespace
}  // namespace precis
