// The PostgreSQL backend: the SQLite backend's schema and behaviour through
// libpq (see src/store/pg_store.h and include/precis/store.h).
#include "store/pg_store.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "precis/render.h"
#include "precis/summarizer.h"
#include "store/article_analysis.h"
#include "store/sqlite_store.h"
#include "store/story_reader.h"
#include "store/story_writer.h"

namespace precis {
namespace store {
namespace {

// The advisory lock key of precis writers ("prcs" in the high word).
constexpr const char* kLockKey = "8102983283713";

// Schema steps: kPgMigrations[k] takes a store from version k to k + 1 (as
// the SQLite ones; text comparisons in "C" collation as SQLite's).
const char* const kPgMigrations[] = {
    // 0 -> 1
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE articles("
    "  n BIGINT PRIMARY KEY,"
    "  id TEXT NOT NULL UNIQUE,"
    "  url TEXT NOT NULL, title TEXT NOT NULL, date TEXT COLLATE \"C\" NOT NULL,"
    "  source TEXT NOT NULL, text TEXT NOT NULL, hash BIGINT NOT NULL,"
    "  story BIGINT NOT NULL, duplicate_of BIGINT, vector BYTEA, signature BYTEA);"
    "CREATE INDEX articles_story ON articles(story, n);"
    "CREATE INDEX articles_hash ON articles(hash);"
    "CREATE TABLE lsh(key BIGINT NOT NULL, article BIGINT NOT NULL, PRIMARY KEY(key, article));"
    "CREATE TABLE stories("
    "  id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, first TEXT COLLATE \"C\" NOT NULL,"
    "  last TEXT COLLATE \"C\" NOT NULL, last_seq BIGINT NOT NULL, open INTEGER NOT NULL,"
    "  articles BIGINT NOT NULL, sources BIGINT NOT NULL, centroid BYTEA, summary TEXT,"
    "  dirty INTEGER NOT NULL);"
    "CREATE INDEX stories_last ON stories(last DESC, id DESC);"
    "CREATE INDEX stories_open ON stories(open) WHERE open = 1;"
    "CREATE TABLE terms(id BIGINT PRIMARY KEY, term TEXT NOT NULL UNIQUE, df BIGINT NOT NULL);",
};
static_assert(sizeof(kPgMigrations) / sizeof(kPgMigrations[0]) == kSchemaVersion);

struct ResultCloser {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Res = std::unique_ptr<PGresult, ResultCloser>;

// A query's parameters: text, binary (bytea) or NULL.
// A PostgreSQL array literal of integers, "{1,2,3}".
std::string BigintArray(const std::vector<std::int64_t>& values) {
  std::string out = "{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(values[i]);
  }
  return out + "}";
}

class Params {
 public:
  Params& Add(std::int64_t v) { return Text(std::to_string(v)); }
  Params& Add(std::string_view v) { return Text(std::string(v)); }
  Params& Add(const char* v) { return Text(v); }
  Params& Text(std::string v) {
    values_.push_back(std::move(v));
    formats_.push_back(0);
    null_.push_back(false);
    return *this;
  }
  Params& Blob(std::string_view v) {
    values_.emplace_back(v);
    formats_.push_back(1);
    null_.push_back(false);
    return *this;
  }
  Params& Null() {
    values_.emplace_back();
    formats_.push_back(0);
    null_.push_back(true);
    return *this;
  }
  PGresult* Run(PGconn* c, const char* sql) const {
    std::vector<const char*> v(values_.size());
    std::vector<int> lengths(values_.size());
    for (std::size_t i = 0; i < values_.size(); ++i) {
      v[i] = null_[i] ? nullptr : values_[i].data();
      lengths[i] = static_cast<int>(values_[i].size());
    }
    return PQexecParams(c, sql, static_cast<int>(v.size()), nullptr, v.data(), lengths.data(),
                        formats_.data(), 0);
  }

 private:
  std::vector<std::string> values_;
  std::vector<int> formats_;
  std::vector<bool> null_;
};

std::string Unescape(const char* hex) {
  std::size_t n = 0;
  unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(hex), &n);
  if (!raw) return std::string();
  std::string out(reinterpret_cast<const char*>(raw), n);
  PQfreemem(raw);
  return out;
}

// The location without its password, for messages.
std::string Redact(const std::string& location) {
  auto scheme = location.find("://");
  auto at = location.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return location;
  auto colon = location.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return location;
  return location.substr(0, colon) + ":***" + location.substr(at);
}

class PgStore : public StoryStore, private WriterTables, private ReaderTables {
 public:
  PgStore(std::string location, StoreOptions options)
      : location_(std::move(location)), name_(Redact(location_)), options_(std::move(options)) {}
  ~PgStore() override {
    if (conn_) {
      if (in_transaction_) PQclear(PQexec(conn_, "ROLLBACK"));
      PQfinish(conn_);
    }
  }

