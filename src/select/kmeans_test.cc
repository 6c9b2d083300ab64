#include "select/kmeans.h"

#include <gtest/gtest.h>

#include "select/simple_cluster.h"

namespace precis::select {
namespace {

ClusterModel TwoTopics() {
  SimpleCluster c;
  auto d = c.AddDocument();
  c.Add(d, "storm floods coast");
  c.Add(d, "football team wins game");
  c.Add(d, "storm floods town coast");
  c.Add(d, "football game ends late");
  c.Add(d, "the and of");
  c.Add(d, "storm coast damage");
  return std::move(c).Build();
}

TEST(KMeansTest, SeparatesTopics) {
  ClusterModel model = TwoTopics();
  TermVectors vectors(model);
  auto a = KMeansClusters(vectors, 2);
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[0], a[2]);
  EXPECT_EQ(a[0], a[5]);
  EXPECT_EQ(a[1], a[3]);
  EXPECT_NE(a[0], a[1]);
  EXPECT_EQ(a[4], 0u);  // no content
  EXPECT_EQ(KMeansClusters(vectors, 2), a);
}

TEST(KMeansTest, DegenerateSizes) {
  ClusterModel model = TwoTopics();
  TermVectors vectors(model);
  EXPECT_EQ(KMeansClusters(vectors, 0), std::vector<std::size_t>(6, 0));
  EXPECT_EQ(KMeansClusters(vectors, 1), std::vector<std::size_t>(6, 0));
  auto many = KMeansClusters(vectors, 100);  // at most one cluster per sentence with content
  for (std::size_t c : many) EXPECT_LT(c, 5u);
  ClusterModel empty = SimpleCluster().Build();
  EXPECT_TRUE(KMeansClusters(TermVectors(empty), 3).empty());
}

}  // namespace
}  // namespace precis::select
