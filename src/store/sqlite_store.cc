#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "precis/render.h"
#include "precis/summarizer.h"
#include "store/article_analysis.h"
#include "store/pg_store.h"
#include "store/story_reader.h"
#include "store/story_writer.h"

namespace precis {
namespace store {
namespace {

// Schema steps: kMigrations[k] takes a store from version k to k + 1.
const char* const kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE articles("
    "  n INTEGER PRIMARY KEY,"  // arrival number
    "  id TEXT NOT NULL UNIQUE,"
    "  url TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL,"
    "  text TEXT NOT NULL, hash INTEGER NOT NULL,"
    "  story INTEGER NOT NULL,"
    "  duplicate_of INTEGER,"  // n of the original
    "  vector BLOB, signature BLOB);"
    "CREATE INDEX articles_story ON articles(story, n);"
    "CREATE INDEX articles_hash ON articles(hash);"
    "CREATE TABLE lsh(key INTEGER NOT NULL, article INTEGER NOT NULL,"
    "  PRIMARY KEY(key, article)) WITHOUT ROWID;"
    "CREATE TABLE stories("
    "  id INTEGER PRIMARY KEY, title TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL,"
    "  last_seq INTEGER NOT NULL, open INTEGER NOT NULL, articles INTEGER NOT NULL,"
    "  sources INTEGER NOT NULL, centroid BLOB, summary TEXT, dirty INTEGER NOT NULL);"
    "CREATE INDEX stories_last ON stories(last DESC, id DESC);"
    "CREATE INDEX stories_open ON stories(open) WHERE open = 1;"
    "CREATE TABLE terms(id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL);",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }
  int Prepare(sqlite3* db, const char* sql) {
    sqlite3_finalize(s_);
    s_ = nullptr;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr);
  }
  Stmt& Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    return *this;
  }
  Stmt& Bind(int i, std::int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Bind(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindNull(int i) {
    sqlite3_bind_null(s_, i);
    return *this;
  }
  int Step() { return sqlite3_step(s_); }
  std::int64_t Int(int i) { return sqlite3_column_int64(s_, i); }
  bool IsNull(int i) { return sqlite3_column_type(s_, i) == SQLITE_NULL; }
  std::string Text(int i) {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string();
  }
  std::string_view Blob(int i) {
    const void* b = sqlite3_column_blob(s_, i);
    return b ? std::string_view(static_cast<const char*>(b),
                                static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string_view();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

class SqliteStore : public StoryStore, private WriterTables, private ReaderTables {
 public:
  SqliteStore(std::string path, StoreOptions options)
      : path_(std::move(path)), options_(std::move(options)) {}
  ~SqliteStore() override {
    if (db_) {
      if (in_transaction_) Exec("ROLLBACK");
      // Statements are finalised by their destructors before close_v2 frees the handle.
    }
  }

  Status Init();
  // What only writing needs (the analyzer, document frequencies, open
  // stories), loaded at the first Add() so that reading verbs start at once.
  Status PrepareToWrite();
  Result<IngestOutcome> Add(const Article& article) override;
  Status Commit() override;
  Result<std::vector<StoryInfo>> Stories(const StoryQuery& query) override {
    return ReadStories(*this, query);
  }
  Result<StoryInfo> Story(std::int64_t id) override { return ReadStory(*this, id); }
  Result<std::vector<StoredArticle>> Articles(std::int64_t story) override;
  Result<std::string> SummaryJson(std::int64_t story) override {
    return ReadSummaryJson(*this, summarizer_, options_, story);
  }
  Result<std::size_t> ArticleCount() override;

  struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };

 private:
  Status Error(const std::string& what) const {
    return Status::InputError(path_ + ": " + what + ": " + sqlite3_errmsg(db_.get()));
  }
  Status Exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string m = message ? message : "error";
      sqlite3_free(message);
      return Status::InputError(path_ + ": " + m);
    }
    return Status::Ok();
  }
  Status Prepare(Stmt& s, const char* sql) {
    if (s.Prepare(db_.get(), sql) != SQLITE_OK) return Error("preparing a statement");
    return Status::Ok();
  }
  // Runs a statement that returns no rows; `what` names it in an error.
  Status Done(Stmt& s, const char* what) {
    if (s.Step() != SQLITE_DONE) return Error(what);
    return Status::Ok();
  }
  Status Begin() {
    if (in_transaction_) return Status::Ok();
    if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    in_transaction_ = true;
    return Status::Ok();
  }
  Status CheckSchema();

  // WriterTables.
  Result<std::optional<StoredRow>> FindById(const std::string& id) override;
  Result<std::optional<Original>> FindByHash(std::uint64_t hash) override;
  Result<std::vector<Candidate>> FindByBands(const std::vector<std::int64_t>& keys) override;
  Result<std::vector<std::uint32_t>> Signature(std::int64_t n) override;
  Result<Copies> CountCopies(std::int64_t story, std::int64_t original) override;
  Result<std::string> ArticleId(std::int64_t n) override;
  Status InsertArticle(const NewRow& row) override;
  Status InsertBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) override;
  Status DeleteBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) override;
  Status DeleteArticle(std::int64_t n) override {
    delete_article_.Reset().Bind(1, n);
    return Done(delete_article_, "removing an article");
  }
  Status Repoint(std::int64_t from, std::int64_t to) override {
    repoint_.Reset().Bind(1, to).Bind(2, from);
    return Done(repoint_, "storing an article");
  }
  Result<std::int64_t> InsertStory(const std::string& title, const std::string& day,
                                   std::int64_t seq) override;
  Status TouchStory(std::int64_t story, const std::string& day, std::int64_t seq,
                    bool counted) override;
  Status UntouchStory(std::int64_t story, bool counted) override {
    untouch_story_.Reset().Bind(1, counted ? 1 : 0).Bind(2, story);
    return Done(untouch_story_, "updating a story");
  }
  Status CloseStory(std::int64_t story) override {
    close_story_.Reset().Bind(1, story);
    return Done(close_story_, "closing a story");
  }
  Status ForEachTerm(
      const std::function<void(std::uint32_t, const std::string&, std::uint32_t)>& f) override;
  Result<std::optional<std::string>> Meta(const std::string& key) override;
  Status SetMeta(const std::string& key, const std::string& value) override {
    set_meta_.Reset().Bind(1, key).Bind(2, value);
    return Done(set_meta_, "storing meta");
  }
  Status ForEachOpenStory(const std::function<void(const OpenStoryRow&)>& f) override;
  Status SaveCentroid(std::int64_t story, const std::string& blob) override {
    update_centroid_.Reset().BindBlob(1, blob).Bind(2, story);
    return Done(update_centroid_, "storing a story");
  }
  Status SaveTerm(std::uint32_t id, const std::string& term, std::uint32_t df) override {
    upsert_term_.Reset().Bind(1, std::int64_t{id}).Bind(2, term).Bind(3, std::int64_t{df});
    return Done(upsert_term_, "storing terms");
  }