  Status Init();
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

 private:
  Status Error(const std::string& what) const {
    std::string m = PQerrorMessage(conn_);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    std::replace(m.begin(), m.end(), '\n', ' ');
    return Status::InputError(name_ + ": " + what + ": " + m);
  }
  // Runs `sql`; an error (a result that is neither rows nor done) is a Status.
  Result<Res> Run(const char* sql, const Params& p = Params()) {
    Res r(p.Run(conn_, sql));
    auto status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      std::string m = PQresultErrorMessage(r.get());
      while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
      std::replace(m.begin(), m.end(), '\n', ' ');
      return Status::InputError(name_ + ": " + m);
    }
    return r;
  }
  Status Exec(const char* sql) {
    Res r(PQexec(conn_, sql));
    auto status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      std::string m = PQresultErrorMessage(r.get());
      while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
      std::replace(m.begin(), m.end(), '\n', ' ');
      return Status::InputError(name_ + ": " + m);
    }
    return Status::Ok();
  }
  static std::int64_t Int(PGresult* r, int row, int col) {
    return std::atoll(PQgetvalue(r, row, col));
  }
  static std::string Str(PGresult* r, int row, int col) {
    return std::string(PQgetvalue(r, row, col), static_cast<std::size_t>(PQgetlength(r, row, col)));
  }
  Status PrepareToWrite() {
    if (analysis_) return Status::Ok();
    auto analysis = ArticleAnalysis::Create(options_.language);
    if (!analysis.ok()) return analysis.status();
    analysis_.emplace(std::move(analysis).value());
    return Status::Ok();
  }
  Status Begin();
  Status Rollback() {
    in_transaction_ = false;
    known_changes_ = -1;  // memory may be ahead of the store: reload
    return Exec("ROLLBACK");
  }
  Status CheckSchema();
  Status LoadState();
  // Runs a statement that returns no rows.
  Status Done(const char* sql, const Params& p) {
    auto r = Run(sql, p);
    return r.ok() ? Status::Ok() : r.status();
  }

