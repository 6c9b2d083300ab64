#include "select/coverage.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "select/greedy.h"
#include "select/test_clusters.h"

namespace precis::select {
namespace {

using testing::ExpectValidSelection;

// Sentence of `words` distinct content words.
std::string Unique(const std::string& prefix, int words) {
  std::string text;
  for (int k = 0; k < words; ++k) text += (k ? " " : "") + prefix + std::to_string(k);
  return text + ".";
}

// Weight of the concepts that tokens [first, first + tokens) of a sentence add
// to those of its earlier tokens.
double WeightOf(const ClusterModel& model, const WeightedConcepts& concepts, std::size_t sentence,
                std::size_t first_token, std::size_t tokens) {
  // The concepts of a window = prefix(first + tokens) minus prefix(first).
  auto all = concepts.PrefixConcepts(model, sentence, first_token + tokens);
  auto before = concepts.PrefixConcepts(model, sentence, first_token);
  double w = 0;
  for (int c : all)
    if (std::find(before.begin(), before.end(), c) == before.end()) w += concepts.weights[c];
  return w;
}

TEST(CoverageTest, EarlyConceptsWeighMoreAndUnigramsAQuarter) {
  // "storm hit" opens documents A and B, and comes late in C.
  SimpleCluster c;
  for (const char* id : {"A", "B", "C"}) {
    auto d = c.AddDocument(id);
    if (std::string(id) != "C") c.Add(d, "Storm hit coast towns.");
    c.Add(d, Unique(std::string(id) + "x", 6));
    c.Add(d, Unique(std::string(id) + "y", 6));
    c.Add(d, "Rain fell on farms.");
    if (std::string(id) == "C") c.Add(d, "Storm hit coast towns.");
  }
  ClusterModel model = std::move(c).Build();
  WeightedConcepts concepts = ExtractWeightedConcepts(model);
  EXPECT_EQ(concepts.min_docs, 1);  // too few concepts in 3 or 2 documents
  // Sentence 0 is "Storm hit coast towns." of A; its bigram "storm hit":
  // first in A and B (position 0), at position 3 in C.
  const double early = 1 + CoverageMethod::kPositionBoost;
  const double late = 1 + CoverageMethod::kPositionBoost * std::exp(-3.0 / 3.0);
  std::vector<int> storm_hit = concepts.PrefixConcepts(model, 0, 2);
  // Concepts of the first two tokens: "storm", "hit" and "storm hit".
  ASSERT_EQ(storm_hit.size(), 3u);
  double total = 0;
  for (int k : storm_hit) total += concepts.weights[k];
  EXPECT_NEAR(total, (2 * early + late) * (1 + 2 * CoverageMethod::kUnigramWeight), 1e-9);
  // "rain fell" is at position 2 or 3 everywhere: it weighs less.
  const std::size_t rain = 3;  // A's fourth sentence
  EXPECT_EQ(model.sentences[rain].text, "Rain fell on farms.");
  EXPECT_LT(WeightOf(model, concepts, rain, 0, 2), total);
}

TEST(CoverageTest, BigramsNeedThreeDocumentsWhenThereAreEnough) {
  SimpleCluster c;
  for (int d = 0; d < 4; ++d) {
    auto doc = c.AddDocument();
    c.Add(doc, "Hurricane Gilbert struck Jamaica with strong winds and heavy rain on Monday.");
    c.Add(doc, Unique("only" + std::to_string(d) + "w", 12));
  }
  ClusterModel model = std::move(c).Build();
  WeightedConcepts concepts = ExtractWeightedConcepts(model);
  EXPECT_EQ(concepts.min_docs, 3);
  // The one-document sentences have no concept left.
  EXPECT_TRUE(concepts.sentence_concepts[1].empty());
  EXPECT_FALSE(concepts.sentence_concepts[0].empty());
}

TEST(CoverageTest, LeavesOutUnfinishedLines) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "Officials said the bridge over the harbor will close for repairs next month.");
  c.Add(a, "The harbor bridge repairs will cost the city nearly forty million dollars, and the");
  auto b = c.AddDocument("b");
  c.Add(b, "Harbor bridge repairs to cost forty million dollars as the city closes the bridge");
  c.Add(b, "The harbor bridge will close next month for repairs costing forty million dollars.");
  c.Add(b, "Drivers will use the old tunnel while the harbor bridge repairs go on.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 40};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  EXPECT_FALSE(s.chosen.empty());
  EXPECT_EQ(std::count(s.chosen.begin(), s.chosen.end(), 1u), 0) << "chose the cut line";
  EXPECT_EQ(std::count(s.chosen.begin(), s.chosen.end(), 2u), 0) << "chose the headline";
  // With nothing else, an unfinished line is still a summary.
  SimpleCluster only;
  only.Add(only.AddDocument(), "Harbor bridge repairs to cost forty million dollars, city says");
  ClusterModel one = std::move(only).Build();
  EXPECT_EQ(CoverageMethod().Select(one, budget).chosen, std::vector<std::size_t>{0});
}

// The sentences a 16-word coverage summary chooses when sentence 1 (after
// an unrelated opening line) and sentence 3 ("Senator Smith said the senate
// vote ...") say the same; `rival_in_quotation`: the analysis marked
// sentence 1 as inside a quotation sentence 0 opened.
std::vector<std::size_t> ChosenBetweenRivals(const std::string& rival,
                                             bool rival_in_quotation = false) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "Unrelated words about gardening and tomatoes fill this opening line today.");
  c.Add(a, rival);
  auto b = c.AddDocument("b");
  c.Add(b, "Nothing here concerns anything else in the cluster at all, really nothing.");
  c.Add(b, "Senator Smith said the senate vote on the budget bill was delayed until next week.");
  ClusterModel model = std::move(c).Build();
  model.sentences[1].in_quotation = rival_in_quotation;
  LengthBudget budget{LengthBudget::Unit::kWords, 16};
  return CoverageMethod().Select(model, budget).chosen;
}