  // ReaderTables.
  Result<std::vector<StoryInfo>> StoryRows(const StoryQuery& query,
                                           std::optional<std::int64_t> only) override;
  Result<std::vector<ArticleIdRow>> ArticleIds(std::int64_t story) override;
  Result<std::optional<SummaryRow>> CachedSummary(std::int64_t story) override;
  Result<std::vector<Document>> LatestOriginals(std::int64_t story, std::size_t limit) override;
  Status SaveSummary(std::int64_t story, const std::string& json, const SummaryRow& read) override;

  std::string path_;
  StoreOptions options_;
  std::optional<ArticleAnalysis> analysis_;
  std::unique_ptr<WriterState> state_;  // made by PrepareToWrite()
  std::unique_ptr<sqlite3, DbCloser> db_;
  bool in_transaction_ = false;
  std::optional<Summarizer> summarizer_;

  Stmt find_id_, find_hash_, find_lsh_, find_sig_, count_copies_, article_id_, insert_article_,
      insert_lsh_, insert_story_, touch_story_, update_centroid_, upsert_term_, close_story_,
      delete_article_, delete_lsh_, untouch_story_, get_meta_, set_meta_, repoint_;
};

// The articles filed under a band key, as many as the writer compares.
const std::string kFindLsh =
    "SELECT article FROM lsh WHERE key=? LIMIT " + std::to_string(WriterTables::kBandCandidates);

