// The story store: articles arrive one at a time (a feed, a crawl, files),
// each is read, cleaned and analysed once, checked against earlier articles
// for copies, and joined to the open story it is most like or made the start
// of a new one. Stories keep a summary that is refreshed lazily, when a
// story that changed is read. The same interface fronts every backend;
// Open() picks one from the location ("news.db" is SQLite; "postgresql://"
// and "postgres://" URIs are PostgreSQL, through libpq: src/store/pg_store.h).
// What a writer does is the same for both (src/store/story_writer.h); a
// backend answers its questions and stores its rows.
//
// Design (see also src/store/*.h):
// - Schema: a `meta` table (magic "precis story store", schema_version,
//   the stream's article count for document frequencies) and SQLite's
//   application_id, so a file that is not a precis store, or one written
//   by a newer precis, is refused with one line; older schemas are migrated
//   forward in one transaction (a list of steps, version k to k+1).
//   `articles` (id unique, url, title, date, source, cleaned text, its
//   64-bit hash, the story, duplicate_of, arrival number, the article's
//   TF-IDF vector and MinHash signature as blobs); `lsh` (MinHash band
//   keys -> article, for near-duplicate candidates); `stories` (title,
//   first and last date, last arrival, open flag, article and source
//   counts, centroid blob, cached summary JSON and a dirty flag); `terms`
//   (stem -> id, document frequency, learned from the stream).
// - Duplicates: the same cleaned text (hash) is an exact copy; MinHash over
//   word 4-shingles (64 hashes, 16 LSH bands of 4) finds candidates whose
//   estimated Jaccard similarity is checked against a threshold. A copy
//   joins its original's story with duplicate_of set: it counts as a
//   source, not as a document, and never moves the centroid.
// - Clustering: single pass. An article is a TF-IDF vector of content stems
//   (sublinear tf, title words counted twice, idf from document frequencies
//   learned incrementally and stored, top terms kept, L2-normalised); a
//   story is the sum of its articles' vectors. An article joins the open
//   story with the highest centroid cosine if it reaches the threshold
//   (chosen on dev streams), else starts one. Candidates come from an
//   inverted index of the open stories' centroid terms.
// - Time: a story is open while its last article is within the window of
//   the newest article seen (in days, by article dates, and in arrivals, so
//   an out-of-order stream does not close stories still being added to),
//   and at most max_open_stories are open (the least
//   recently updated closes first). Only open stories' centroids are in
//   memory. A late article (dated before the newest) may still join an open
//   story whose dates it is within a window of; a closed story never
//   reopens, so a late article about it starts a new story. Stories are
//   not merged (ids stay stable for clients).
// - Durability: SQLite in WAL mode; Add() writes inside a transaction that
//   Commit() ends (ingest commits every batch, and at once when a stream
//   pauses). An article committed is never lost; one re-sent with the same
//   id and text is ignored, with a changed text it is an update.
// - Several writers (PostgreSQL): a batch's transaction takes an advisory
//   lock first, so batches run one at a time; a writer reloads its memory
//   (terms, open stories) when meta's "changes" counter moved since its
//   last batch.
#ifndef PRECIS_STORE_H_
#define PRECIS_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "precis/render.h"
#include "precis/status.h"
#include "precis/timeline.h"