TEST(CoverageTest, AvoidsAnOpeningPronounUnlessItsAntecedentIsChosen) {
  EXPECT_EQ(ChosenBetweenRivals(
                "He said the senate vote on the budget bill was delayed until next week."),
            std::vector<std::size_t>{3});
}

TEST(CoverageTest, AvoidsAConnectiveOpeningUnlessWhatItAnswersIsChosen) {
  // "But ..." answers the sentence before it, which is not chosen.
  EXPECT_EQ(ChosenBetweenRivals(
                "But the senate vote on the budget bill was delayed until next week, Smith said."),
            std::vector<std::size_t>{3});
}

TEST(CoverageTest, AvoidsATimeToldFromAnEventNotChosen) {
  // "The next day" and "Two days later" count from the sentence before.
  EXPECT_EQ(ChosenBetweenRivals(
                "The next day, the senate vote on the budget bill was delayed until next week."),
            std::vector<std::size_t>{3});
  EXPECT_EQ(ChosenBetweenRivals(
                "Two days later the senate vote on the budget bill was delayed until next week."),
            std::vector<std::size_t>{3});
}

TEST(CoverageTest, AvoidsTheMiddleOfAQuotationUnlessItsOpeningIsChosen) {
  const std::string rival =
      "The senate vote on the budget bill was delayed until next week by the committee.";
  EXPECT_EQ(ChosenBetweenRivals(rival), std::vector<std::size_t>{1});
  // Inside a quotation whose speaker only its end names: sentence 3 instead.
  EXPECT_EQ(ChosenBetweenRivals(rival, true), std::vector<std::size_t>{3});
}

TEST(CoverageTest, AvoidsABareQuotationUnlessTheSentenceBeforeItIsChosen) {
  // Who said it is told in the sentence before, which is not chosen.
  EXPECT_EQ(ChosenBetweenRivals(
                "\"The senate vote on the budget bill was delayed until next week again.\""),
            std::vector<std::size_t>{3});
}

TEST(CoverageTest, AvoidsTheFirstPersonUnlessTheSentenceBeforeItIsChosen) {
  // "We" are named in the sentence before, which is not chosen.
  EXPECT_EQ(ChosenBetweenRivals(
                "We said the senate vote on the budget bill was delayed until next week again."),
            std::vector<std::size_t>{3});
}

TEST(CoverageTest, AvoidsAnItemOfAListWithoutItsLead) {
  EXPECT_EQ(ChosenBetweenRivals(
                "_ The senate vote on the budget bill was delayed until next week again."),
            std::vector<std::size_t>{3});
}

// The sentences a 16-word coverage summary chooses when `naming` (sentence
// 2) and "Senator Smith said the senate vote ..." (sentence 4) say the
// same, and only a sentence about something else introduces "Paul Jones".
std::vector<std::size_t> ChosenWhenOnlyAnotherSentenceIntroducesJones(const std::string& naming) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "Paul Jones spent the day gardening with his tomatoes and beans at home.");
  c.Add(a, "Unrelated words about fishing and boats fill this other line today.");
  c.Add(a, naming);
  auto b = c.AddDocument("b");
  c.Add(b, "Nothing here concerns anything else in the cluster at all, really nothing.");
  c.Add(b, "Senator Smith said the senate vote on the budget bill was delayed until next week.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 16};
  return CoverageMethod().Select(model, budget).chosen;
}