Status SqliteStore::Init() {
  // A file that is there but is not SQLite is refused before SQLite writes to it.
  std::error_code ec;
  if (!options_.create && !std::filesystem::exists(path_, ec))
    return Status::InputError(path_ + ": no such story store");
  if (std::filesystem::exists(path_, ec) && std::filesystem::file_size(path_, ec) > 0) {
    std::ifstream in(path_, std::ios::binary);
    char header[16] = {};
    in.read(header, 16);
    if (std::memcmp(header, "SQLite format 3", 16) != 0)
      return Status::InputError(path_ + ": not a precis story store (not an SQLite database)");
  }
  sqlite3* raw = nullptr;
  int rc =
      sqlite3_open_v2(path_.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  db_.reset(raw);
  if (rc != SQLITE_OK) return Error("cannot open the store");
  sqlite3_busy_timeout(db_.get(), 10000);
  if (Status s = CheckSchema(); !s.ok()) return s;
  if (Status s =
          Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;");
      !s.ok())
    return s;
  for (auto [stmt, sql] : std::initializer_list<std::pair<Stmt*, const char*>>{
           {&find_id_,
            "SELECT n, hash, story, duplicate_of, vector, title FROM articles WHERE id=?"},
           {&find_hash_,
            "SELECT n, story, id, duplicate_of FROM articles WHERE hash=? ORDER BY n LIMIT 1"},
           {&find_lsh_, kFindLsh.c_str()},
           {&find_sig_, "SELECT signature, story, id FROM articles WHERE n=?"},
           {&article_id_, "SELECT id FROM articles WHERE n=?"},
           {&count_copies_,
            "SELECT count(*), (SELECT first FROM stories WHERE id=?1),"
            " (SELECT last FROM stories WHERE id=?1) FROM articles"
            " WHERE story=?1 AND duplicate_of=?2"},
           {&insert_article_,
            "INSERT INTO articles(n,id,url,title,date,source,text,hash,story,duplicate_of,vector,"
            "signature) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"},
           {&insert_lsh_, "INSERT OR IGNORE INTO lsh(key, article) VALUES(?,?)"},
           {&insert_story_,
            "INSERT INTO stories(title,first,last,last_seq,open,articles,sources,dirty) "
            "VALUES(?,?,?,?,1,0,0,1)"},
           {&touch_story_,
            "UPDATE stories SET articles=articles+?1, sources=sources+1, last_seq=?2,"
            " first=CASE WHEN ?3='' THEN first WHEN first='' OR ?3<first THEN ?3 ELSE first END,"
            " last=CASE WHEN ?3>last THEN ?3 ELSE last END, dirty=MAX(dirty, ?4) WHERE id=?5"},
           {&untouch_story_,
            "UPDATE stories SET articles=articles-?1, sources=sources-1, dirty=1 WHERE id=?2"},
           {&update_centroid_, "UPDATE stories SET centroid=? WHERE id=?"},
           {&upsert_term_,
            "INSERT INTO terms(id, term, df) VALUES(?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "df=excluded.df"},
           {&close_story_, "UPDATE stories SET open=0 WHERE id=?"},
           {&delete_article_, "DELETE FROM articles WHERE n=?"},
           {&delete_lsh_, "DELETE FROM lsh WHERE key=? AND article=?"},
           {&get_meta_, "SELECT value FROM meta WHERE key=?"},
           {&set_meta_, "INSERT OR REPLACE INTO meta(key, value) VALUES(?,?)"},
           {&repoint_, "UPDATE articles SET duplicate_of=? WHERE duplicate_of=?"},
       }) {
    if (Status s = Prepare(*stmt, sql); !s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::CheckSchema() {
  Stmt q;
  if (Status s = Prepare(q, "PRAGMA application_id"); !s.ok())
    return Status::InputError(path_ + ": not a precis story store (" + sqlite3_errmsg(db_.get()) +
                              ")");
  q.Step();
  std::int64_t app = q.Int(0);
  Stmt tables;
  if (Status s = Prepare(tables, "SELECT count(*) FROM sqlite_master"); !s.ok()) return s;
  tables.Step();
  std::int64_t objects = tables.Int(0);
  int version = 0;
  if (objects > 0 || app != 0) {
    Stmt meta;
    if (app != kApplicationId ||
        meta.Prepare(db_.get(), "SELECT value FROM meta WHERE key='magic'") != SQLITE_OK ||
        meta.Step() != SQLITE_ROW || meta.Text(0) != kMagic)
      return Status::InputError(path_ + ": not a precis story store");
    Stmt v;
    if (Status s = Prepare(v, "SELECT value FROM meta WHERE key='schema_version'"); !s.ok())
      return s;
    if (v.Step() != SQLITE_ROW) return Status::InputError(path_ + ": not a precis story store");
    version = std::atoi(v.Text(0).c_str());
    if (version > kSchemaVersion)
      return Status::InputError(path_ + ": the store's schema version " + std::to_string(version) +
                                " is newer than this precis reads (" +
                                std::to_string(kSchemaVersion) + "); upgrade precis");
  }
  if (version == kSchemaVersion) return Status::Ok();
  if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  for (int k = version; k < kSchemaVersion; ++k) {
    if (Status s = Exec(kMigrations[k]); !s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
  }
  std::string finish = "PRAGMA application_id=" + std::to_string(kApplicationId) +
                       "; INSERT OR REPLACE INTO meta VALUES('magic','" + kMagic +
                       "'); INSERT OR REPLACE INTO meta VALUES('schema_version','" +
                       std::to_string(kSchemaVersion) + "'); COMMIT;";
  if (Status s = Exec(finish.c_str()); !s.ok()) {
    Exec("ROLLBACK");
    return s;
  }
  return Status::Ok();
}

Status SqliteStore::PrepareToWrite() {
  if (analysis_) return Status::Ok();
  auto analysis = ArticleAnalysis::Create(options_.language);
  if (!analysis.ok()) return analysis.status();
  auto state = std::make_unique<WriterState>(options_);
  if (Status s = LoadWriterState(options_, *this, *state); !s.ok()) return s;
  Stmt n;
  if (Status s = Prepare(n, "SELECT coalesce(max(n), 0) FROM articles"); !s.ok()) return s;
  n.Step();
  state->seq = n.Int(0);
  state_ = std::move(state);
  analysis_.emplace(std::move(analysis).value());
  analysis_->set_terms(&state_->terms);
  return Status::Ok();
}

Result<std::optional<WriterTables::StoredRow>> SqliteStore::FindById(const std::string& id) {
  find_id_.Reset().Bind(1, id);
  if (find_id_.Step() != SQLITE_ROW) return std::optional<StoredRow>();
  StoredRow row;
  row.n = find_id_.Int(0);
  row.hash = static_cast<std::uint64_t>(find_id_.Int(1));
  row.story = find_id_.Int(2);
  row.duplicate = !find_id_.IsNull(3);
  row.vector = std::string(find_id_.Blob(4));
  row.title = find_id_.Text(5);
  return std::optional<StoredRow>(std::move(row));
}

Result<std::optional<WriterTables::Original>> SqliteStore::FindByHash(std::uint64_t hash) {
  find_hash_.Reset().Bind(1, static_cast<std::int64_t>(hash));
  if (find_hash_.Step() != SQLITE_ROW) return std::optional<Original>();
  return std::optional<Original>(
      Original{find_hash_.IsNull(3) ? find_hash_.Int(0) : find_hash_.Int(3), find_hash_.Int(1)});
}

Result<std::vector<WriterTables::Candidate>> SqliteStore::FindByBands(
    const std::vector<std::int64_t>& keys) {
  std::set<std::int64_t> found;
  for (auto key : keys) {
    find_lsh_.Reset().Bind(1, key);
    while (find_lsh_.Step() == SQLITE_ROW) found.insert(find_lsh_.Int(0));
  }
  std::vector<Candidate> out;
  for (auto n : found) {
    find_sig_.Reset().Bind(1, n);
    if (find_sig_.Step() != SQLITE_ROW) continue;
    out.push_back({n, find_sig_.Int(1), DecodeSignature(find_sig_.Blob(0))});
  }
  return out;
}

Result<std::vector<std::uint32_t>> SqliteStore::Signature(std::int64_t n) {
  find_sig_.Reset().Bind(1, n);
  if (find_sig_.Step() != SQLITE_ROW) return std::vector<std::uint32_t>();
  return DecodeSignature(find_sig_.Blob(0));
}

Result<WriterTables::Copies> SqliteStore::CountCopies(std::int64_t story, std::int64_t original) {
  count_copies_.Reset().Bind(1, story).Bind(2, original);
  Copies copies;
  if (count_copies_.Step() == SQLITE_ROW) {
    copies.count = static_cast<std::size_t>(count_copies_.Int(0));
    copies.first = count_copies_.Text(1);
    copies.last = count_copies_.Text(2);
  }
  return copies;
}

Result<std::string> SqliteStore::ArticleId(std::int64_t n) {
  article_id_.Reset().Bind(1, n);
  return article_id_.Step() == SQLITE_ROW ? article_id_.Text(0) : std::string();
}

Status SqliteStore::InsertArticle(const NewRow& row) {
  const Article& article = *row.article;
  insert_article_.Reset()
      .Bind(1, row.n)
      .Bind(2, article.id)
      .Bind(3, article.url)
      .Bind(4, article.title)
      .Bind(5, article.date)
      .Bind(6, article.source)
      .Bind(7, *row.text)
      .Bind(8, static_cast<std::int64_t>(row.hash))
      .Bind(9, row.story);
  if (row.duplicate_of) insert_article_.Bind(10, *row.duplicate_of);
  if (row.vector) insert_article_.BindBlob(11, *row.vector);
  if (row.signature) insert_article_.BindBlob(12, *row.signature);
  return Done(insert_article_, "storing an article");  // (unbound parameters are NULL)
}

Status SqliteStore::InsertBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) {
  for (auto key : keys) {
    insert_lsh_.Reset().Bind(1, key).Bind(2, n);
    if (Status s = Done(insert_lsh_, "storing an article"); !s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::DeleteBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) {
  for (auto key : keys) {
    delete_lsh_.Reset().Bind(1, key).Bind(2, n);
    if (Status s = Done(delete_lsh_, "removing an article"); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::int64_t> SqliteStore::InsertStory(const std::string& title, const std::string& day,
                                              std::int64_t seq) {
  insert_story_.Reset().Bind(1, title).Bind(2, day).Bind(3, day).Bind(4, seq);
  if (Status s = Done(insert_story_, "storing a story"); !s.ok()) return s;
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_.get()));
}

Status SqliteStore::TouchStory(std::int64_t story, const std::string& day, std::int64_t seq,
                               bool counted) {
  touch_story_.Reset()
      .Bind(1, counted ? 1 : 0)
      .Bind(2, seq)
      .Bind(3, day)
      .Bind(4, counted ? 1 : 0)
      .Bind(5, story);
  return Done(touch_story_, "updating a story");
}

Status SqliteStore::ForEachTerm(
    const std::function<void(std::uint32_t, const std::string&, std::uint32_t)>& f) {
  Stmt q;
  if (Status s = Prepare(q, "SELECT id, term, df FROM terms"); !s.ok()) return s;
  while (q.Step() == SQLITE_ROW)
    f(static_cast<std::uint32_t>(q.Int(0)), q.Text(1), static_cast<std::uint32_t>(q.Int(2)));
  return Status::Ok();
}

Result<std::optional<std::string>> SqliteStore::Meta(const std::string& key) {
  get_meta_.Reset().Bind(1, key);
  if (get_meta_.Step() != SQLITE_ROW) return std::optional<std::string>();
  return std::optional<std::string>(get_meta_.Text(0));
}

Status SqliteStore::ForEachOpenStory(const std::function<void(const OpenStoryRow&)>& f) {
  Stmt q;
  if (Status s = Prepare(
          q, "SELECT id, first, last, last_seq, centroid, articles FROM stories WHERE open=1");
      !s.ok())
    return s;
  while (q.Step() == SQLITE_ROW)
    f({q.Int(0), q.Text(1), q.Text(2), q.Int(3), std::string(q.Blob(4)), q.Int(5)});
  return Status::Ok();
}

Result<IngestOutcome> SqliteStore::Add(const Article& article) {
  if (article.id.empty()) return Status::InputError("an article has no id");
  if (Status s = PrepareToWrite(); !s.ok()) return s;
  if (Status s = Begin(); !s.ok()) return s;
  return IngestArticle(article, options_, *analysis_, *state_, *this);
}

Status SqliteStore::Commit() {
  if (!in_transaction_) return Status::Ok();
  if (Status s = SaveWriterState(*this, *state_); !s.ok()) return s;
  if (Status s = Exec("COMMIT"); !s.ok()) return s;
  in_transaction_ = false;
  return Status::Ok();
}

Result<std::vector<StoryInfo>> SqliteStore::StoryRows(const StoryQuery& query,
                                                      std::optional<std::int64_t> only) {
  std::string sql = "SELECT id, title, first, last, sources, open FROM stories";
  if (only) {
    sql += " WHERE id = ?1";
  } else {
    if (!query.since.empty()) sql += " WHERE last >= ?1";
    sql += " ORDER BY last DESC, id DESC";
    if (query.limit > 0) sql += " LIMIT " + std::to_string(query.limit);
  }
  Stmt q;
  if (Status s = Prepare(q, sql.c_str()); !s.ok()) return s;
  if (only)
    q.Bind(1, *only);
  else if (!query.since.empty())
    q.Bind(1, query.since);
  std::vector<StoryInfo> out;
  while (q.Step() == SQLITE_ROW) {
    StoryInfo info;
    info.id = q.Int(0);
    info.title = q.Text(1);
    info.first = q.Text(2);
    info.last = q.Text(3);
    info.sources = static_cast<std::size_t>(q.Int(4));
    info.open = q.Int(5) != 0;
    out.push_back(std::move(info));
  }
  return out;
}

Result<std::vector<ReaderTables::ArticleIdRow>> SqliteStore::ArticleIds(std::int64_t story) {
  Stmt q;
  if (Status s =
          Prepare(q, "SELECT id, duplicate_of IS NOT NULL FROM articles WHERE story=? ORDER BY n");
      !s.ok())
    return s;
  q.Bind(1, story);
  std::vector<ArticleIdRow> out;
  while (q.Step() == SQLITE_ROW) out.push_back({q.Text(0), q.Int(1) != 0});
  return out;
}

Result<std::optional<ReaderTables::SummaryRow>> SqliteStore::CachedSummary(std::int64_t story) {
  Stmt q;
  if (Status s = Prepare(q, "SELECT summary, dirty, sources, last_seq FROM stories WHERE id=?");
      !s.ok())
    return s;
  q.Bind(1, story);
  if (q.Step() != SQLITE_ROW) return std::optional<SummaryRow>();
  SummaryRow row;
  if (!q.IsNull(0)) row.json = q.Text(0);
  row.dirty = q.Int(1) != 0;
  row.sources = q.Int(2);
  row.last_seq = q.Int(3);
  return std::optional<SummaryRow>(std::move(row));
}

Result<std::vector<Document>> SqliteStore::LatestOriginals(std::int64_t story, std::size_t limit) {
  Stmt q;
  if (Status s = Prepare(q,
                         "SELECT id, title, date, source, text FROM articles WHERE story=? AND "
                         "duplicate_of IS NULL ORDER BY n DESC LIMIT ?");
      !s.ok())
    return s;
  q.Bind(1, story).Bind(2, static_cast<std::int64_t>(limit));
  std::vector<Document> out;
  while (q.Step() == SQLITE_ROW) {
    Document d;
    d.id = q.Text(0);
    d.title = q.Text(1);
    d.date = q.Text(2);
    d.source = q.Text(3);
    d.text = q.Text(4);
    out.push_back(std::move(d));
  }
  return out;
}

// (One writer at a time holds a SQLite store, inside its transaction: the
// story read is the story cached.)
Status SqliteStore::SaveSummary(std::int64_t story, const std::string& json, const SummaryRow&) {
  Stmt save;
  if (Status s = Prepare(save, "UPDATE stories SET summary=?, dirty=0 WHERE id=?"); !s.ok())
    return s;
  save.Bind(1, json).Bind(2, story);
  if (save.Step() != SQLITE_DONE) return Error("caching a summary");
  return Status::Ok();
}

Result<std::vector<StoredArticle>> SqliteStore::Articles(std::int64_t story) {
  Stmt q;
  if (Status s =
          Prepare(q,
                  "SELECT a.id, a.url, a.title, a.date, a.source, a.text, o.id FROM articles "
                  "a LEFT JOIN articles o ON a.duplicate_of = o.n WHERE a.story=? "
                  "ORDER BY a.date, a.n");
      !s.ok())
    return s;
  q.Bind(1, story);
  std::vector<StoredArticle> out;
  while (q.Step() == SQLITE_ROW) {
    StoredArticle s;
    s.article = {q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Text(5)};
    s.duplicate_of = q.Text(6);
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::size_t> SqliteStore::ArticleCount() {
  Stmt q;
  if (Status s = Prepare(q, "SELECT count(*) FROM articles"); !s.ok()) return s;
  q.Step();
  return static_cast<std::size_t>(q.Int(0));
}

}  // namespace

Result<std::unique_ptr<StoryStore>> OpenSqliteStore(const std::string& path,
                                                    const StoreOptions& options) {
  auto store = std::make_unique<SqliteStore>(path, options);
  if (Status s = store->Init(); !s.ok()) return s;
  return std::unique_ptr<StoryStore>(std::move(store));
}

}  // namespace store

Result<std::unique_ptr<StoryStore>> StoryStore::Open(const std::string& location,
                                                     const StoreOptions& options) {
  if (store::IsPostgresLocation(location)) return store::OpenPostgresStore(location, options);
  if (location.empty()) return Status::UsageError("no store given (--store news.db)");
  return store::OpenSqliteStore(location, options);
}

}  // namespace precis