  // ReaderTables.
  Result<std::vector<StoryInfo>> StoryRows(const StoryQuery& query,
                                           std::optional<std::int64_t> only) override;
  Result<std::vector<ArticleIdRow>> ArticleIds(std::int64_t story) override;
  Result<std::optional<SummaryRow>> CachedSummary(std::int64_t story) override;
  Result<std::vector<Document>> LatestOriginals(std::int64_t story, std::size_t limit) override;
  Status SaveSummary(std::int64_t story, const std::string& json, const SummaryRow& read) override;

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
    return Done("DELETE FROM articles WHERE n=$1", Params().Add(n));
  }
  Status Repoint(std::int64_t from, std::int64_t to) override {
    return Done("UPDATE articles SET duplicate_of=$1 WHERE duplicate_of=$2",
                Params().Add(to).Add(from));
  }
  Result<std::int64_t> InsertStory(const std::string& title, const std::string& day,
                                   std::int64_t seq) override;
  Status TouchStory(std::int64_t story, const std::string& day, std::int64_t seq,
                    bool counted) override;
  Status UntouchStory(std::int64_t story, bool counted) override {
    return Done(
        "UPDATE stories SET articles=articles-$1::bigint, sources=sources-1, dirty=1 "
        "WHERE id=$2::bigint",
        Params().Add(std::int64_t{counted}).Add(story));
  }
  Status CloseStory(std::int64_t story) override {
    return Done("UPDATE stories SET open=0 WHERE id=$1", Params().Add(story));
  }
  Status ForEachTerm(
      const std::function<void(std::uint32_t, const std::string&, std::uint32_t)>& f) override;
  Result<std::optional<std::string>> Meta(const std::string& key) override;
  Status SetMeta(const std::string& key, const std::string& value) override {
    return Done(
        "INSERT INTO meta(key, value) VALUES($1,$2) ON CONFLICT(key) DO UPDATE SET "
        "value=excluded.value",
        Params().Add(key).Add(value));
  }
  Status ForEachOpenStory(const std::function<void(const OpenStoryRow&)>& f) override;
  Status SaveCentroid(std::int64_t story, const std::string& blob) override {
    return Done("UPDATE stories SET centroid=$1 WHERE id=$2", Params().Blob(blob).Add(story));
  }
  Status SaveTerm(std::uint32_t id, const std::string& term, std::uint32_t df) override {
    return Done(
        "INSERT INTO terms(id, term, df) VALUES($1,$2,$3) ON CONFLICT(id) DO UPDATE SET "
        "df=excluded.df",
        Params().Add(std::int64_t{id}).Add(term).Add(std::int64_t{df}));
  }

  std::string location_;
  std::string name_;
  StoreOptions options_;
  PGconn* conn_ = nullptr;
  std::optional<ArticleAnalysis> analysis_;
  std::unique_ptr<WriterState> state_;
  bool in_transaction_ = false;
  std::int64_t known_changes_ = -1;  // meta "changes" when state_ was last in step
  std::optional<Summarizer> summarizer_;
};

Status PgStore::Init() {
  conn_ = PQconnectdb(location_.c_str());
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) return Error("cannot connect to the store");
  if (Status s = Exec("SET client_min_messages = warning"); !s.ok()) return s;
  return CheckSchema();
}

Status PgStore::CheckSchema() {
  // A current store is only read; making or migrating one is done under the
  // writers' lock (and checked again once it is held), so that two
  // processes opening a new store do not both make it, and readers never
  // wait for a writer's batch.
  if (Status s = Exec("BEGIN"); !s.ok()) return s;
  auto fail = [&](Status s) {
    Exec("ROLLBACK");
    return s;
  };
  int version = 0;
  for (bool locked : {false, true}) {
    if (locked) {
      auto r = Run("SELECT pg_advisory_xact_lock($1::bigint)", Params().Add(kLockKey));
      if (!r.ok()) return fail(r.status());
    }
    auto tables =
        Run("SELECT count(*), count(*) FILTER (WHERE table_name = 'meta') FROM "
            "information_schema.tables WHERE table_schema = current_schema()");
    if (!tables.ok()) return fail(tables.status());
    std::int64_t objects = Int(tables->get(), 0, 0);
    bool has_meta = Int(tables->get(), 0, 1) > 0;
    version = 0;
    if (objects > 0) {
      if (!has_meta) return fail(Status::InputError(name_ + ": not a precis story store"));
      auto magic = Run("SELECT value FROM meta WHERE key='magic'");
      if (!magic.ok() || PQntuples(magic->get()) != 1 || Str(magic->get(), 0, 0) != kMagic)
        return fail(Status::InputError(name_ + ": not a precis story store"));
      auto v = Run("SELECT value FROM meta WHERE key='schema_version'");
      if (!v.ok() || PQntuples(v->get()) != 1)
        return fail(Status::InputError(name_ + ": not a precis story store"));
      version = std::atoi(PQgetvalue(v->get(), 0, 0));
      if (version > kSchemaVersion)
        return fail(Status::InputError(name_ + ": the store's schema version " +
                                       std::to_string(version) +
                                       " is newer than this precis reads (" +
                                       std::to_string(kSchemaVersion) + "); upgrade precis"));
    } else if (!options_.create) {
      return fail(Status::InputError(name_ + ": no such story store"));
    }
    if (version == kSchemaVersion) return Exec("COMMIT");
  }
  for (int k = version; k < kSchemaVersion; ++k)
    if (Status s = Exec(kPgMigrations[k]); !s.ok()) return fail(s);
  auto set =
      Run("INSERT INTO meta VALUES('magic',$1),('schema_version',$2) ON CONFLICT(key) DO UPDATE "
          "SET value=excluded.value",
          Params().Add(kMagic).Add(std::int64_t{kSchemaVersion}));
  if (!set.ok()) return fail(set.status());
  return Exec("COMMIT");
}

