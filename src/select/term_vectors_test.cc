#include "select/term_vectors.h"

#include <gtest/gtest.h>

#include <cmath>

#include "select/simple_cluster.h"

namespace precis::select {
namespace {

ClusterModel TwoDocs() {
  SimpleCluster c;
  auto a = c.AddDocument();
  auto b = c.AddDocument();
  c.Add(a, "storm hits coast");
  c.Add(b, "storm hits city");
  c.Add(b, "the city council met", /*copies=*/2);
  return std::move(c).Build();
}

TEST(SparseVectorTest, FromPairsSortsMergesAndDropsZeros) {
  SparseVector v = SparseVector::FromPairs({{5, 1.0}, {2, 2.0}, {5, 1.0}, {7, 0.0}});
  ASSERT_EQ(v.entries.size(), 2u);
  EXPECT_EQ(v.entries[0], (std::pair<int, double>{2, 2.0}));
  EXPECT_EQ(v.entries[1], (std::pair<int, double>{5, 2.0}));
  EXPECT_DOUBLE_EQ(v.norm, std::sqrt(8.0));
}

TEST(SparseVectorTest, DotAndCosine) {
  SparseVector a = SparseVector::FromPairs({{1, 1}, {2, 1}});
  SparseVector b = SparseVector::FromPairs({{2, 1}, {3, 1}});
  EXPECT_DOUBLE_EQ(Dot(a, b), 1);
  EXPECT_DOUBLE_EQ(Cosine(a, b), 0.5);
  EXPECT_DOUBLE_EQ(Cosine(a, a), 1);
  EXPECT_EQ(Cosine(a, SparseVector{}), 0);
  EXPECT_EQ(Cosine(SparseVector{}, SparseVector{}), 0);
}

TEST(TermVectorsTest, SmoothedIdfIsPositiveAndFavoursRareTerms) {
  ClusterModel model = TwoDocs();
  std::vector<double> idf = SmoothedIdf(model);
  int storm = -1, coast = -1;
  for (std::size_t t = 0; t < model.terms.size(); ++t) {
    if (model.terms[t] == "storm") storm = static_cast<int>(t);
    if (model.terms[t] == "coast") coast = static_cast<int>(t);
  }
  ASSERT_GE(storm, 0);
  ASSERT_GE(coast, 0);
  EXPECT_DOUBLE_EQ(idf[storm], 1.0);                        // in both documents
  EXPECT_DOUBLE_EQ(idf[coast], std::log(3.0 / 2.0) + 1.0);  // in one of two
}

TEST(TermVectorsTest, OneDocumentStillHasWeights) {
  SimpleCluster c;
  c.Add(c.AddDocument(), "storm hits coast");
  ClusterModel model = std::move(c).Build();
  TermVectors v(model);
  EXPECT_GT(v[0].norm, 0);
}

TEST(TermVectorsTest, SentenceVectorsUseContentTermsOnly) {
  ClusterModel model = TwoDocs();
  TermVectors v(model);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[2].entries.size(), 3u);  // city, council, met; not "the"
  EXPECT_NEAR(v.Cosine(0, 0), 1, 1e-12);
  EXPECT_GT(v.Cosine(0, 1), 0.3);
  EXPECT_EQ(v.Cosine(0, 2), 0);
  EXPECT_DOUBLE_EQ(v.Cosine(1, 2), v.Cosine(2, 1));
}

TEST(TermVectorsTest, CentroidAveragesOverDocumentsCountingCopies) {
  ClusterModel model = TwoDocs();
  TermVectors v(model);
  auto weight = [&](const std::string& term) {
    for (const auto& [t, w] : v.centroid().entries)
      if (model.terms[t] == term) return w;
    return 0.0;
  };
  const double idf_one = std::log(3.0 / 2.0) + 1.0;
  EXPECT_DOUBLE_EQ(weight("storm"), 2 * 1.0 / 2);        // twice, idf 1, two documents
  EXPECT_DOUBLE_EQ(weight("council"), 2 * idf_one / 2);  // one sentence carried twice
  EXPECT_DOUBLE_EQ(weight("coast"), idf_one / 2);
  EXPECT_EQ(weight("the"), 0);
}

TEST(TermVectorsTest, CosineAndSharedIsTheCosineToTheBitWithTheSharedTerms) {
  ClusterModel m = TwoDocs();
  TermVectors v(m);
  for (std::size_t i = 0; i < m.sentences.size(); ++i)
    for (std::size_t j = 0; j < m.sentences.size(); ++j) {
      std::size_t shared = 99;
      EXPECT_EQ(v.CosineAndShared(i, j, shared), v.Cosine(i, j));
      std::size_t expected = 0;
      for (const auto& [t, w] : v[i].entries)
        for (const auto& [u, x] : v[j].entries) expected += t == u ? 1 : 0;
      EXPECT_EQ(shared, expected) << i << " " << j;
    }
  std::size_t shared = 0;
  v.CosineAndShared(0, 1, shared);
  EXPECT_EQ(shared, 2u);  // storm, hits
}

TEST(TermVectorsTest, WeighIgnoresUnknownIds) {
  ClusterModel model = TwoDocs();
  TermVectors v(model);
  SparseVector q = v.Weigh({0, 0, -1, 1000});
  ASSERT_EQ(q.entries.size(), 1u);
  EXPECT_DOUBLE_EQ(q.entries[0].second, 2 * v.idf()[0]);
}

}  // namespace
}  // namespace precis::select
