// What a story store's writer does, the same for every backend: an article
// analysed and compared with what the store holds (the same id, the same
// text, a near copy by MinHash bands), then kept as a copy, joined to the
// best open story or made a story of its own; stories closed as the stream
// moves past them; the writer's memory (document frequencies, open
// stories) loaded from the store and saved to it. The backend answers each
// question and stores each row through WriterTables (one call per
// statement, inside the transaction it opened). Not thread-safe: one
// writer per store object.
#ifndef PRECIS_STORE_STORY_WRITER_H_
#define PRECIS_STORE_STORY_WRITER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "precis/status.h"
#include "precis/store.h"
#include "store/article_analysis.h"
#include "store/story_clusterer.h"

namespace precis::store {

// The rows and questions the writer needs of a backend's tables.
class WriterTables {
 public:
  virtual ~WriterTables() = default;

  // The article stored under an id.
  struct StoredRow {
    std::int64_t n = 0;  // arrival number
    std::uint64_t hash = 0;
    std::int64_t story = 0;
    bool duplicate = false;  // a copy (duplicate_of set)
    std::string vector;      // EncodeVector's blob; empty for a copy
    std::string title;
  };
  virtual Result<std::optional<StoredRow>> FindById(const std::string& id) = 0;
  // The original (earliest, not a copy) of the text with this hash.
  struct Original {
    std::int64_t n = 0;
    std::int64_t story = 0;
  };
  virtual Result<std::optional<Original>> FindByHash(std::uint64_t hash) = 0;
  // The articles filed under any of the band keys (at most kBandCandidates
  // per key), by arrival number, with their signatures (empty when none).
  static constexpr int kBandCandidates = 50;
  struct Candidate {
    std::int64_t n = 0;
    std::int64_t story = 0;
    std::vector<std::uint32_t> signature;
  };
  virtual Result<std::vector<Candidate>> FindByBands(const std::vector<std::int64_t>& keys) = 0;
  // An article's signature (empty when it has none or is not there).
  virtual Result<std::vector<std::uint32_t>> Signature(std::int64_t n) = 0;
  // How many copies of `original` the story holds, and the story's first
  // and last dates.
  struct Copies {
    std::size_t count = 0;
    std::string first, last;
  };
  virtual Result<Copies> CountCopies(std::int64_t story, std::int64_t original) = 0;
  virtual Result<std::string> ArticleId(std::int64_t n) = 0;

  struct NewRow {
    std::int64_t n = 0;
    const Article* article = nullptr;
    const std::string* text = nullptr;  // the cleaned text
    std::uint64_t hash = 0;
    std::int64_t story = 0;
    std::optional<std::int64_t> duplicate_of;
    std::optional<std::string> vector, signature;  // blobs; none for a copy
  };
  virtual Status InsertArticle(const NewRow& row) = 0;
  virtual Status InsertBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) = 0;
  virtual Status DeleteBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) = 0;
  virtual Status DeleteArticle(std::int64_t n) = 0;
  // Copies of article `from` become copies of `to`.
  virtual Status Repoint(std::int64_t from, std::int64_t to) = 0;
  // A new open story (dated `day`, "" when undated); its id.
  virtual Result<std::int64_t> InsertStory(const std::string& title, const std::string& day,
                                           std::int64_t seq) = 0;
  // An article (`counted`: not a copy) joined the story: counts, dates,
  // last arrival, and its summary made stale when counted.
  virtual Status TouchStory(std::int64_t story, const std::string& day, std::int64_t seq,
                            bool counted) = 0;
  // An article left the story.
  virtual Status UntouchStory(std::int64_t story, bool counted) = 0;
  virtual Status CloseStory(std::int64_t story) = 0;

  // The writer's memory.
  virtual Status ForEachTerm(const std::function<void(std::uint32_t id, const std::string& term,
                                                      std::uint32_t df)>& f) = 0;
  virtual Result<std::optional<std::string>> Meta(const std::string& key) = 0;
  virtual Status SetMeta(const std::string& key, const std::string& value) = 0;
  struct OpenStoryRow {
    std::int64_t id = 0;
    std::string first, last;  // dates
    std::int64_t last_seq = 0;
    std::string centroid;  // EncodeVector's blob
    std::int64_t articles = 0;
  };
  virtual Status ForEachOpenStory(const std::function<void(const OpenStoryRow& row)>& f) = 0;
  virtual Status SaveCentroid(std::int64_t story, const std::string& blob) = 0;
  virtual Status SaveTerm(std::uint32_t id, const std::string& term, std::uint32_t df) = 0;
};

// What a writer holds in memory between articles. Not movable: the
// clusterer keeps a reference to the terms.
struct WriterState {
  explicit WriterState(const StoreOptions& options);
  WriterState(const WriterState&) = delete;
  WriterState& operator=(const WriterState&) = delete;

  TermTable terms;
  StoryClusterer clusterer;
  std::int64_t seq = 0;                      // the last arrival number
  std::optional<std::int64_t> newest_day;    // of any article
  std::unordered_set<std::int64_t> touched;  // open stories whose centroid changed
  std::size_t since_close = 0;               // articles since stories were last closed
};

// Fills a fresh `state` from the store (terms, the stream's counts, open
// stories); `seq` is left to the caller.
Status LoadWriterState(const StoreOptions& options, WriterTables& tables, WriterState& state);

// Files one article (with a non-empty id) in the open transaction.
Result<IngestOutcome> IngestArticle(const Article& article, const StoreOptions& options,
                                    ArticleAnalysis& analysis, WriterState& state,
                                    WriterTables& tables);

// Saves what changed in memory (centroids, terms, "documents" and
// "newest_day") before the backend commits.
Status SaveWriterState(WriterTables& tables, WriterState& state);

}  // namespace precis::store

#endif  // PRECIS_STORE_STORY_WRITER_H_