// Memory from the store: terms, the stream's counts, open stories.
Status PgStore::LoadState() {
  state_ = std::make_unique<WriterState>(options_);
  if (Status s = LoadWriterState(options_, *this, *state_); !s.ok()) return s;
  analysis_->set_terms(&state_->terms);
  return Status::Ok();
}

// A batch starts: take the writers' lock, and catch up with what other
// writers committed since our last batch.
Status PgStore::Begin() {
  if (in_transaction_) return Status::Ok();
  if (Status s = Exec("BEGIN"); !s.ok()) return s;
  in_transaction_ = true;
  if (auto r = Run("SELECT pg_advisory_xact_lock($1::bigint)", Params().Add(kLockKey)); !r.ok()) {
    Rollback();
    return r.status();
  }
  auto c =
      Run("SELECT coalesce((SELECT value FROM meta WHERE key='changes'), '0'), "
          "(SELECT coalesce(max(n), 0) FROM articles)");
  if (!c.ok()) {
    Rollback();
    return c.status();
  }
  std::int64_t changes = Int(c->get(), 0, 0);
  if (!state_ || changes != known_changes_) {
    if (Status s = LoadState(); !s.ok()) {
      Rollback();
      return s;
    }
  }
  state_->seq = Int(c->get(), 0, 1);
  known_changes_ = changes;
  return Status::Ok();
}

Result<std::optional<WriterTables::StoredRow>> PgStore::FindById(const std::string& id) {
  auto found = Run("SELECT n, hash, story, duplicate_of, vector, title FROM articles WHERE id=$1",
                   Params().Add(id));
  if (!found.ok()) return found.status();
  PGresult* f = found->get();
  if (PQntuples(f) != 1) return std::optional<StoredRow>();
  StoredRow row;
  row.n = Int(f, 0, 0);
  row.hash = static_cast<std::uint64_t>(Int(f, 0, 1));
  row.story = Int(f, 0, 2);
  row.duplicate = !PQgetisnull(f, 0, 3);
  row.vector = PQgetisnull(f, 0, 4) ? std::string() : Unescape(PQgetvalue(f, 0, 4));
  row.title = Str(f, 0, 5);
  return std::optional<StoredRow>(std::move(row));
}

Result<std::optional<WriterTables::Original>> PgStore::FindByHash(std::uint64_t hash) {
  auto h = Run("SELECT n, story, id, duplicate_of FROM articles WHERE hash=$1 ORDER BY n LIMIT 1",
               Params().Add(static_cast<std::int64_t>(hash)));
  if (!h.ok()) return h.status();
  if (PQntuples(h->get()) != 1) return std::optional<Original>();
  return std::optional<Original>(
      Original{PQgetisnull(h->get(), 0, 3) ? Int(h->get(), 0, 0) : Int(h->get(), 0, 3),
               Int(h->get(), 0, 1)});
}

