#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "precis/eval.h"

namespace precis {
namespace {

std::vector<Cluster> Clusters(int n) {
  std::vector<Cluster> out;
  for (int i = 0; i < n; ++i) {
    Cluster c;
    c.id = "c" + std::to_string(i);
    c.source = "test";
    Document d;
    d.id = "d";
    d.text =
        "The storm hit the coast on Monday and thousands of people fled their homes.\n\n"
        "Officials said the damage was heavy in the northern towns.";
    c.documents = {d};
    c.references = {{"A", 20, "A storm hit the coast and people fled."}};
    out.push_back(c);
  }
  return out;
}

TEST(Evaluation, ThreadsAreCappedAtTheClustersAndTheMaximum) {
  EXPECT_GE(MaxEvalThreads(), 4);
  EXPECT_LE(MaxEvalThreads(), 256);
  EvalOptions o = BenchmarkSettings("test", 20);
  o.jobs = 100000;  // used to start 100000 threads and abort
  Result<EvalReport> one = RunEvaluation(Clusters(1), o);
  ASSERT_TRUE(one.ok()) << one.status().message();
  EXPECT_EQ(one->threads, 1);
  EXPECT_EQ(one->clusters.size(), 1u);
  Result<EvalReport> three = RunEvaluation(Clusters(3), o);
  ASSERT_TRUE(three.ok()) << three.status().message();
  EXPECT_EQ(three->threads, 3);
  o.jobs = 2;
  Result<EvalReport> two = RunEvaluation(Clusters(3), o);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->threads, 2);
  for (size_t i = 0; i < 3; ++i) {
    ASSERT_EQ(two->clusters[i].scores.size(), three->clusters[i].scores.size());
    EXPECT_EQ(two->clusters[i].summary, three->clusters[i].summary);
  }
}

// A summary and a reference whose ROUGE-L table passes kRougeMaxLcsCells:
// the cluster fails with a one-line error and scores 0, the others are scored.
TEST(Evaluation, ScoringWorkIsBounded) {
  std::vector<Cluster> clusters = Clusters(2);
  // 1,500 different sentences of 12 made-up words.
  std::string text, reference;
  unsigned seed = 1;
  auto word = [&seed] {
    std::string w;
    for (int k = 0; k < 5; ++k) {
      seed = seed * 1103515245u + 12345u;
      w += static_cast<char>('a' + (seed >> 16) % 26);
    }
    return w;
  };
  for (int i = 0; i < 1500; ++i) {
    std::string sentence = "The";
    for (int k = 0; k < 11; ++k) sentence += " " + word();
    sentence += ".";
    text += (i ? "\n\n" : "") + sentence;
    reference += (i ? " " : "") + sentence;
  }
  clusters[1].documents[0].text = text;
  clusters[1].references[0].text = reference;  // 18,000 words: 3.2e8 cells
  EvalOptions o = BenchmarkSettings("test", 100000);
  o.summarize.method = "lead";
  Result<EvalReport> r = RunEvaluation(clusters, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 2u);
  EXPECT_TRUE(r->clusters[0].error.empty());
  EXPECT_GT(r->clusters[0].scores[0].score.f, 0);
  const ClusterResult& big = r->clusters[1];
  EXPECT_EQ(big.error.substr(0, 37), "cluster c1: too long for ROUGE-L/W (1");
  EXPECT_EQ(big.error.find('\n'), std::string::npos);
  ASSERT_EQ(big.scores.size(), RougeMetricNames(o.rouge).size());
  for (const auto& m : big.scores) EXPECT_EQ(m.score.f, 0);
}

// A summary short of its budget because the cluster has no more to give is
// told apart from one that stops while the method would take more.
TEST(Evaluation, ShortSummariesSayWhetherMaterialIsLeft) {
  std::vector<Cluster> clusters = Clusters(2);
  // c0: about 25 words in all, for a budget of 60: the input is spent.
  // c1: a sentence of 12 words, then one of 52 that does not fit in 60
  // once the first is taken (and is not cut to fill): material is left.
  std::string lng = "The";
  for (int k = 0; k < 50; ++k) lng += k % 2 ? " harbour" : " workers";
  lng += " said.";
  clusters[1].documents[0].text =
      "The storm hit the coast on Monday and thousands of people fled.\n\n" + lng;
  EvalOptions o = BenchmarkSettings("test", 60);
  o.summarize.method = "lead";
  o.summarize.budget.fill = false;
  Result<EvalReport> r = RunEvaluation(clusters, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->clusters.size(), 2u);
  EXPECT_TRUE(r->clusters[0].readability.short_of_budget);
  EXPECT_FALSE(r->clusters[0].readability.short_with_material_left);
  EXPECT_TRUE(r->clusters[1].readability.short_of_budget);
  EXPECT_TRUE(r->clusters[1].readability.short_with_material_left);
  EXPECT_EQ(r->short_of_budget, 2u);
  EXPECT_EQ(r->short_with_material_left, 1u);
}

}  // namespace
}  // namespace precis
