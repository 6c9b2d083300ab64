// Position-weighted concept coverage, precis's default method. Concepts are
// the bigrams of Gillick & Favre's ILP (concepts.h) plus content unigrams at
// a quarter of the weight. A concept weighs, summed over the documents that
// hold it, 1 + 4 exp(-p / 3), p being the index of its first sentence there:
// what many articles say early is what a news summary says. Bigrams in fewer
// than 3 documents are dropped (2, then 1, when fewer than 10 would be left),
// unigrams in fewer than min(2, that threshold). With a query, concepts
// holding a query word weigh half as much again, every concept gains up to
// twice its weight again by the share of its sentences that hold a query
// word, and the position boost is halved (2 exp(-p / 3)). For a reader who has read
// other documents (update summaries), a concept they hold keeps the square
// of the new part of its presence (n / (n + s), n and s the shares of new
// and seen documents holding it): new facts outweigh old ones.
//
// Candidates have a concept and at least 8 words and end with sentence
// punctuation (not the cut end of a truncated article, nor a headline line);
// the rules are relaxed one by one when nothing is left.
// Selection is the cost-scaled greedy on the covered weight (gain / cost,
// near-duplicates skipped, compared with the best single sentence), then a
// local search that swaps or adds one sentence while the objective grows. A
// sentence that needs the one before it in its document (it opens with a
// pronoun, or its quotation marks do not pair up: a piece of a longer quote)
// counts 30% less in the greedy (15% in the local search) unless that one is
// chosen too. Then a sentence still leaning on a missing one (a pronoun, a
// connective, a piece of a quotation, a name never introduced, a question
// without its answer) is dropped for its antecedent or what covers most, and
// the budget is filled to 80% by every concept, however few documents hold it.
// No solver: a DUC cluster takes about 2 ms. The local search stops at the
// time limit of MethodOptions (counted from the start of Select), keeping the
// best set found so far (results are deterministic unless it is hit); a limit
// <= 0 leaves the greedy set.
//
// Scores: a chosen sentence scores the weight of its concepts; any other
// sentence the weight its first words (as many as the budget has left) would
// still add, so that --fill cuts the sentence that brings the most.
#ifndef PRECIS_SELECT_COVERAGE_H_
#define PRECIS_SELECT_COVERAGE_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "select/greedy.h"
#include "select/method.h"
#include "select/term_vectors.h"

namespace precis::select {

// The weighted concepts of a cluster, as described above.
struct WeightedConcepts {
  std::vector<double> weights;                      // concept id -> weight
  std::vector<std::vector<int>> sentence_concepts;  // sentence -> sorted distinct concept ids
  int min_docs = 1;                                 // the bigram document threshold used

  // Total weight of the distinct concepts of the given sentences.
  double Coverage(const std::vector<std::size_t>& sentences) const;
  // Coverage({sentence}).
  double SentenceWeight(std::size_t sentence) const;
  // Concept ids of the first `tokens` tokens of sentence i (all of them when
  // `tokens` is at least its length).
  std::vector<int> PrefixConcepts(const ClusterModel& model, std::size_t i,
                                  std::size_t tokens) const;
  // The same into `out`, with `words` as scratch (for a loop over every
  // sentence, which then allocates nothing once they have grown).
  void PrefixConcepts(const ClusterModel& model, std::size_t i, std::size_t tokens,
                      std::vector<int>& out, std::vector<const Token*>& words) const;

