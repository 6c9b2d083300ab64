#include "select/ilp.h"

#include <gtest/gtest.h>

#include <chrono>

#include "select/concepts.h"
#include "select/test_clusters.h"

namespace precis::select {
namespace {

// Sentence of `words` distinct content words: `words - 1` concepts of weight 1.
std::string Unique(const std::string& prefix, int words) {
  std::string text;
  for (int k = 0; k < words; ++k) text += (k ? " " : "") + prefix + std::to_string(k);
  return text + ".";
}

// Budget 20 words: X (11 words, 10 concepts) has the best ratio, so greedy
// takes it and nothing else fits; Y + Z (10 words each, 9 concepts each) are optimal.
ClusterModel GreedyTrap() {
  SimpleCluster c;
  auto d = c.AddDocument();
  c.Add(d, Unique("x", 11));
  c.Add(d, Unique("y", 10));
  c.Add(d, Unique("z", 10));
  return std::move(c).Build();
}

TEST(IlpTest, FindsTheOptimumWhereGreedyFails) {
  ClusterModel model = GreedyTrap();
  LengthBudget budget{LengthBudget::Unit::kWords, 20};
  Selection s = IlpMethod().Select(model, budget);
  EXPECT_EQ(IlpMethod::LastSolver(), IlpMethod::Solver::kExact);
  testing::ExpectValidSelection(model, budget, s);
  EXPECT_EQ(std::set<std::size_t>(s.chosen.begin(), s.chosen.end()), (std::set<std::size_t>{1, 2}));
  EXPECT_EQ(ExtractConcepts(model).Coverage(s.chosen), 18);
}

TEST(IlpTest, ZeroTimeLimitFallsBackToGreedy) {
  ClusterModel model = GreedyTrap();
  LengthBudget budget{LengthBudget::Unit::kWords, 20};
  MethodOptions options;
  options.time_limit_seconds = 0;
  Selection s = IlpMethod(options).Select(model, budget);
  EXPECT_EQ(IlpMethod::LastSolver(), IlpMethod::Solver::kGreedy);
  testing::ExpectValidSelection(model, budget, s);
  EXPECT_EQ(s.chosen, std::vector<std::size_t>{0});
  // Same through the registry.
  auto method = MakeMethod("ilp", options);
  ASSERT_TRUE(method.ok());
  EXPECT_EQ((*method)->Select(model, budget).chosen, std::vector<std::size_t>{0});
}

TEST(IlpTest, TinyTimeLimitStillGivesAValidSelection) {
  ClusterModel model = testing::ThemeCluster();
  MethodOptions options;
  options.time_limit_seconds = 1e-6;
  LengthBudget budget{LengthBudget::Unit::kWords, 30};
  Selection s = IlpMethod(options).Select(model, budget);
  testing::ExpectValidSelection(model, budget, s);
  EXPECT_FALSE(s.chosen.empty());
}

TEST(IlpTest, ScoresAreConceptWeights) {
  ClusterModel model = GreedyTrap();
  Selection s = IlpMethod().Select(model, {LengthBudget::Unit::kWords, 20});
  EXPECT_EQ(s.scores, (std::vector<double>{10, 9, 9}));
}

TEST(IlpTest, ShortSentencesArePrunedWhenLongerOnesExist) {
  SimpleCluster c;
  for (int k = 0; k < 3; ++k) {
    auto d = c.AddDocument();
    c.Add(d, "Gilbert hits Jamaica hard.");  // every concept, in every document
    c.Add(d, Unique("long" + std::to_string(k) + "w", 9));
  }
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 13};
  Selection s = IlpMethod().Select(model, budget);
  testing::ExpectValidSelection(model, budget, s);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_GE(model.sentences[s.chosen[0]].words, IlpMethod::kMinWords);
  EXPECT_GT(s.scores[0], s.scores[s.chosen[0]]);
}

TEST(IlpTest, SentencesThatAddNothingAreLeftOut) {
  SimpleCluster c;
  auto d = c.AddDocument();
  c.Add(d, Unique("w", 20));
  c.Add(d, "w0 w1 w2 w3 w4 w5 w6 w7.");  // its concepts are all in sentence 0
  ClusterModel model = std::move(c).Build();
  Selection s = IlpMethod().Select(model, {LengthBudget::Unit::kWords, 100});
  EXPECT_EQ(IlpMethod::LastSolver(), IlpMethod::Solver::kExact);
  EXPECT_EQ(s.chosen, std::vector<std::size_t>{0});
}

TEST(IlpTest, HardInstanceStopsAtTheTimeLimitWithAtLeastTheGreedySet) {
  // 30 documents x 10 sentences over 97 words in shifted windows: many
  // symmetric near-optima, which GLPK cannot close within 0.1 s.
  SimpleCluster c;
  for (int doc = 0; doc < 30; ++doc) {
    auto d = c.AddDocument();
    for (int k = 0; k < 10; ++k) {
      std::string text;
      for (int w = 0; w < 12; ++w)
        text += "t" + std::to_string((doc * 7 + k * 5 + w * 3) % 97) + " ";
      c.Add(d, text);
    }
  }
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 100};
  MethodOptions options;
  options.time_limit_seconds = 0.1;
  auto start = std::chrono::steady_clock::now();
  Selection s = IlpMethod(options).Select(model, budget);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const IlpMethod::Solver solver = IlpMethod::LastSolver();
  testing::ExpectValidSelection(model, budget, s);
  EXPECT_LT(seconds, 1.0);
  options.time_limit_seconds = 0;
  Selection greedy = IlpMethod(options).Select(model, budget);
  ConceptIndex index = ExtractConcepts(model);
  EXPECT_GE(index.Coverage(s.chosen), index.Coverage(greedy.chosen));
  if (solver == IlpMethod::Solver::kGreedy) {
    EXPECT_EQ(s.chosen, greedy.chosen);
  }
}

}  // namespace
}  // namespace precis::select
