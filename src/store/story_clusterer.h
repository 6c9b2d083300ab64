// Single-pass online clustering of articles into stories, in memory, for
// the open stories only (the store persists them). An article is a sparse
// vector of sublinear term frequencies over term ids (its kArticleTerms
// strongest by TF-IDF); a story's centroid is the sum of its articles'
// vectors, each normalised (pruned to its strongest terms). Similarity is the
// cosine of the two after weighting by idf as it is now (document
// frequencies learned from the stream over a background prior), so early
// articles are not stuck with the poor idf of a young stream. The best open story by centroid
// cosine is joined when it reaches the threshold and the article's date is within the window of the
// story's dates. A bigger story asks for more: the threshold rises by
// size_slope * ln(articles), since an article's cosine with the centroid of
// k articles of one story grows with k while a general centroid (an election,
// a war) draws unrelated articles. Candidates come from an inverted index of centroid terms,
// queried with the article's strongest terms, so the cost does not grow with
// the number of open stories. Not thread-safe.
#ifndef PRECIS_STORE_STORY_CLUSTERER_H_
#define PRECIS_STORE_STORY_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace precis::store {

using SparseVector = std::vector<std::pair<std::uint32_t, float>>;  // sorted by term id

inline constexpr std::size_t kArticleTerms = 100;
inline constexpr std::size_t kCentroidTerms = 400;
inline constexpr std::size_t kQueryTerms = 20;
inline constexpr double kIdfFloor = 1.0;  // smooth idf: log((N + 1) / (df + 1)) + 1

std::string EncodeVector(const SparseVector& v);
SparseVector DecodeVector(std::string_view blob);

// Days since 1970-01-01 of an ISO date's YYYY-MM-DD, or nullopt.
std::optional<std::int64_t> DayNumber(std::string_view date);

// Wire copies of one report come out within a few days of each other; a
// recurring page (a login wall, an archive notice) does not.
inline constexpr std::int64_t kSyndicationDays = 2;

// Whether a copy dated `day` is within kSyndicationDays of its original's
// story (dated `first` to `last`); false when either is undated.
bool Syndicated(std::optional<std::int64_t> day, std::optional<std::int64_t> first,
                std::optional<std::int64_t> last);

// Term ids and document frequencies, learned from the stream over a prior:
// the document frequencies of 26,508 Multi-News training articles
// (data/store/background-df.tsv, terms in 3 or more), so that the first
// articles of a young store already have useful idf.
class TermTable {
 public:
  // Starts from the background frequencies (a new store).
  void UseBackground();
  std::uint32_t Id(const std::string& term);  // a new term gets df 0
  void Load(std::uint32_t id, std::string term, std::uint32_t df);
  // Counts one more document containing each of `ids`.
  void CountDocument(const std::vector<std::uint32_t>& ids);
  // log((documents + 1) / (df + 1)) + kIdfFloor, from cached logarithms.
  double Idf(std::uint32_t id) const { return log_documents_ - log_df_[id] + kIdfFloor; }
  std::size_t documents() const { return documents_; }
  void set_documents(std::size_t n);
  const std::string& Term(std::uint32_t id) const { return terms_[id]; }
  std::uint32_t df(std::uint32_t id) const { return df_[id]; }
  // Ids whose df changed (or that are new) since the last call.
  std::vector<std::uint32_t> TakeChanged();
  std::size_t size() const { return terms_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> terms_;
  std::vector<std::uint32_t> df_;
  std::vector<double> log_df_;  // log(df + 1)
  double log_documents_ = 0;    // log(documents + 1)
  std::vector<bool> changed_;
  std::vector<std::uint32_t> changed_ids_;
  std::size_t documents_ = 0;
  const std::unordered_map<std::string, std::uint32_t>* prior_ = nullptr;
};

// The vector of counted terms (ids): 1 + log(count) for the strongest terms
// by TF-IDF, scaled so that its TF-IDF norm is 1.
SparseVector TfIdfVector(const std::vector<std::pair<std::uint32_t, float>>& counts,
                         const TermTable& terms);

struct OpenStory {
  std::int64_t id = 0;
  std::unordered_map<std::uint32_t, float> centroid;
  double norm = 0;
  std::optional<std::int64_t> first_day, last_day;
  std::int64_t last_seq = 0;
  std::uint32_t slot = 0;    // index into the clusterer's score accumulator
  std::size_t articles = 0;  // in the centroid
};

struct ClusterParams {
  double threshold = 0.15;
  std::int64_t window_days = 365;
  std::int64_t window_arrivals = 5000;
  std::size_t max_open = 20000;
  double size_slope = 0.02;  // the threshold for a story of k articles: + size_slope * ln(k)
};

class StoryClusterer {
 public:
  StoryClusterer(ClusterParams params, const TermTable& terms) : params_(params), terms_(terms) {}

  // The best open story for `v` (dated `day`), if any reaches the threshold;
  // `similarity` is the best cosine less the story's size term.
  std::optional<std::int64_t> Best(const SparseVector& v, std::optional<std::int64_t> day,
                                   double* similarity = nullptr) const;
  // Adds `v` to story `id` (made open when new).
  void Add(std::int64_t id, const SparseVector& v, std::optional<std::int64_t> day,
           std::int64_t seq);
  void Subtract(std::int64_t id, const SparseVector& v);
  // Loads a story kept open in the store (`articles` counts those in its centroid).
  void Restore(OpenStory story);
  // Stories to close now (window passed, or too many open), removed from memory.
  std::vector<std::int64_t> CloseExpired(std::optional<std::int64_t> newest_day, std::int64_t seq);
  const OpenStory* Find(std::int64_t id) const;
  SparseVector Centroid(std::int64_t id) const;
  std::size_t open() const { return stories_.size(); }

 private:
  double IdfNorm(const OpenStory& s) const;
  bool Expired(const OpenStory& s, std::optional<std::int64_t> newest_day, std::int64_t seq) const;
  ClusterParams params_;
  const TermTable& terms_;
  std::unordered_map<std::int64_t, OpenStory> stories_;
  // Term -> the open stories with it in their centroid: the story's slot and
  // its weight (node addresses of unordered_map stay put, so a posting
  // points at the weight). Scoring reads the slot-indexed arrays below, not
  // the stories, to touch less memory per posting.
  struct Posting {
    const float* weight;
    std::uint32_t slot;
  };
  void Unpost(std::uint32_t term, const OpenStory* story);
  void SetNorm(OpenStory& s);
  std::vector<double> norm_by_slot_;             // the story's norm
  std::vector<const OpenStory*> story_by_slot_;  // nullptr when free
  std::unordered_map<std::uint32_t, std::vector<Posting>> postings_;
  // Per-slot partial scores of Best() (a flat array, reset after each use).
  mutable std::vector<double> scores_;
  mutable std::vector<std::uint32_t> scored_;  // slots
  std::vector<std::uint32_t> free_slots_;
  std::uint32_t AllocateSlot();
};

}  // namespace precis::store

#endif  // PRECIS_STORE_STORY_CLUSTERER_H_