  // Interned concept keys, for PrefixConcepts.
  std::vector<std::pair<std::uint64_t, int>> keys;  // sorted by key
};

// min_docs > 0 sets the bigram document threshold instead of choosing it.
WeightedConcepts ExtractWeightedConcepts(const ClusterModel& model, int min_docs = 0);

class CoverageMethod final : public Method {
 public:
  static constexpr double kUnigramWeight = 0.25;
  static constexpr double kPositionBoost = 4;
  static constexpr double kPositionDecay = 3;  // sentences
  static constexpr double kQueryBoost = 0.5;
  static constexpr double kQueryRelevanceBoost = 2;
  static constexpr double kQueryPositionBoost = 2;
  // Update summaries: a concept held by a share n of the new documents and
  // s of the seen ones keeps (n / (n + s))^kSeenExponent of its weight.
  static constexpr double kSeenExponent = 2;
  static constexpr int kMaxBigramDocs = 3;
  static constexpr int kMaxUnigramDocs = 2;
  static constexpr std::size_t kMinConcepts = 10;
  static constexpr std::size_t kMinWords = 8;
  // A shorter sentence is taken by the fill only as the lead-in of one leaning
  // on it, and then of at least this many words.
  static constexpr std::size_t kMinAntecedentWords = 4;
  static constexpr double kContextFactor = 0.7;
  static constexpr double kSearchContextPenalty = 0.15;
  static constexpr int kSearchRounds = 5;
  // Two sentences saying the same thing in other words (one event told by
  // two articles): TF-IDF cosine over this, not only the near-copies over
  // kNearDuplicateCosine. 0.6 halved the pairs sharing half their content
  // stems on Multi-News validation at no ROUGE cost; 0.5 cost R-2.
  static constexpr double kSameContentCosine = 0.6;
  // Or half their content stems shared (retellings whose rarer words differ:
  // "Police believe the shooter ... did not target his victim" / "Police
  // said they do not believe the victim ... was targeted by the shooter").
  static constexpr double kSameContentJaccard = 0.5;
  // Or a third of them, some rarer words among them (TF-IDF cosine at least
  // kRetellingCosine): one fact as two articles tell it in their own words
  // ("A nurse is charged with being drunk while assisting on an emergency
  // surgery ..." / "A registered nurse is accused of assisting in an
  // emergency surgical procedure ... under the influence of alcohol").
  // Multi-News validation's pairs of summary sentences sharing a third of
  // their words fall from 292 to about 110 (scripts/redundancy-count.py);
  // without the cosine it cost more ROUGE on DUC 2006, and 0.25 costs on
  // every set.
  static constexpr double kRetellingJaccard = 0.3;
  static constexpr double kRetellingCosine = 0.3;
  // One fact told twice around a count: sentences sharing a count of at
  // least kMinCount (not a year) and, with it, this share of the smaller
  // one's content terms.
  static constexpr double kSameFactShare = 0.4;
  static constexpr long kMinCount = 10;
  // Filling the budget left, up to this share of it (filling it all with what
  // one document alone says costs ROUGE on Multi-News validation; 0.8 gains),
  // with sentences the selection's judge does not call the same as a chosen
  // one (a stricter cosine, 0.5, left summaries short that the selection
  // would have filled: Multi-News 1000 under 80% of the budget 67 -> 66).
  static constexpr double kFillShare = 0.8;
  // Short of kFillShare with nothing new left, a sentence holding this share
  // of a chosen one's content words and more besides takes its place
  // (Multi-News 1000 under 80% of the budget: 0.7 72, 0.5 69, 0.3 67 with a
  // fact told twice more).
  static constexpr double kUpgradeContainment = 0.5;
  // At most this many sentence comparisons for those upgrades per summary.
  static constexpr std::size_t kMaxUpgradeComparisons = std::size_t{1} << 18;
  // A query of at most this many content words is a reader's question ("what
  // about chemical weapons?"), not a topic statement (DUC's run to twenty or
  // more): the summary keeps to sentences holding one of its words while
  // they can fill this share of the budget.
  static constexpr std::size_t kShortQueryTerms = 5;
  static constexpr double kShortQueryShare = 0.5;

  explicit CoverageMethod(const MethodOptions& options = {}) : options_(options) {}
  std::string_view name() const override { return "coverage"; }
  bool honours_query() const override { return true; }
  bool honours_seen() const override { return true; }
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;

 private:
  MethodOptions options_;
};

// Whether two sentences of a model say the same thing, as the coverage
// method judges it (SameContent over its thresholds: a near-copy, half the
// content stems, a retelling, a count told twice, a shared passage or
// quotation), with what that needs made once per model. The summarizer's
// fill asks it of the sentence it cuts, so that a summary says a thing once
// whatever put it there. Keeps a pointer to `model`, which must outlive it;
// not thread-safe (passages are made on first need).
class SameContentJudge {
 public:
  explicit SameContentJudge(const ClusterModel& model);
  SameContentJudge(const SameContentJudge&) = delete;
  SameContentJudge& operator=(const SameContentJudge&) = delete;

  // GreedySelect's options with these sets and thresholds (near-copies over
  // kSameContentCosine); the rest at their defaults.
  const GreedyOptions& options() const { return options_; }
  const TermVectors& vectors() const { return vectors_; }
  bool Same(std::size_t i, std::size_t j,
            double max_cosine = CoverageMethod::kSameContentCosine) const {
    return SameContent(options_, i, j, max_cosine);
  }

 private:
  TermVectors vectors_;
  std::vector<std::vector<int>> content_sets_;
  std::vector<std::vector<int>> count_sets_;
  PassageCache passages_;
  GreedyOptions options_;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_COVERAGE_H_
