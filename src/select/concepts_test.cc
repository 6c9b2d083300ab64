#include "select/concepts.h"

#include <gtest/gtest.h>

#include "select/simple_cluster.h"

namespace precis::select {
namespace {

TEST(ConceptsTest, BigramsSkipStopwordPairsAndPunctuation) {
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "The storm of the century, hits");
  ClusterModel model = std::move(c).Build();
  ConceptIndex index = ExtractConcepts(model);
  // the-storm, storm-of, the-century, century-hits (across the comma); not of-the.
  EXPECT_EQ(index.min_docs, 1);
  EXPECT_EQ(index.weights.size(), 4u);
  EXPECT_EQ(index.sentence_concepts[0], (std::vector<int>{0, 1, 2, 3}));
}

TEST(ConceptsTest, WeightIsDocumentCountWithCopiesCapped) {
  SimpleCluster c;
  auto a = c.AddDocument();
  auto b = c.AddDocument();
  auto d = c.AddDocument();
  c.Add(a, "storm hits");
  c.Add(a, "storm hits again");  // same document: still one
  c.Add(b, "storm hits", /*copies=*/3);
  c.Add(d, "quiet day");
  ClusterModel model = std::move(c).Build();
  ConceptIndex index = ExtractConcepts(model);
  ASSERT_EQ(index.min_docs, 1);  // too few concepts for a higher threshold
  // storm-hits: documents a and b, plus 2 more copies of b's sentence, capped at 3.
  EXPECT_EQ(index.weights[index.sentence_concepts[0][0]], 3);
  EXPECT_EQ(index.Coverage({0, 1, 2}), 3 + 1);  // storm-hits, hits-again
  EXPECT_EQ(index.Coverage({3}), 1);
  EXPECT_EQ(index.Coverage({}), 0);
}

TEST(ConceptsTest, ThresholdDropsRareConceptsWhenEnoughRemain) {
  SimpleCluster c;
  std::string common = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima";
  for (int k = 0; k < 3; ++k) {
    auto d = c.AddDocument();
    c.Add(d, common + " doc" + std::to_string(k) + " extra" + std::to_string(k));
  }
  ClusterModel model = std::move(c).Build();
  ConceptIndex index = ExtractConcepts(model);
  EXPECT_EQ(index.min_docs, 3);
  EXPECT_EQ(index.weights.size(), 11u);  // the 11 shared bigrams, not lima-docK, docK-extraK
  for (double w : index.weights) EXPECT_EQ(w, 3);
}

TEST(ConceptsTest, EmptyModel) {
  ConceptIndex index = ExtractConcepts(SimpleCluster().Build());
  EXPECT_TRUE(index.weights.empty());
  EXPECT_TRUE(index.sentence_concepts.empty());
}

}  // namespace
}  // namespace precis::select