TEST(CoverageTest, AvoidsATitledSurnameUnlessASentenceNamingThePersonIsChosen) {
  EXPECT_EQ(ChosenWhenOnlyAnotherSentenceIntroducesJones(
                "Mr. Jones said the senate vote on the budget bill was delayed until next week."),
            std::vector<std::size_t>{4});
}

TEST(CoverageTest, AvoidsASpeakerBySurnameUnlessASentenceNamingThemInFullIsChosen) {
  EXPECT_EQ(ChosenWhenOnlyAnotherSentenceIntroducesJones(
                "The senate vote on the budget bill was delayed until next week, Jones said."),
            std::vector<std::size_t>{4});
}

TEST(CoverageTest, DropsWhatLeansOnADroppedSentence) {
  // Sentence 2 continues the quotation sentence 1 opens; sentence 1 names
  // "Mr. Jones", whom only an unchosen sentence introduces: both go.
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "Paul Jones spent the day gardening with his tomatoes and beans at home.");
  c.Add(a, "Mr. Jones said: \"The senate vote on the budget bill.");
  c.Add(a, "It was delayed until next week by the senate budget committee.\"");
  auto b = c.AddDocument("b");
  c.Add(b, "Nothing here concerns anything else in the cluster at all, really nothing.");
  c.Add(b,
        "Senator Smith said on a long and cold day in the capital that the senate vote on the "
        "budget bill was delayed until next week by the committee.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 22};
  const auto chosen = CoverageMethod().Select(model, budget).chosen;
  EXPECT_EQ(std::count(chosen.begin(), chosen.end(), 1u), 0) << chosen.size();
  EXPECT_EQ(std::count(chosen.begin(), chosen.end(), 2u), 0) << chosen.size();
}

TEST(CoverageTest, TakesOneOfTwoRetellingsSharingHalfTheirContentWords) {
  // Two articles tell the same finding in other words (TF-IDF cosine under
  // kSameContentCosine, half the content stems shared): one telling is kept.
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "Police believe the gunman acted alone yesterday near Denver.");
  c.Add(a, "The mall reopened on Friday morning with extra guards at every entrance.");
  auto b = c.AddDocument("b");
  c.Add(b, "Police believe the gunman acted alone, sheriff Miller said.");
  c.Add(b, "Shoppers returned to the busy mall on Friday past guards at the doors.");
  ClusterModel model = std::move(c).Build();
  const auto sets = ContentSets(model);
  ASSERT_GE(Jaccard(sets[0], sets[2]), CoverageMethod::kSameContentJaccard);
  ASSERT_LE(TermVectors(model).Cosine(0, 2), CoverageMethod::kSameContentCosine);
  LengthBudget budget{LengthBudget::Unit::kWords, 60};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  auto count = [&](std::size_t i) { return std::count(s.chosen.begin(), s.chosen.end(), i); };
  EXPECT_EQ(count(0) + count(2), 1);
}

TEST(CoverageTest, TakesOneOfTwoSentencesTellingOneCount) {
  // The same count in other words ("killed" / "died"): under a third of the
  // content stems shared, but the count and "people" are.
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "All 217 people aboard the plane were killed when it crashed.");
  c.Add(a, "Divers searched the ocean floor for the flight recorders on Monday.");
  auto b = c.AddDocument("b");
  c.Add(b, "All 217 people on board died in the EgyptAir flight crash.");
  c.Add(b, "The search for the recorders on the ocean floor went on until Tuesday.");
  ClusterModel model = std::move(c).Build();
  const auto sets = ContentSets(model);
  ASSERT_LT(Jaccard(sets[0], sets[2]), CoverageMethod::kRetellingJaccard);
  LengthBudget budget{LengthBudget::Unit::kWords, 60};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  auto count = [&](std::size_t i) { return std::count(s.chosen.begin(), s.chosen.end(), i); };
  EXPECT_EQ(count(0) + count(2), 1);
}

TEST(CoverageTest, TakesOneOfTwoRetellingsSharingAThirdOfTheirContentWords) {
  // The same charge told by two articles in their own words: fewer than
  // half of the content stems are shared, but a reader hears it twice.
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a,
        "A registered nurse is accused of assisting in an emergency surgical procedure on a "
        "patient at the Wilkes-Barre VA medical center while under the influence of alcohol.");
  c.Add(a, "The hospital placed her on leave and said patients were never in danger.");
  auto b = c.AddDocument("b");
  c.Add(b,
        "A nurse is charged with being drunk while assisting on an emergency surgery at the "
        "VA medical center near Wilkes-Barre.");
  c.Add(b, "Prosecutors said a breath test showed twice the legal limit after the operation.");
  ClusterModel model = std::move(c).Build();
  const auto sets = ContentSets(model);
  ASSERT_LT(Jaccard(sets[0], sets[2]), CoverageMethod::kSameContentJaccard);
  ASSERT_GE(Jaccard(sets[0], sets[2]), CoverageMethod::kRetellingJaccard);
  ASSERT_GE(TermVectors(model).Cosine(0, 2), CoverageMethod::kRetellingCosine);
  LengthBudget budget{LengthBudget::Unit::kWords, 80};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  auto count = [&](std::size_t i) { return std::count(s.chosen.begin(), s.chosen.end(), i); };
  EXPECT_EQ(count(0) + count(2), 1);
}

