// What a story store's reading verbs do, the same for every backend: a
// story's row with its articles' ids (copies apart), and its summary, made
// again from its latest original articles when a writer changed the story
// since the summary was cached. The backend answers each question through
// ReaderTables (one call per statement). Not thread-safe: one reader per
// store object, as for the writer.
#ifndef PRECIS_STORE_STORY_READER_H_
#define PRECIS_STORE_STORY_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "precis/status.h"
#include "precis/store.h"
#include "precis/summarizer.h"

namespace precis::store {

// The rows and questions the reader needs of a backend's tables.
class ReaderTables {
 public:
  virtual ~ReaderTables() = default;

  // The stories' rows (id, title, first, last, sources, open; no article
  // ids), latest first (by last date, then newest id), as `query` asks;
  // with `only`, that story's row alone (none when it is not there).
  virtual Result<std::vector<StoryInfo>> StoryRows(const StoryQuery& query,
                                                   std::optional<std::int64_t> only) = 0;
  // A story's articles' ids in arrival order, and whether each is a copy.
  struct ArticleIdRow {
    std::string id;
    bool copy = false;
  };
  virtual Result<std::vector<ArticleIdRow>> ArticleIds(std::int64_t story) = 0;
  // A story's cached summary, whether a writer changed the story since it
  // was made, and what the writer last counted (to cache only what is still
  // current); none when the story is not there.
  struct SummaryRow {
    std::optional<std::string> json;
    bool dirty = true;
    std::int64_t sources = 0, last_seq = 0;
  };
  virtual Result<std::optional<SummaryRow>> CachedSummary(std::int64_t story) = 0;
  // The story's latest `limit` original articles (copies left out), newest
  // first, with their cleaned text.
  virtual Result<std::vector<Document>> LatestOriginals(std::int64_t story, std::size_t limit) = 0;
  // Keeps `json` as the story's summary, unless a writer changed the story
  // since `read` (a backend with one writer at a time may ignore it).
  virtual Status SaveSummary(std::int64_t story, const std::string& json,
                             const SummaryRow& read) = 0;
};

// A summary is made of at most this many of the story's latest originals.
inline constexpr std::size_t kSummaryArticles = 100;

Result<std::vector<StoryInfo>> ReadStories(ReaderTables& tables, const StoryQuery& query);
Result<StoryInfo> ReadStory(ReaderTables& tables, std::int64_t id);
// See StoryStore::SummaryJson; `summarizer` is made on first use.
Result<std::string> ReadSummaryJson(ReaderTables& tables, std::optional<Summarizer>& summarizer,
                                    const StoreOptions& options, std::int64_t story);

}  // namespace precis::store

#endif  // PRECIS_STORE_STORY_READER_H_