Result<std::vector<WriterTables::Candidate>> PgStore::FindByBands(
    const std::vector<std::int64_t>& keys) {
  // The candidates of every band and their signatures in one round trip
  // (a query per band and per candidate made ingest wait on the network).
  const std::string sql =
      "SELECT a.n, a.signature, a.story FROM articles a WHERE a.n IN (SELECT l.article FROM"
      " unnest($1::bigint[]) AS k(key), LATERAL (SELECT article FROM lsh WHERE lsh.key=k.key"
      " LIMIT " +
      std::to_string(kBandCandidates) + ") AS l) ORDER BY a.n";
  auto s = Run(sql.c_str(), Params().Add(BigintArray(keys)));
  if (!s.ok()) return s.status();
  std::vector<Candidate> out;
  for (int i = 0; i < PQntuples(s->get()); ++i) {
    if (PQgetisnull(s->get(), i, 1)) continue;
    out.push_back({Int(s->get(), i, 0), Int(s->get(), i, 2),
                   DecodeSignature(Unescape(PQgetvalue(s->get(), i, 1)))});
  }
  return out;
}

Result<std::vector<std::uint32_t>> PgStore::Signature(std::int64_t n) {
  auto sig = Run("SELECT signature FROM articles WHERE n=$1", Params().Add(n));
  if (!sig.ok()) return sig.status();
  if (PQntuples(sig->get()) != 1 || PQgetisnull(sig->get(), 0, 0))
    return std::vector<std::uint32_t>();
  return DecodeSignature(Unescape(PQgetvalue(sig->get(), 0, 0)));
}

Result<WriterTables::Copies> PgStore::CountCopies(std::int64_t story, std::int64_t original) {
  auto c =
      Run("SELECT count(*), (SELECT first FROM stories WHERE id=$1),"
          " (SELECT last FROM stories WHERE id=$1) FROM articles"
          " WHERE story=$1 AND duplicate_of=$2",
          Params().Add(story).Add(original));
  if (!c.ok()) return c.status();
  Copies copies;
  if (PQntuples(c->get()) == 1) {
    copies.count = static_cast<std::size_t>(Int(c->get(), 0, 0));
    copies.first = Str(c->get(), 0, 1);
    copies.last = Str(c->get(), 0, 2);
  }
  return copies;
}

Result<std::string> PgStore::ArticleId(std::int64_t n) {
  auto id = Run("SELECT id FROM articles WHERE n=$1", Params().Add(n));
  if (!id.ok()) return id.status();
  return PQntuples(id->get()) == 1 ? Str(id->get(), 0, 0) : std::string();
}

Status PgStore::InsertArticle(const NewRow& row) {
  const Article& article = *row.article;
  Params p;
  p.Add(row.n)
      .Add(article.id)
      .Add(article.url)
      .Add(article.title)
      .Add(article.date)
      .Add(article.source)
      .Add(*row.text)
      .Add(static_cast<std::int64_t>(row.hash))
      .Add(row.story);
  if (row.duplicate_of)
    p.Add(*row.duplicate_of);
  else
    p.Null();
  if (row.vector)
    p.Blob(*row.vector);
  else
    p.Null();
  if (row.signature)
    p.Blob(*row.signature);
  else
    p.Null();
  return Done(
      "INSERT INTO articles(n,id,url,title,date,source,text,hash,story,duplicate_of,vector,"
      "signature) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
      p);
}

Status PgStore::InsertBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) {
  if (keys.empty()) return Status::Ok();
  return Done(
      "INSERT INTO lsh(key, article) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING",
      Params().Add(BigintArray(keys)).Add(n));
}

Status PgStore::DeleteBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) {
  if (keys.empty()) return Status::Ok();
  return Done("DELETE FROM lsh WHERE key = ANY($1::bigint[]) AND article=$2",
              Params().Add(BigintArray(keys)).Add(n));
}

Result<std::int64_t> PgStore::InsertStory(const std::string& title, const std::string& day,
                                          std::int64_t seq) {
  auto s =
      Run("INSERT INTO stories(title,first,last,last_seq,open,articles,sources,dirty) "
          "VALUES($1,$2,$3,$4,1,0,0,1) RETURNING id",
          Params().Add(title).Add(day).Add(day).Add(seq));
  if (!s.ok()) return s.status();
  return Int(s->get(), 0, 0);
}

