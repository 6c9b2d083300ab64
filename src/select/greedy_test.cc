#include "select/greedy.h"

#include <gtest/gtest.h>

#include <limits>
#include <map>

#include "select/simple_cluster.h"

namespace precis::select {
namespace {

// Sentences of 1..n distinct content words each ("w<i>_<k>").
ClusterModel Sentences(const std::vector<std::size_t>& lengths) {
  SimpleCluster c;
  auto d = c.AddDocument();
  for (std::size_t i = 0; i < lengths.size(); ++i) {
    std::string text;
    for (std::size_t k = 0; k < lengths[i]; ++k)
      text += (k ? " w" : "w") + std::to_string(i) + "x" + std::to_string(k);
    c.Add(d, text);
  }
  return std::move(c).Build();
}

// Additive values per sentence (a modular objective).
class Values : public GreedyObjective {
 public:
  explicit Values(std::vector<double> v) : v_(std::move(v)) {}
  double Gain(std::size_t i) override { return v_[i]; }
  void Add(std::size_t i) override { added.push_back(i); }
  std::vector<std::size_t> added;

 private:
  std::vector<double> v_;
};

TEST(GreedyTest, PicksByGainWithinBudgetTiesByIndex) {
  ClusterModel m = Sentences({5, 5, 5, 5});
  Values v({1, 3, 3, 2});
  auto chosen = GreedySelect(m, {LengthBudget::Unit::kWords, 12}, v, {});
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(v.added, chosen);
}

TEST(GreedyTest, SkipsWhatDoesNotFitAndKeepsFilling) {
  ClusterModel m = Sentences({8, 3, 6, 2});
  Values v({4, 3, 2, 1});
  auto chosen = GreedySelect(m, {LengthBudget::Unit::kWords, 10}, v, {});
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 3}));
}

TEST(GreedyTest, CostScaling) {
  ClusterModel m = Sentences({10, 2});
  Values v({4, 1});
  GreedyOptions options;
  options.cost_exponent = 1;
  auto chosen = GreedySelect(m, {LengthBudget::Unit::kWords, 10}, v, options);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1}));  // 1/2 beats 4/10; then 0 no longer fits
  options.compare_best_singleton = true;
  EXPECT_EQ(GreedySelect(m, {LengthBudget::Unit::kWords, 10}, v, options),
            (std::vector<std::size_t>{0}));
}

TEST(GreedyTest, StopWithoutGainKeepsTheFirstSentence) {
  ClusterModel m = Sentences({2, 2, 2});
  Values zero({0, 0, 0});
  GreedyOptions options;
  options.stop_without_gain = true;
  EXPECT_EQ(GreedySelect(m, {LengthBudget::Unit::kWords, 10}, zero, options),
            (std::vector<std::size_t>{0}));
  Values some({0, 1, 0});
  EXPECT_EQ(GreedySelect(m, {LengthBudget::Unit::kWords, 10}, some, options),
            (std::vector<std::size_t>{1}));
  Values fill({0, 1, 0});
  EXPECT_EQ(GreedySelect(m, {LengthBudget::Unit::kWords, 10}, fill, {}),
            (std::vector<std::size_t>{1, 0, 2}));
}

TEST(GreedyTest, NegativeInfinityExcludesForTheRound) {
  ClusterModel m = Sentences({2, 2});
  Values v({-std::numeric_limits<double>::infinity(), -5});
  EXPECT_EQ(GreedySelect(m, {LengthBudget::Unit::kWords, 10}, v, {}),
            (std::vector<std::size_t>{1}));
}

TEST(GreedyTest, AllowedMask) {
  ClusterModel m = Sentences({2, 2, 2});
  Values v({3, 2, 1});
  std::vector<bool> allowed = {false, true, true};
  GreedyOptions options;
  options.allowed = &allowed;
  EXPECT_EQ(GreedySelect(m, {LengthBudget::Unit::kSentences, 1}, v, options),
            (std::vector<std::size_t>{1}));
}