TEST(CoverageTest, TakesOneOfTwoSentencesCarryingTheSameQuotation) {
  // Two articles carry the same quotation inside sentences that otherwise
  // differ (cosine and Jaccard below the thresholds): said once.
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a,
        "\"I was just so excited and looking forward to spending the day with him,\" said "
        "Nicole Oulson, who met the former Navy sailor at a bank fourteen years ago.");
  c.Add(a, "The theater reopened on Friday morning with extra guards at every entrance.");
  auto b = c.AddDocument("b");
  c.Add(b,
        "Through tears at a news conference, his widow recalled the matinee: I was just so "
        "excited and looking forward to spending the day with him.");
  c.Add(b, "Prosecutors charged the retired police captain with second-degree murder.");
  ClusterModel model = std::move(c).Build();
  const PassageCache passages(model);
  ASSERT_TRUE(SharePassage(passages.Of(0), passages.Of(2)));
  ASSERT_FALSE(SharePassage(passages.Of(0), passages.Of(1)));
  ASSERT_LT(Jaccard(ContentSets(model)[0], ContentSets(model)[2]),
            CoverageMethod::kSameContentJaccard);
  LengthBudget budget{LengthBudget::Unit::kWords, 100};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  auto count = [&](std::size_t i) { return std::count(s.chosen.begin(), s.chosen.end(), i); };
  EXPECT_EQ(count(0) + count(2), 1);
}

TEST(CoverageTest, AvoidsAPieceOfAQuoteUnlessItsStartIsChosen) {
  // Sentence 1 closes a quote opened before it.
  EXPECT_EQ(
      ChosenBetweenRivals("The senate vote on the budget bill was delayed until next week.\""),
      std::vector<std::size_t>{3});
}

// The sentences coverage chooses, within `words`, from an article of
// `first` (sentence i of the model is its i-th) and of `second` (after it),
// when two more articles tell `retelling` only in a sentence too long to
// take: what `first` or `second` hold of it is the most a sentence adds.
std::vector<std::size_t> ChosenBesideLongRetellings(const std::vector<std::string>& first,
                                                    const std::vector<std::string>& second,
                                                    const std::string& retelling,
                                                    std::size_t words) {
  SimpleCluster c;
  for (const auto* sentences : {&first, &second}) {
    if (sentences->empty()) continue;
    auto d = c.AddDocument();
    for (const auto& sentence : *sentences) c.Add(d, sentence);
  }
  for (int k = 0; k < 2; ++k) c.Add(c.AddDocument(), retelling);
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, words};
  return CoverageMethod().Select(model, budget).chosen;
}

constexpr const char* kGardening =
    "Paul Jones spent a long day gardening with his tomatoes and beans at home.";

// A quotation's end or its opening, with the sentence before it left out,
// is not taken however much it covers: its speaker is in that sentence.
TEST(CoverageTest, NeverTakesTheEndOfAQuotationWithoutItsStart) {
  for (const std::string piece :
       {"The senate vote on the budget bill was delayed until next week by the committee.\"",
        "\"The senate vote on the budget bill was delayed until next week, by the committee."}) {
    const auto chosen = ChosenBesideLongRetellings(
        {kGardening, piece}, {},
        "Officials in the capital said on a long and cold day of talks that the senate vote on the "
        "budget bill was delayed until next week by the committee after members disagreed over "
        "spending.",
        16);
    EXPECT_FALSE(chosen.empty()) << piece;
    EXPECT_EQ(std::count(chosen.begin(), chosen.end(), 1u), 0) << piece;
  }
}