Status PgStore::TouchStory(std::int64_t story, const std::string& day, std::int64_t seq,
                           bool counted) {
  return Done(
      "UPDATE stories SET articles=articles+$1::bigint, sources=sources+1, last_seq=$2::bigint,"
      " first=CASE WHEN $3::text='' THEN first WHEN first='' OR $3::text<first THEN $3::text"
      " ELSE first END,"
      " last=CASE WHEN $3::text>last THEN $3::text ELSE last END,"
      " dirty=GREATEST(dirty, $4::integer) WHERE id=$5::bigint",
      Params().Add(std::int64_t{counted}).Add(seq).Add(day).Add(std::int64_t{counted}).Add(story));
}

Status PgStore::ForEachTerm(
    const std::function<void(std::uint32_t, const std::string&, std::uint32_t)>& f) {
  auto q = Run("SELECT id, term, df FROM terms ORDER BY id");
  if (!q.ok()) return q.status();
  for (int i = 0; i < PQntuples(q->get()); ++i)
    f(static_cast<std::uint32_t>(Int(q->get(), i, 0)), Str(q->get(), i, 1),
      static_cast<std::uint32_t>(Int(q->get(), i, 2)));
  return Status::Ok();
}

Result<std::optional<std::string>> PgStore::Meta(const std::string& key) {
  auto m = Run("SELECT value FROM meta WHERE key=$1", Params().Add(key));
  if (!m.ok()) return m.status();
  if (PQntuples(m->get()) != 1) return std::optional<std::string>();
  return std::optional<std::string>(Str(m->get(), 0, 0));
}

Status PgStore::ForEachOpenStory(const std::function<void(const OpenStoryRow&)>& f) {
  auto open = Run("SELECT id, first, last, last_seq, centroid, articles FROM stories WHERE open=1");
  if (!open.ok()) return open.status();
  PGresult* r = open->get();
  for (int i = 0; i < PQntuples(r); ++i)
    f({Int(r, i, 0), Str(r, i, 1), Str(r, i, 2), Int(r, i, 3),
       PQgetisnull(r, i, 4) ? std::string() : Unescape(PQgetvalue(r, i, 4)), Int(r, i, 5)});
  return Status::Ok();
}

Result<IngestOutcome> PgStore::Add(const Article& article) {
  if (article.id.empty()) return Status::InputError("an article has no id");
  if (Status s = PrepareToWrite(); !s.ok()) return s;
  if (Status s = Begin(); !s.ok()) return s;
  auto r = IngestArticle(article, options_, *analysis_, *state_, *this);
  if (!r.ok()) Rollback();
  return r;
}

Status PgStore::Commit() {
  if (!in_transaction_) return Status::Ok();
  if (Status s = SaveWriterState(*this, *state_); !s.ok()) {
    Rollback();
    return s;
  }
  ++known_changes_;
  if (Status s = SetMeta("changes", std::to_string(known_changes_)); !s.ok()) {
    Rollback();
    return s;
  }
  if (Status s = Exec("COMMIT"); !s.ok()) {
    in_transaction_ = false;
    known_changes_ = -1;
    return s;
  }
  in_transaction_ = false;
  return Status::Ok();
}

Result<std::vector<StoryInfo>> PgStore::StoryRows(const StoryQuery& query,
                                                  std::optional<std::int64_t> only) {
  std::string sql = "SELECT id, title, first, last, sources, open FROM stories";
  Params p;
  if (only) {
    sql += " WHERE id=$1";
    p.Add(*only);
  } else {
    if (!query.since.empty()) {
      sql += " WHERE last >= $1";
      p.Add(query.since);
    }
    sql += " ORDER BY last DESC, id DESC";
    if (query.limit > 0) sql += " LIMIT " + std::to_string(query.limit);
  }
  auto q = Run(sql.c_str(), p);
  if (!q.ok()) return q.status();
  std::vector<StoryInfo> out;
  for (int i = 0; i < PQntuples(q->get()); ++i) {
    StoryInfo info;
    info.id = Int(q->get(), i, 0);
    info.title = Str(q->get(), i, 1);
    info.first = Str(q->get(), i, 2);
    info.last = Str(q->get(), i, 3);
    info.sources = static_cast<std::size_t>(Int(q->get(), i, 4));
    info.open = Int(q->get(), i, 5) != 0;
    out.push_back(std::move(info));
  }
  return out;
}