TEST(GreedyTest, StartRoundSeesTheOpenCandidates) {
  class Recorder : public Values {
   public:
    using Values::Values;
    void StartRound(std::span<const std::size_t> c) override {
      rounds.emplace_back(c.begin(), c.end());
    }
    std::vector<std::vector<std::size_t>> rounds;
  };
  ClusterModel m = Sentences({4, 3, 9, 2});
  Recorder r({1, 2, 3, 4});
  auto chosen = GreedySelect(m, {LengthBudget::Unit::kWords, 8}, r, {});
  EXPECT_EQ(chosen, (std::vector<std::size_t>{3, 1}));
  // Nothing fits after two picks, so there is no third round.
  ASSERT_EQ(r.rounds.size(), 2u);
  EXPECT_EQ(r.rounds[0], (std::vector<std::size_t>{0, 1, 3}));
  EXPECT_EQ(r.rounds[1], (std::vector<std::size_t>{0, 1}));
}

TEST(GreedyTest, SelectByScoreSkipsNearDuplicatesAndContentless) {
  SimpleCluster c;
  auto d = c.AddDocument();
  c.Add(d, "storm hits the coast hard");
  c.Add(d, "the storm hits the coast hard");
  c.Add(d, "it is what it is");
  c.Add(d, "river floods town");
  ClusterModel m = std::move(c).Build();
  TermVectors vectors(m);
  auto chosen = SelectByScore(m, {LengthBudget::Unit::kWords, 100}, {4, 3, 2, 1}, vectors);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 3}));
  // A looser threshold lets the duplicate in.
  chosen = SelectByScore(m, {LengthBudget::Unit::kWords, 100}, {4, 3, 2, 1}, vectors, 1.5);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 1, 3}));
}

TEST(GreedyTest, APassageIsRepeatedWhenItIsMuchOfTheShorterSentence) {
  SimpleCluster c;
  auto d = c.AddDocument();
  c.Add(d, "\"I was just so excited and looking forward to the day,\" she said.");
  c.Add(d,
        "So I was just so excited and looking forward to the day, his widow told the court "
        "on Monday.");
  c.Add(d,
        "The company has filed a lawsuit against the organizers of the festival, seeking "
        "damages for fraud and breach of contract on behalf of hundreds of attendees.");
  c.Add(d,
        "A second attendee has filed a lawsuit against the organizers of the festival in a "
        "federal court in Los Angeles, where the case will be heard next spring by a jury.");
  ClusterModel m = std::move(c).Build();
  const PassageCache passages(m);
  EXPECT_TRUE(SharePassage(passages.Of(0), passages.Of(1)));
  // A phrase two long sentences share ("filed a lawsuit against the
  // organizers of the festival") is not the same thing said.
  EXPECT_FALSE(SharePassage(passages.Of(2), passages.Of(3)));
  EXPECT_FALSE(SharePassage(passages.Of(0), passages.Of(2)));
}

TEST(GreedyTest, TwoSentencesQuotingTheSameWordsSayTheSame) {
  SimpleCluster c;
  auto d = c.AddDocument();
  c.Add(d,
        "Graswald told authorities she tampered with his kayak and that as she watched him "
        "drown, \"it felt good knowing he was going to die,\" prosecutors said.");
  c.Add(d,
        "A woman accused of killing her fiance admitted tampering with his kayak and later "
        "confessed \u201cit felt good knowing he would die,\u201d a prosecutor said.");
  c.Add(d, "It felt good knowing he was going to die, the prosecutor said of the confession.");
  c.Add(d, "\"We are going to die,\" the passengers shouted as the ferry listed.");
  ClusterModel m = std::move(c).Build();
  const PassageCache passages(m);
  GreedyOptions options;
  options.passages = &passages;
  EXPECT_FALSE(passages.QuotedOf(0).empty());
  EXPECT_TRUE(SameContent(options, 0, 1, 1));
  // The same words outside quotation marks are no quotation (the passage
  // rule judges them), and a shorter run of them quoted is not one told twice.
  EXPECT_TRUE(passages.QuotedOf(2).empty());
  EXPECT_FALSE(SameContent(options, 0, 3, 1));
  EXPECT_TRUE(QuotedRuns("No one is quoted here.").empty());
}

TEST(Jaccard, OfSortedSets) {
  EXPECT_DOUBLE_EQ(Jaccard({1, 2, 3}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(Jaccard({1, 2}, {1, 2}), 1.0);
  EXPECT_DOUBLE_EQ(Jaccard({}, {}), 0.0);
  EXPECT_DOUBLE_EQ(Jaccard({1}, {}), 0.0);
  EXPECT_DOUBLE_EQ(Containment({1, 2}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(Containment({}, {2}), 0.0);
  EXPECT_EQ(SortedSet({3, 1, 3, 2}), (std::vector<int>{1, 2, 3}));
}

}  // namespace
}  // namespace precis::select