// A sentence whose first quotation mark closes the quotation ("...,\" the
// senator said.") ends one opened before it, here where the crawl lost its
// opening mark: not taken without that sentence, which does not fit.
TEST(CoverageTest, DropsAQuotationsEndBeforeItsSpeakerWhoseStartIsLeftOut) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  c.Add(a, "We fought for months over every line of it and in the end we lost the argument.");
  c.Add(a, "The senate vote on the budget bill was delayed until next week,\" the senator said.");
  for (int k = 0; k < 2; ++k) {
    auto d = c.AddDocument();
    c.Add(d, "Nothing here concerns anything else in the cluster at all, really nothing.");
    c.Add(d,
          "On a long and cold day in the capital, with the heating off and the lights low, the "
          "senate vote on the budget bill was delayed until next week.");
  }
  ClusterModel model = std::move(c).Build();
  ASSERT_FALSE(model.sentences[1].in_quotation);
  LengthBudget budget{LengthBudget::Unit::kWords, 20};
  const auto chosen = CoverageMethod().Select(model, budget).chosen;
  EXPECT_EQ(std::count(chosen.begin(), chosen.end(), 1u), 0);
}

// The greedy only discounts "..., Jones said." when no sentence naming
// Jones in full is chosen; where it still covers the most but the sentence
// introducing Jones does not fit beside it, it goes: the reader is not left
// asking who Jones is.
TEST(CoverageTest, DropsASpeakerBySurnameWhoseIntroductionDoesNotFit) {
  const auto chosen = ChosenBesideLongRetellings(
      {kGardening, "The senate vote on the budget bill was delayed until next week, Jones said."},
      {},
      "Officials in the capital said on a long and cold day of talks that the senate vote on the "
      "budget bill was delayed until next week by the committee after members disagreed over "
      "spending.",
      20);
  EXPECT_EQ(std::count(chosen.begin(), chosen.end(), 1u), 0);
}

// A sentence dropped for leaning on the one before it brings that one in
// only when it does not say what a chosen sentence says.
TEST(CoverageTest, BringsInNoAntecedentThatRepeatsAChosenSentence) {
  const auto chosen = ChosenBesideLongRetellings(
      {"The town council voted on Thursday night to rename the holiday tree lighting.",
       "She resigned from the council in protest and walked out of the meeting."},
      {"On Thursday night the town council voted to rename the holiday tree lighting, Mayor "
       "Storey said."},
      "Officials in the town said on a long and cold night of debate, in a hall full of angry "
      "residents and reporters from far away, that she resigned from the council in protest and "
      "walked out of the meeting after the council voted to rename the holiday tree lighting, "
      "Mayor Storey said.",
      45);
  const bool first = std::count(chosen.begin(), chosen.end(), 0u) > 0;
  const bool retold = std::count(chosen.begin(), chosen.end(), 2u) > 0;
  EXPECT_FALSE(first && retold) << chosen.size();
}

// A question without its answer (the sentence after it) leaves the reader
// asking; with it, it may be taken.
TEST(CoverageTest, TakesAQuestionOnlyWithItsAnswer) {
  for (const bool answered : {false, true}) {
    std::vector<std::string> article = {
        kGardening,
        "Why was the senate vote on the budget bill delayed until next week by the committee?"};
    if (answered)
      article.push_back("The senate budget committee wanted more time to read the bill.");
    const auto chosen = ChosenBesideLongRetellings(
        article, {},
        "Officials in the capital said on a long and cold day of talks that the senate vote on the "
        "budget bill was delayed until next week by the committee after members disagreed over "
        "spending, and the senate budget committee wanted more time.",
        30);
    EXPECT_FALSE(chosen.empty());
    const bool asked = std::count(chosen.begin(), chosen.end(), 1u) > 0;
    if (!answered) {
      EXPECT_FALSE(asked);
    } else if (asked) {
      EXPECT_EQ(std::count(chosen.begin(), chosen.end(), 2u), 1);
    }
  }
}

TEST(CoverageTest, NeverWorseThanTheGreedyCoverage) {
  // Local search only accepts improvements of the (penalised) coverage; on a
  // cluster without pronouns that means coverage at least the greedy's.
  ClusterModel model = testing::ThemeCluster();
  WeightedConcepts concepts = ExtractWeightedConcepts(model);
  for (std::size_t limit : {12, 20, 30, 45, 60}) {
    LengthBudget budget{LengthBudget::Unit::kWords, limit};
    Selection s = CoverageMethod().Select(model, budget);
    ExpectValidSelection(model, budget, s);
    // A plain greedy on the same concepts.
    class Plain final : public GreedyObjective {
     public:
      explicit Plain(const WeightedConcepts& c) : c_(c), covered_(c.weights.size(), false) {}
      double Gain(std::size_t i) override {
        double g = 0;
        for (int k : c_.sentence_concepts[i])
          if (!covered_[k]) g += c_.weights[k];
        return g;
      }
      void Add(std::size_t i) override {
        for (int k : c_.sentence_concepts[i]) covered_[k] = true;
      }

     private:
      const WeightedConcepts& c_;
      std::vector<bool> covered_;
    } plain(concepts);
    GreedyOptions options;
    options.cost_exponent = 1;
    options.stop_without_gain = true;
    options.compare_best_singleton = true;
    auto greedy = GreedySelect(model, budget, plain, options);
    EXPECT_GE(concepts.Coverage(s.chosen) + 1e-9, concepts.Coverage(greedy)) << limit;
  }
}

