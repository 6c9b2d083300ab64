#include "select/method.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "select/greedy.h"
#include "select/term_vectors.h"
#include "select/test_clusters.h"

namespace precis::select {
namespace {

using testing::ExpectValidSelection;
using testing::kThemeSentences;
using testing::ThemeCluster;
using testing::TotalCost;

TEST(MethodRegistryTest, NamesAreStableAndAllConstructible) {
  EXPECT_EQ(MethodNames(),
            (std::vector<std::string>{"lead", "centroid", "lexrank", "textrank", "mmr", "kl",
                                      "sumbasic", "ilp", "submodular", "coverage"}));
  for (const auto& name : MethodNames()) {
    auto method = MakeMethod(name);
    ASSERT_TRUE(method.ok()) << name;
    EXPECT_EQ((*method)->name(), name);
  }
}

TEST(MethodRegistryTest, UnknownNameIsAUsageErrorListingChoices) {
  auto method = MakeMethod("textrnak");
  ASSERT_FALSE(method.ok());
  EXPECT_EQ(method.status().kind(), Status::Kind::kUsage);
  EXPECT_EQ(method.status().exit_code(), 2);
  EXPECT_EQ(method.status().message(),
            "unknown method 'textrnak' (choose from: lead, centroid, lexrank, textrank, mmr, kl, "
            "sumbasic, ilp, submodular, coverage)");
  EXPECT_FALSE(MakeMethod("").ok());
  EXPECT_FALSE(MakeMethod("LEAD").ok());
}

// Every method on the same inputs: the contract of method.h.
class EveryMethodTest : public ::testing::TestWithParam<std::string> {
 protected:
  std::unique_ptr<Method> method_ = std::move(MakeMethod(GetParam()).value());
};

TEST_P(EveryMethodTest, EmptyModel) {
  ClusterModel model = SimpleCluster().Build();
  Selection s = method_->Select(model, {});
  EXPECT_TRUE(s.chosen.empty());
  EXPECT_TRUE(s.scores.empty());
}

TEST_P(EveryMethodTest, ModelWithDocumentsButNoSentences) {
  SimpleCluster c;
  c.AddDocument("a");
  c.AddDocument("b");
  ClusterModel model = std::move(c).Build();
  Selection s = method_->Select(model, {});
  EXPECT_TRUE(s.chosen.empty());
}

TEST_P(EveryMethodTest, OneSentence) {
  SimpleCluster c;
  c.Add(c.AddDocument(), "The only sentence of this tiny cluster talks about a quiet river.");
  ClusterModel model = std::move(c).Build();
  Selection s = method_->Select(model, {});
  ExpectValidSelection(model, {}, s);
  EXPECT_EQ(s.chosen, std::vector<std::size_t>{0});
}

TEST_P(EveryMethodTest, SentencesLongerThanTheBudget) {
  ClusterModel model = ThemeCluster();
  LengthBudget budget{LengthBudget::Unit::kWords, 5};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  EXPECT_TRUE(s.chosen.empty());
  budget.limit = 0;
  s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  EXPECT_TRUE(s.chosen.empty());
}

TEST_P(EveryMethodTest, OnlyShortSentenceFits) {
  ClusterModel model = [] {
    SimpleCluster c;
    auto d = c.AddDocument();
    c.Add(d, "Hurricane Gilbert struck Jamaica on Monday with winds of 120 miles per hour.");
    c.Add(d, "Gilbert weakened.");
    c.Add(d, "Hurricane Gilbert hit Jamaica hard, with winds reaching 120 miles per hour.");
    return std::move(c).Build();
  }();
  LengthBudget budget{LengthBudget::Unit::kWords, 4};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  EXPECT_EQ(s.chosen, std::vector<std::size_t>{1});
}

TEST_P(EveryMethodTest, AllStopwordSentences) {
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "It is what it is.");
  c.Add(a, "And so on, and so forth?");
  c.Add(c.AddDocument(), "There it was, and then it was not.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 10};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
}

TEST_P(EveryMethodTest, ContentlessSentencesAreNotPickedWhileOthersFit) {
  SimpleCluster c;
  auto a = c.AddDocument();
  c.Add(a, "It is what it is.");
  c.Add(a, "Hurricane Gilbert struck Jamaica on Monday with winds of 120 miles per hour.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 100};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  EXPECT_EQ(s.chosen, std::vector<std::size_t>{1});
}

TEST_P(EveryMethodTest, OneDocument) {
  SimpleCluster c;
  c.AddText("only", "",
            "Hurricane Gilbert struck Jamaica on Monday with strong winds. "
            "Thousands of people fled their homes along the southern coast. "
            "The storm later moved toward Mexico and the Yucatan peninsula. "
            "Forecasters warned of floods across the whole Caribbean region.");
  ClusterModel model = std::move(c).Build();
  ASSERT_EQ(model.sentences.size(), 4u);
  LengthBudget budget{LengthBudget::Unit::kWords, 20};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  EXPECT_FALSE(s.chosen.empty());
}

// Every method that reads content (all but lead, which only takes positions).
class ContentMethodTest : public EveryMethodTest {};

std::vector<std::string> ContentMethodNames() {
  std::vector<std::string> out;
  for (const auto& m : MethodNames())
    if (m != "lead") out.push_back(m);
  return out;
}

TEST_P(ContentMethodTest, PrefersTheCentralTheme) {
  ClusterModel model = ThemeCluster();
  LengthBudget budget{LengthBudget::Unit::kWords, 15};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_TRUE(kThemeSentences.count(s.chosen[0])) << "chose " << s.chosen[0];
  EXPECT_TRUE(kThemeSentences.count(testing::ArgMax(s.scores)));
}

TEST_P(EveryMethodTest, NeverPicksNearDuplicates) {
  SimpleCluster c;
  auto a = c.AddDocument("a", "2001-01-01");
  auto b = c.AddDocument("b", "2001-01-02");
  auto d = c.AddDocument("d", "2001-01-03");
  const std::string lead =
      "Hurricane Gilbert struck Jamaica on Monday with winds of 120 miles per hour";
  c.Add(a, lead + ".");
  c.Add(b, lead + ", officials said.");
  c.Add(d, "Reports say " + lead + ".");
  c.Add(a, "Thousands of residents fled the coast before the storm arrived in Kingston.");
  c.Add(b, "The storm later moved toward Mexico and the Yucatan peninsula on Wednesday.");
  c.Add(d, "Forecasters warned of floods in Haiti as the hurricane passed nearby.");
  ClusterModel model = std::move(c).Build();
  TermVectors vectors(model);
  ASSERT_GT(vectors.Cosine(0, 1), kNearDuplicateCosine);
  LengthBudget budget{LengthBudget::Unit::kWords, 200};
  Selection s = method_->Select(model, budget);
  ExpectValidSelection(model, budget, s);
  for (std::size_t x = 0; x < s.chosen.size(); ++x)
    for (std::size_t y = x + 1; y < s.chosen.size(); ++y)
      EXPECT_LE(vectors.Cosine(s.chosen[x], s.chosen[y]), kNearDuplicateCosine)
          << s.chosen[x] << " and " << s.chosen[y];
}

TEST_P(EveryMethodTest, EveryBudgetUnitIsRespectedAndResultsAreDeterministic) {
  ClusterModel model = ThemeCluster();
  for (auto unit :
       {LengthBudget::Unit::kWords, LengthBudget::Unit::kBytes, LengthBudget::Unit::kSentences}) {
    for (std::size_t limit : {1, 2, 3, 12, 13, 30, 75, 100, 200, 665, 100000}) {
      LengthBudget budget{unit, limit};
      Selection s = method_->Select(model, budget);
      ExpectValidSelection(model, budget, s);
      Selection again = method_->Select(model, budget);
      EXPECT_EQ(s.chosen, again.chosen);
      EXPECT_EQ(s.scores, again.scores);
    }
  }
}

TEST_P(EveryMethodTest, ConcurrentCallsAgreeWithSerialOnes) {
  ClusterModel model = ThemeCluster();
  const LengthBudget budget{LengthBudget::Unit::kWords, 30};
  const Selection serial = method_->Select(model, budget);
  std::vector<Selection> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results)
    threads.emplace_back([&] {
      for (int k = 0; k < 20; ++k) result = method_->Select(model, budget);
    });
  for (auto& t : threads) t.join();
  for (const auto& result : results) {
    EXPECT_EQ(result.chosen, serial.chosen);
    EXPECT_EQ(result.scores, serial.scores);
  }
}

// Real news clusters (DUC 2002) through the plain tokenizer: the contract
// holds at the usual budgets, in well under a second per cluster.
TEST_P(EveryMethodTest, DucClusters) {
  const char* env = std::getenv("PRECIS_SHARED_DIR");
  std::string path = std::string(env ? env : PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "missing " << path;
  std::string line;
  for (int k = 0; k < 3 && std::getline(in, line); ++k) {
    auto cluster = nlohmann::json::parse(line);
    SimpleCluster c;
    for (const auto& doc : cluster["documents"])
      c.AddText(doc["id"].get<std::string>(),
                doc["date"].is_string() ? doc["date"].get<std::string>() : "",
                doc["text"].get<std::string>());
    ClusterModel model = std::move(c).Build();
    TermVectors vectors(model);
    for (LengthBudget budget : {LengthBudget{LengthBudget::Unit::kWords, 50},
                                LengthBudget{LengthBudget::Unit::kWords, 100},
                                LengthBudget{LengthBudget::Unit::kWords, 200},
                                LengthBudget{LengthBudget::Unit::kBytes, 665}}) {
      auto start = std::chrono::steady_clock::now();
      Selection s = method_->Select(model, budget);
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      ExpectValidSelection(model, budget, s);
      EXPECT_LT(seconds, 1.0);
      // Most of the budget is used.
      EXPECT_GT(TotalCost(model, budget, s.chosen), budget.limit / 2);
      for (std::size_t x = 0; x < s.chosen.size(); ++x)
        for (std::size_t y = x + 1; y < s.chosen.size(); ++y)
          EXPECT_LE(vectors.Cosine(s.chosen[x], s.chosen[y]), kNearDuplicateCosine);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(All, EveryMethodTest, ::testing::ValuesIn(MethodNames()),
                         [](const auto& info) { return info.param; });
INSTANTIATE_TEST_SUITE_P(All, ContentMethodTest, ::testing::ValuesIn(ContentMethodNames()),
                         [](const auto& info) { return info.param; });

// The CLI and the pipeline tell users which methods focus on a query.
TEST(MethodRegistry, SaysWhichMethodsHonourAQuery) {
  EXPECT_EQ(MethodNamesHonouringQuery(), (std::vector<std::string>{"mmr", "coverage"}));
}

}  // namespace
}  // namespace precis::select