namespace precis {

// One arriving article. `text` is plain text (paragraphs separated by
// "\n\n"); readers turn HTML into it.
struct Article {
  std::string id;  // unique per store
  std::string url;
  std::string title;
  std::string date;  // ISO 8601 (YYYY-MM-DD...), or empty
  std::string source;
  std::string text;
};

struct StoreOptions {
  std::string language = "english";
  // Cosine between an article and a story's centroid needed to join a story
  // of one article (for k articles, 0.02 * ln(k) more).
  double join_threshold = 0.15;
  // A story closes when this many articles have arrived since its last and,
  // for a dated story, its last article is also this many days older than
  // the newest article.
  int window_days = 365;
  std::size_t window_articles = 5000;
  std::size_t max_open_stories = 20000;
  // An article with fewer content words (a login wall, an archive notice)
  // is a story of its own: it neither joins nor is joined, nor is copied.
  double min_content_words = 20;
  // Estimated Jaccard similarity of word 4-shingles for a near-duplicate.
  double near_duplicate_jaccard = 0.7;
  // A page copied this many times already (a login wall, an archive notice,
  // a cookie page that recurs across unrelated stories) is a recurring page:
  // a further copy is a story of its own, like a brief, unless it is dated
  // within kSyndicationDays of its original's story (wire copies of one
  // report). 0: copies always join their original's story.
  std::size_t max_copies = 3;
  // Start a new store's document frequencies from those of Multi-News
  // training articles (so a young stream has useful idf).
  bool background_idf = true;
  // Make the store when the file is missing (ingest); reading verbs refuse
  // a missing store instead.
  bool create = true;
  // The summary kept for each story: words.
  std::size_t summary_words = 100;
};

enum class IngestAction {
  kAdded,      // a new article, in a story
  kDuplicate,  // a copy of an earlier article
  kUnchanged,  // the id is known with the same text: ignored
  kUpdated,    // the id is known with another text: replaced
  kEmpty,      // nothing left after cleaning: not stored
};

struct IngestOutcome {
  IngestAction action = IngestAction::kAdded;
  std::int64_t story = 0;    // 0 when not stored
  bool new_story = false;    // the article started its story
  std::string duplicate_of;  // the original's id, for kDuplicate
};

struct StoryInfo {
  std::int64_t id = 0;
  std::string title;
  std::string first;  // earliest and latest article dates ("" if undated)
  std::string last;
  std::vector<std::string> documents;  // article ids, copies left out, in arrival order
  std::vector<std::string> copies;     // ids of the copies (exact or near duplicates)
  std::size_t sources = 0;             // articles including copies
  bool open = false;
};

struct StoryQuery {
  std::string since;      // only stories whose last date is on or after it
  std::size_t limit = 0;  // 0: all
};

struct StoredArticle {
  Article article;  // `text` is the cleaned text
  std::string duplicate_of;
};

class StoryStore {
 public:
  // Creates or opens a store. SQLite for a path; PostgreSQL for a
  // "postgresql://" or "postgres://" URI (the database must exist; a build
  // without libpq in this program runs `precis-pg` instead, see README).
  // A file that is not a precis store or has a newer schema is an input
  // error with one line saying so.
  static Result<std::unique_ptr<StoryStore>> Open(const std::string& location,
                                                  const StoreOptions& options = {});
  virtual ~StoryStore() = default;

  // Analyses and stores one article (in the open transaction).
  virtual Result<IngestOutcome> Add(const Article& article) = 0;
  // Makes every Add() so far durable.
  virtual Status Commit() = 0;

  // Stories, latest first (by last date, then newest id).
  virtual Result<std::vector<StoryInfo>> Stories(const StoryQuery& query) = 0;
  virtual Result<StoryInfo> Story(std::int64_t id) = 0;
  // The story's articles (copies included), in date then arrival order.
  virtual Result<std::vector<StoredArticle>> Articles(std::int64_t story) = 0;
  // The story's summary: a JSON array of cited sentences, each as in
  // `precis summarize --format json`'s "summary". Refreshed (and cached)
  // when the story changed since it was last made; reads only that story.
  virtual Result<std::string> SummaryJson(std::int64_t story) = 0;
  virtual Result<std::size_t> ArticleCount() = 0;
};

// Where articles come from: files, folders or "-" (standard input, read line
// by line and committed as it goes). JSONL lines are articles
// {"id","url"?,"title"?,"date"?,"source"?,"text"|"html"} (cluster lines
// with "documents" give each document); other files (text, HTML, SGML) are
// read as `precis summarize` reads them, one article per document.
struct IngestOptions {
  std::size_t batch = 1000;  // articles per transaction
};

struct IngestReport {
  std::size_t read = 0;  // articles read
  std::size_t added = 0;
  std::size_t duplicates = 0;
  std::size_t unchanged = 0;
  std::size_t updated = 0;
  std::size_t empty = 0;
  std::size_t malformed = 0;  // lines skipped
  std::size_t new_stories = 0;
};

// Ingests every source. A malformed line or unreadable article is reported
// through `warn` (with file and line number) and skipped; a missing source
// or a store failure ends the run with an error (what was committed stays).
Result<IngestReport> IngestSources(StoryStore& store, const std::vector<std::string>& sources,
                                   const IngestOptions& options,
                                   const std::function<void(const std::string&)>& warn);

// One story as `precis story` shows it.
struct StoryView {
  StoryInfo info;
  std::string summary_json;  // as SummaryJson()
  std::vector<StoredArticle> articles;
  std::optional<Timeline> timeline;  // when the articles have dates to order
};

Result<StoryView> ViewStory(StoryStore& store, std::int64_t id);

// A story of a listing: JSON is one line {"id", "title", "first", "last",
// "documents", "copies", "sources", "summary"} ("first"/"last" null when undated;
// "summary" left out when `summary_json` is empty); text and Markdown are a
// few lines each.
std::string RenderStoryEntry(const StoryInfo& info, const std::string& summary_json,
                             OutputFormat format);
// A whole story: the entry's fields plus "articles" [{id, title, date,
// source, url, duplicate_of}] and "timeline" (as `precis timeline
// --format json`, or null).
std::string RenderStoryView(const StoryView& view, OutputFormat format);

}  // namespace precis

#endif  // PRECIS_STORE_H_