TEST(CoverageTest, LeftOutSentencesScoreWhatTheirFittingWordsAdd) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  auto b = c.AddDocument("b");
  c.Add(a, "Gilbert hit Jamaica with winds of 120 miles per hour.");
  c.Add(b, "Gilbert hit Jamaica with winds of 120 miles per hour.");
  c.Add(a, "Cuba suffered flooding damage as Gilbert moved west.");
  c.Add(b, "Gilbert hit Jamaica hard and Cuba suffered flooding damage.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 14};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_LT(s.chosen[0], 2u);
  // Four words left: "Cuba suffered flooding damage" adds, "Gilbert hit
  // Jamaica hard" does not ("jamaica hard" is in one document only).
  EXPECT_GT(s.scores[2], 0);
  EXPECT_EQ(s.scores[3], 0);
}

// Two documents telling the same two sentences (sentences 0-1 and 2-3: enough
// shared bigrams that concepts need two documents), then what each says
// alone: `only_a` after the first's, `only_b` after the second's.
ClusterModel TwoStormReports(const std::vector<const char*>& only_a,
                             const std::vector<const char*>& only_b) {
  SimpleCluster c;
  auto a = c.AddDocument("a");
  auto b = c.AddDocument("b");
  for (auto d : {a, b}) {
    c.Add(d, "Gilbert hit Jamaica with winds of 120 miles per hour.");
    c.Add(d, "The storm killed nine people in Kingston and left thousands homeless.");
  }
  for (const char* text : only_a) c.Add(a, text);
  for (const char* text : only_b) c.Add(b, text);
  return std::move(c).Build();
}

// The selection on a 50-word budget: how often each sentence is chosen, and
// the words chosen.
struct OnFiftyWords {
  std::vector<long> count;
  std::size_t words = 0;
};
OnFiftyWords ChosenOnFiftyWords(const ClusterModel& model) {
  LengthBudget budget{LengthBudget::Unit::kWords, 50};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  OnFiftyWords out;
  out.count.assign(model.sentences.size(), 0);
  for (std::size_t i : s.chosen) ++out.count[i];
  out.words = testing::TotalCost(model, budget, s.chosen);
  return out;
}

TEST(CoverageTest, FillsTheBudgetWithWhatOneDocumentAloneSays) {
  // Once the shared concepts are covered, the budget is filled to
  // kFillShare with sentences a reader can take alone: never a copy of a
  // chosen one, nor a sentence opening with a pronoun whose antecedent is
  // left out.
  const ClusterModel model =
      TwoStormReports({"Cuba braced for flooding as forecasters tracked the hurricane westward."},
                      {"Relief agencies flew tents and water to the island on Tuesday morning.",
                       "They said many families had lost their roofs overnight."});
  const auto [count, words] = ChosenOnFiftyWords(model);
  EXPECT_EQ(count[0] + count[2], 1);
  EXPECT_EQ(count[1] + count[3], 1);
  EXPECT_EQ(count[4], 1);
  EXPECT_EQ(count[5], 1);
  EXPECT_EQ(count[6], 0);  // leans on sentence 5, and does not fit beside it
  EXPECT_GE(static_cast<double>(words), CoverageMethod::kFillShare * 50);
}

TEST(CoverageTest, ShortOfTheBudgetALeanerComesWithItsShortLeadIn) {
  // The second document also has a short sentence (under kMinWords, so the
  // fill never takes it alone) and one leaning on it. Short of kFillShare
  // with nothing else left, the pair is taken together: the short one reads
  // as the lead-in it is.
  const ClusterModel model = TwoStormReports(
      {}, {"Relief flights landed on Tuesday.",
           "They carried tents, water and medicine for the families of fishermen."});
  ASSERT_LT(model.sentences[4].words, CoverageMethod::kMinWords);
  ASSERT_GE(model.sentences[4].words, CoverageMethod::kMinAntecedentWords);
  const auto count = ChosenOnFiftyWords(model).count;
  EXPECT_EQ(count[0] + count[2], 1);
  EXPECT_EQ(count[1] + count[3], 1);
  EXPECT_EQ(count[4], 1);
  EXPECT_EQ(count[5], 1);
}

