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

}  // namespace
}  // namespace precis