Result<std::vector<ReaderTables::ArticleIdRow>> PgStore::ArticleIds(std::int64_t story) {
  auto q = Run("SELECT id, duplicate_of IS NOT NULL FROM articles WHERE story=$1 ORDER BY n",
               Params().Add(story));
  if (!q.ok()) return q.status();
  std::vector<ArticleIdRow> out;
  for (int i = 0; i < PQntuples(q->get()); ++i)
    out.push_back({Str(q->get(), i, 0), PQgetvalue(q->get(), i, 1)[0] == 't'});
  return out;
}

Result<std::optional<ReaderTables::SummaryRow>> PgStore::CachedSummary(std::int64_t story) {
  auto q =
      Run("SELECT summary, dirty, sources, last_seq FROM stories WHERE id=$1", Params().Add(story));
  if (!q.ok()) return q.status();
  if (PQntuples(q->get()) != 1) return std::optional<SummaryRow>();
  SummaryRow row;
  if (!PQgetisnull(q->get(), 0, 0)) row.json = Str(q->get(), 0, 0);
  row.dirty = Int(q->get(), 0, 1) != 0;
  row.sources = Int(q->get(), 0, 2);
  row.last_seq = Int(q->get(), 0, 3);
  return std::optional<SummaryRow>(std::move(row));
}

Result<std::vector<Document>> PgStore::LatestOriginals(std::int64_t story, std::size_t limit) {
  auto q =
      Run("SELECT id, title, date, source, text FROM articles WHERE story=$1 AND duplicate_of IS "
          "NULL ORDER BY n DESC LIMIT $2",
          Params().Add(story).Add(static_cast<std::int64_t>(limit)));
  if (!q.ok()) return q.status();
  std::vector<Document> out;
  for (int i = 0; i < PQntuples(q->get()); ++i) {
    PGresult* r = q->get();
    Document d;
    d.id = Str(r, i, 0);
    d.title = Str(r, i, 1);
    d.date = Str(r, i, 2);
    d.source = Str(r, i, 3);
    d.text = Str(r, i, 4);
    out.push_back(std::move(d));
  }
  return out;
}

// Cached unless a writer changed the story since it was read (then it
// stays dirty, and the next read makes it again).
Status PgStore::SaveSummary(std::int64_t story, const std::string& json, const SummaryRow& read) {
  return Done("UPDATE stories SET summary=$1, dirty=0 WHERE id=$2 AND sources=$3 AND last_seq=$4",
              Params().Add(json).Add(story).Add(read.sources).Add(read.last_seq));
}

Result<std::vector<StoredArticle>> PgStore::Articles(std::int64_t story) {
  auto q =
      Run("SELECT a.id, a.url, a.title, a.date, a.source, a.text, coalesce(o.id, '') FROM articles "
          "a LEFT JOIN articles o ON a.duplicate_of = o.n WHERE a.story=$1 ORDER BY a.date, a.n",
          Params().Add(story));
  if (!q.ok()) return q.status();
  std::vector<StoredArticle> out;
  for (int i = 0; i < PQntuples(q->get()); ++i) {
    StoredArticle s;
    PGresult* r = q->get();
    s.article = {Str(r, i, 0), Str(r, i, 1), Str(r, i, 2),
                 Str(r, i, 3), Str(r, i, 4), Str(r, i, 5)};
    s.duplicate_of = Str(r, i, 6);
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::size_t> PgStore::ArticleCount() {
  auto q = Run("SELECT count(*) FROM articles");
  if (!q.ok()) return q.status();
  return static_cast<std::size_t>(Int(q->get(), 0, 0));
}

}  // namespace

Result<std::unique_ptr<StoryStore>> OpenPostgresStore(const std::string& location,
                                                      const StoreOptions& options) {
  auto store = std::make_unique<PgStore>(location, options);
  if (Status s = store->Init(); !s.ok()) return s;
  return std::unique_ptr<StoryStore>(std::move(store));
}

}  // namespace store
}  // namespace precis