TEST(CoverageTest, ALeanersShortLeadInMustNotLeanItself) {
  // As above, but the short sentence opens with a pronoun too: the pair
  // would hang on a sentence left out, so neither is taken (and the summary
  // stays short of kFillShare).
  const ClusterModel model = TwoStormReports(
      {}, {"They landed on Tuesday.",
           "They carried tents, water and medicine for the families of fishermen."});
  const auto [count, words] = ChosenOnFiftyWords(model);
  EXPECT_EQ(count[4], 0);
  EXPECT_EQ(count[5], 0);
  EXPECT_LT(static_cast<double>(words), CoverageMethod::kFillShare * 50);
}

TEST(CoverageTest, ShortOfTheBudgetALongerTellingTakesTheShorterOnesPlace) {
  // The articles share two facts; one tells the first in a few words, the
  // other in more words that say more. The selection takes the shorter
  // telling; short of kFillShare with nothing new left, the longer one,
  // holding all of the shorter one's content words, takes its place: the
  // fact told once, the budget used.
  SimpleCluster c;
  auto a = c.AddDocument("a");
  auto b = c.AddDocument("b");
  c.Add(a, "Gilbert hit Jamaica with winds of 120 miles per hour.");
  c.Add(b,
        "Gilbert hit Jamaica with winds of 120 miles per hour, flattening banana farms and "
        "cutting power across the island.");
  for (auto d : {a, b}) c.Add(d, "The storm killed nine people in Kingston on Monday.");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 40};
  ASSERT_GE(Containment(ContentSets(model)[0], ContentSets(model)[1]),
            CoverageMethod::kUpgradeContainment);
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  auto count = [&](std::size_t i) { return std::count(s.chosen.begin(), s.chosen.end(), i); };
  EXPECT_EQ(count(0), 0);
  EXPECT_EQ(count(1), 1);
  EXPECT_EQ(count(2) + count(3), 1);
}

TEST(CoverageTest, QueryWordsTipTheBalance) {
  // Two themes, each the lead of two documents; the query asks about the
  // second one.
  SimpleCluster c;
  for (int d = 0; d < 4; ++d)
    c.Add(c.AddDocument(),
          d % 2 ? "Engineers repaired the damaged harbor bridge before the winter storms arrived."
                : "Farmers harvested record wheat crops across the northern plains this autumn.");
  c.SetQuery("harbor bridge repairs");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 12};
  Selection s = CoverageMethod().Select(model, budget);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_EQ(model.sentences[s.chosen[0]].text.substr(0, 9), "Engineers");
}

TEST(CoverageTest, AShortQuestionKeepsToSentencesHoldingItsWords) {
  // What every document leads with is not what the reader asked about; the
  // sentences holding both question words come before those holding one.
  SimpleCluster c;
  for (int d = 0; d < 4; ++d) {
    std::size_t doc = c.AddDocument();
    c.Add(doc, "Foreign ministers met in Rome on Monday to discuss the talks with the rebels.");
    c.Add(doc, "The ministers agreed that the talks with the rebels should go on next week.");
    if (d == 0) c.Add(doc, "Inspectors found that chemical weapons had been used near the city.");
    if (d == 1) c.Add(doc, "Rebels said they had seized weapons from an army depot.");
  }
  c.SetQuery("chemical weapons");
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 14};
  Selection s = CoverageMethod().Select(model, budget);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_EQ(model.sentences[s.chosen[0]].text.substr(0, 10), "Inspectors");
  // A long topic statement is weighed, not a filter.
  SimpleCluster t;
  for (int d = 0; d < 4; ++d)
    t.Add(t.AddDocument(),
          "Foreign ministers met in Rome on Monday to discuss the talks with the rebels.");
  t.Add(t.AddDocument(), "Inspectors found that chemical weapons had been used near the city.");
  t.SetQuery(
      "Describe the talks between foreign ministers and rebels, their dates, places and "
      "what was agreed about chemical weapons.");
  ClusterModel topic = std::move(t).Build();
  ASSERT_GT(topic.query_terms.size(), CoverageMethod::kShortQueryTerms);
  Selection st = CoverageMethod().Select(topic, budget);
  ASSERT_EQ(st.chosen.size(), 1u);
  EXPECT_EQ(topic.sentences[st.chosen[0]].text.substr(0, 7), "Foreign");
}

