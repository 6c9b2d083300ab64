// The budgeted greedy loop every selection method shares. Each round it adds
// the sentence with the best (gain / cost^r) among those that still fit the
// budget and are not near-duplicates of a chosen sentence; ties go to the
// lower sentence index, so results are deterministic.
#ifndef PRECIS_SELECT_GREEDY_H_
#define PRECIS_SELECT_GREEDY_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "select/cluster_model.h"
#include "select/method.h"
#include "select/term_vectors.h"

namespace precis::select {

// Two sentences whose TF-IDF cosine exceeds this are near-duplicates.
inline constexpr double kNearDuplicateCosine = 0.8;
// MEAD's reranker threshold, used by the methods that come from MEAD.
inline constexpr double kMeadMaxCosine = 0.7;

// The marginal gains of a selection objective. Gain() is asked about the
// current selection; Add() commits a sentence to it.
class GreedyObjective {
 public:
  virtual ~GreedyObjective() = default;
  // Called at the start of each round with the sentences that may be added.
  virtual void StartRound(std::span<const std::size_t> candidates) { (void)candidates; }
  // Gain of adding sentence i now; -infinity makes i ineligible this round.
  virtual double Gain(std::size_t i) = 0;
  virtual void Add(std::size_t i) = 0;
};

// Each sentence's PassageSet, made the first time it is asked for (most
// sentences never are). Not thread-safe; `model` must outlive it.
class PassageCache {
 public:
  explicit PassageCache(const ClusterModel& model);
  const std::vector<std::uint64_t>& Of(std::size_t sentence) const;
  // The sentence's QuotedRuns, made on first need.
  const std::vector<std::uint64_t>& QuotedOf(std::size_t sentence) const;

 private:
  const ClusterModel& model_;
  mutable std::vector<std::vector<std::uint64_t>> sets_;
  mutable std::vector<bool> made_;
  mutable std::vector<std::vector<std::uint64_t>> quoted_;
  mutable std::vector<std::uint8_t> quoted_made_;
};

struct GreedyOptions {
  // r in gain / cost^r (Lin & Bilmes' cost scaling); costs below 1 count as 1.
  double cost_exponent = 0;
  // Stop once the best gain is <= 0 (for monotone objectives, where adding a
  // sentence that brings nothing only wastes budget). The first sentence is
  // still added, so the result is empty only when no sentence fits.
  bool stop_without_gain = false;
  // Return the best single sentence instead when its gain exceeds the sum of
  // the greedy set's gains (needs Gain() to be a true marginal gain).
  bool compare_best_singleton = false;
  // Near-duplicate filter; off when null.
  const TermVectors* vectors = nullptr;
  double max_cosine = kNearDuplicateCosine;
  // Also the same content: sentences whose sorted content-term sets (one per
  // sentence) have a Jaccard index of at least max_jaccard; off when null.
  const std::vector<std::vector<int>>* content_sets = nullptr;
  // content_sets hold exactly the terms of `vectors`' entries (ContentSets
  // and TermVectors of one model): one merge then gives both the cosine
  // and the terms two sentences share.
  bool content_sets_are_vector_terms = false;
  double max_jaccard = 1;
  // And a retelling: a Jaccard index of at least retelling_jaccard with a
  // TF-IDF cosine (with `vectors`) of at least retelling_cosine, so that
  // rarer words are among those shared.
  double retelling_jaccard = 1;
  double retelling_cosine = 1;
  // And one fact told twice around a count ("All 217 people aboard the
  // plane were killed." / "All 217 people on board died in the crash."):
  // sentences sharing a count (count_sets: sorted term ids per sentence),
  // with the counts and content terms they share at least fact_share of the
  // smaller sentence's; off when null.
  const std::vector<std::vector<int>>* count_sets = nullptr;
  double fact_share = 1;
  // Also the same content: sentences sharing a passage (PassageSet: a
  // quotation or sentence two articles carry, inside longer sentences);
  // off when null.
  const PassageCache* passages = nullptr;
  // Skip sentences without content terms unless no fitting sentence has any.
  bool skip_contentless = true;
  // Candidate mask (every sentence when null).
  const std::vector<bool>* allowed = nullptr;
};

// |a & b| / |a | b| of two sorted sets (0 when both are empty).
double Jaccard(const std::vector<int>& a, const std::vector<int>& b);

// |a & b| / |a| of two sorted sets: the share of a that b holds (0 for an empty a).
double Containment(const std::vector<int>& a, const std::vector<int>& b);

// A bag of terms as a sorted set.
std::vector<int> SortedSet(std::vector<int> terms);

// A sentence's runs of kPassageTokens tokens (terms, stopwords included),
// hashed, sorted, unique: two sentences holding the same run repeat a
// passage ...
inline constexpr std::size_t kPassageTokens = 8;
// ... when the runs they share make up at least this share of the shorter
// one (a phrase two different sentences use is not the same thing said).
inline constexpr double kPassageShare = 0.4;
// Sentences under this cosine share too few terms to repeat a passage.
inline constexpr double kPassageMinCosine = 0.1;
std::vector<std::uint64_t> PassageSet(const ClusterModel& model, std::size_t sentence);
// The runs of kQuotedRunWords words (ASCII letters and digits, folded) inside
// a sentence's quotation marks, hashed, sorted, unique: two sentences sharing
// one quote the same words, one fact told twice ("it felt good knowing he was
// going to die" / "... confessed \"it felt good knowing he would die\"").
inline constexpr std::size_t kQuotedRunWords = 5;
std::vector<std::uint64_t> QuotedRuns(std::string_view sentence);
// Whether two PassageSets repeat a passage: share runs making up
// kPassageShare of the shorter.
bool SharePassage(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Whether sentences i and j are near-duplicates, say the same content, or
// share a passage or a quotation, by whichever of those `options` turns on;
// `max_cosine` replaces options.max_cosine.
bool SameContent(const GreedyOptions& options, std::size_t i, std::size_t j, double max_cosine);

// Each sentence's content terms (ClusterModel::ContentTerms), sorted, unique.
std::vector<std::vector<int>> ContentSets(const ClusterModel& model);

// Picked sentences, in the order picked; never over budget.limit.
std::vector<std::size_t> GreedySelect(const ClusterModel& model, const LengthBudget& budget,
                                      GreedyObjective& objective, const GreedyOptions& options);

// The plain greedy method: scores are `score(i)` for every sentence (taken
// before anything is chosen), the choice is GreedySelect with the
// near-duplicate filter and default options.
template <typename ScoreFn>
Selection GreedyWithNearDuplicateFilter(const ClusterModel& model, const LengthBudget& budget,
                                        GreedyObjective& objective, ScoreFn score) {
  Selection out;
  out.scores.resize(model.sentences.size());
  for (std::size_t i = 0; i < model.sentences.size(); ++i) out.scores[i] = score(i);
  TermVectors vectors(model);
  GreedyOptions options;
  options.vectors = &vectors;
  out.chosen = GreedySelect(model, budget, objective, options);
  return out;
}

// Selection by a fixed score: best first, skipping sentences that do not fit
// or are near-duplicates (cosine > max_cosine) of a chosen one.
std::vector<std::size_t> SelectByScore(const ClusterModel& model, const LengthBudget& budget,
                                       const std::vector<double>& scores,
                                       const TermVectors& vectors,
                                       double max_cosine = kNearDuplicateCosine);

}  // namespace precis::select

#endif  // PRECIS_SELECT_GREEDY_H_