TEST(CoverageTest, WhatIsSaidAroundQueryWordsWeighsMore) {
  // "storm damage" and "wheat prices" are equally common; only the first is
  // said in the sentences that hold the query word "bridge".
  SimpleCluster c;
  for (int d = 0; d < 3; ++d) {
    std::size_t doc = c.AddDocument();
    c.Add(doc, "Storm damage closed the bridge.");
    c.Add(doc, "Wheat prices rose.");
    c.Add(doc, "Officials counted storm damage and wheat prices again.");
  }
  auto weight_of = [](const ClusterModel& model, const std::string& a, const std::string& b) {
    WeightedConcepts concepts = ExtractWeightedConcepts(model);
    int ta = -1, tb = -1;
    for (std::size_t t = 0; t < model.terms.size(); ++t) {
      if (model.terms[t] == a) ta = static_cast<int>(t);
      if (model.terms[t] == b) tb = static_cast<int>(t);
    }
    const std::uint64_t key =
        (static_cast<std::uint64_t>(ta) << 32) | static_cast<std::uint32_t>(tb);
    for (const auto& [k, id] : concepts.keys)
      if (k == key) return concepts.weights[id];
    return -1.0;
  };
  ClusterModel plain = SimpleCluster(c).Build();
  const double plain_ratio =
      weight_of(plain, "storm", "damage") / weight_of(plain, "wheat", "prices");
  c.SetQuery("bridge");
  ClusterModel focused = std::move(c).Build();
  const double focused_ratio =
      weight_of(focused, "storm", "damage") / weight_of(focused, "wheat", "prices");
  EXPECT_GT(weight_of(focused, "wheat", "prices"), 0);
  EXPECT_GT(focused_ratio, 1.5 * plain_ratio);
}

TEST(CoverageTest, WhatWasReadWeighsLess) {
  // Two themes in every new document; the reader has read about the first.
  SimpleCluster c;
  for (int d = 0; d < 4; ++d) {
    std::size_t doc = c.AddDocument();
    c.Add(doc, "Farmers harvested record wheat crops across the northern plains this autumn.");
    c.Add(doc, "Engineers repaired the damaged harbor bridge before the winter storms arrived.");
  }
  LengthBudget budget{LengthBudget::Unit::kWords, 12};
  ClusterModel plain = SimpleCluster(c).Build();
  Selection s = CoverageMethod().Select(plain, budget);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_EQ(plain.sentences[s.chosen[0]].text.substr(0, 7), "Farmers");
  for (std::size_t seen = 0; seen < 2; ++seen)
    c.AddSeenText(seen, "Farmers across the northern plains harvested record wheat crops.");
  ClusterModel update = std::move(c).Build();
  EXPECT_EQ(update.seen_docs, 2u);
  EXPECT_EQ(update.sentences.size(), plain.sentences.size());
  s = CoverageMethod().Select(update, budget);
  ASSERT_EQ(s.chosen.size(), 1u);
  EXPECT_EQ(update.sentences[s.chosen[0]].text.substr(0, 9), "Engineers");
}

TEST(CoverageTest, ZeroTimeLimitKeepsTheGreedySet) {
  ClusterModel model = testing::ThemeCluster();
  WeightedConcepts concepts = ExtractWeightedConcepts(model);
  MethodOptions options;
  options.time_limit_seconds = 0;
  auto greedy_only = MakeMethod("coverage", options);
  ASSERT_TRUE(greedy_only.ok());
  for (std::size_t limit : {12, 30, 60}) {
    LengthBudget budget{LengthBudget::Unit::kWords, limit};
    Selection fast = (*greedy_only)->Select(model, budget);
    Selection full = CoverageMethod().Select(model, budget);
    ExpectValidSelection(model, budget, fast);
    EXPECT_LE(concepts.Coverage(fast.chosen), concepts.Coverage(full.chosen) + 1e-9);
  }
}

// How fast it is, is for `make bench` (select/coverage in bench/select_bench.cc); here only that a
// large cluster gives a valid selection and that the time limit bounds the local search (with a
// wide margin, sanitizer builds being ten times slower).
TEST(CoverageTest, ManySentencesAndTheTimeLimit) {
  SimpleCluster c;
  for (int doc = 0; doc < 25; ++doc) {
    auto d = c.AddDocument();
    for (int k = 0; k < 30; ++k) {
      std::string text;
      for (int w = 0; w < 20; ++w)
        text += "t" + std::to_string((doc * 7 + k * 5 + w * 3) % 400) + " ";
      c.Add(d, text + ".");
    }
  }
  ClusterModel model = std::move(c).Build();
  LengthBudget budget{LengthBudget::Unit::kWords, 250};
  Selection s = CoverageMethod().Select(model, budget);
  ExpectValidSelection(model, budget, s);
  // A budget of most of the cluster: the local search stops at the limit.
  MethodOptions options;
  options.time_limit_seconds = 0.05;
  const auto start = std::chrono::steady_clock::now();
  Selection big = CoverageMethod(options).Select(model, {LengthBudget::Unit::kWords, 10000});
  const double big_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ExpectValidSelection(model, {LengthBudget::Unit::kWords, 10000}, big);
#if defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(big_seconds, 20.0);
#else
  EXPECT_LT(big_seconds, 2.0);
#endif
}

}  // namespace
}  // namespace precis::select
