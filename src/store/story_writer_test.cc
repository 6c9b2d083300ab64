#include "store/story_writer.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace precis::store {
namespace {

const char* kBridge =
    "The Harbor Bridge in Aldwin closed on Monday after inspectors found cracks in two steel "
    "girders supporting the main span. City engineers said repairs to the bridge girders could "
    "take three weeks, and commuters were told to use the ferry across the harbor.";
const char* kBridgeLater =
    "Aldwin's Harbor Bridge will stay closed for weeks while engineers repair cracked steel "
    "girders, the city said on Tuesday. Ferry operators added crossings for commuters who used "
    "the bridge, and the mayor asked residents for patience during the girder repairs.";
const char* kVolcano =
    "A volcano on the island of Mount Keria erupted overnight, sending ash eight kilometres into "
    "the sky and forcing airlines to cancel flights across the region. Villagers living on the "
    "slopes of the volcano were evacuated to shelters.";

// The tables in memory: what the writer asks of a backend, and nothing more.
class MemoryTables : public WriterTables {
 public:
  struct Row {
    std::string id, title, date;
    std::uint64_t hash = 0;
    std::int64_t story = 0;
    std::optional<std::int64_t> duplicate_of;
    std::string vector, signature;
  };
  struct StoryRow {
    std::string title, first, last;
    std::int64_t articles = 0, sources = 0;
    bool open = true;
    std::string centroid;
  };
  std::map<std::int64_t, Row> articles;
  std::map<std::int64_t, StoryRow> stories;
  std::map<std::int64_t, std::set<std::int64_t>> bands;
  std::map<std::string, std::string> meta;
  std::map<std::uint32_t, std::pair<std::string, std::uint32_t>> terms;
  bool fail_inserts = false;

  Result<std::optional<StoredRow>> FindById(const std::string& id) override {
    for (const auto& [n, row] : articles)
      if (row.id == id)
        return std::optional<StoredRow>(
            StoredRow{n, row.hash, row.story, row.duplicate_of.has_value(), row.vector, row.title});
    return std::optional<StoredRow>();
  }
  Result<std::optional<Original>> FindByHash(std::uint64_t hash) override {
    for (const auto& [n, row] : articles)
      if (row.hash == hash)
        return std::optional<Original>(Original{row.duplicate_of.value_or(n), row.story});
    return std::optional<Original>();
  }
  Result<std::vector<Candidate>> FindByBands(const std::vector<std::int64_t>& keys) override {
    std::set<std::int64_t> found;
    for (auto key : keys) found.insert(bands[key].begin(), bands[key].end());
    std::vector<Candidate> out;
    for (auto n : found)
      out.push_back({n, articles[n].story, DecodeSignature(articles[n].signature)});
    return out;
  }
  Result<std::vector<std::uint32_t>> Signature(std::int64_t n) override {
    return DecodeSignature(articles[n].signature);
  }
  Result<Copies> CountCopies(std::int64_t story, std::int64_t original) override {
    Copies copies{0, stories[story].first, stories[story].last};
    for (const auto& [n, row] : articles) copies.count += row.duplicate_of == original;
    return copies;
  }
  Result<std::string> ArticleId(std::int64_t n) override { return articles[n].id; }
  Status InsertArticle(const NewRow& row) override {
    if (fail_inserts) return Status::InputError("memory: the disk is full");
    articles[row.n] = {
        row.article->id, row.article->title, row.article->date,       row.hash,
        row.story,       row.duplicate_of,   row.vector.value_or(""), row.signature.value_or("")};
    return Status::Ok();
  }
  Status InsertBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) override {
    for (auto key : keys) bands[key].insert(n);
    return Status::Ok();
  }
  Status DeleteBandKeys(const std::vector<std::int64_t>& keys, std::int64_t n) override {
    for (auto key : keys) bands[key].erase(n);
    return Status::Ok();
  }
  Status DeleteArticle(std::int64_t n) override {
    articles.erase(n);
    return Status::Ok();
  }
  Status Repoint(std::int64_t from, std::int64_t to) override {
    for (auto& [n, row] : articles)
      if (row.duplicate_of == from) row.duplicate_of = to;
    return Status::Ok();
  }
  Result<std::int64_t> InsertStory(const std::string& title, const std::string& day,
                                   std::int64_t) override {
    const std::int64_t id = static_cast<std::int64_t>(stories.size()) + 1;
    StoryRow& story = stories[id];
    story.title = title;
    story.first = story.last = day;
    return id;
  }
  Status TouchStory(std::int64_t story, const std::string& day, std::int64_t,
                    bool counted) override {
    StoryRow& s = stories[story];
    s.articles += counted ? 1 : 0;
    ++s.sources;
    if (!day.empty() && (s.first.empty() || day < s.first)) s.first = day;
    if (day > s.last) s.last = day;
    return Status::Ok();
  }
  Status UntouchStory(std::int64_t story, bool counted) override {
    stories[story].articles -= counted ? 1 : 0;
    --stories[story].sources;
    return Status::Ok();
  }
  Status CloseStory(std::int64_t story) override {
    stories[story].open = false;
    return Status::Ok();
  }
  Status ForEachTerm(
      const std::function<void(std::uint32_t, const std::string&, std::uint32_t)>& f) override {
    for (const auto& [id, term] : terms) f(id, term.first, term.second);
    return Status::Ok();
  }
  Result<std::optional<std::string>> Meta(const std::string& key) override {
    auto it = meta.find(key);
    return it == meta.end() ? std::optional<std::string>() : std::optional<std::string>(it->second);
  }
  Status SetMeta(const std::string& key, const std::string& value) override {
    meta[key] = value;
    return Status::Ok();
  }
  Status ForEachOpenStory(const std::function<void(const OpenStoryRow&)>& f) override {
    for (const auto& [id, s] : stories)
      if (s.open) f({id, s.first, s.last, 0, s.centroid, s.articles});
    return Status::Ok();
  }
  Status SaveCentroid(std::int64_t story, const std::string& blob) override {
    stories[story].centroid = blob;
    return Status::Ok();
  }
  Status SaveTerm(std::uint32_t id, const std::string& term, std::uint32_t df) override {
    terms[id] = {term, df};
    return Status::Ok();
  }
};

Article Make(std::string id, std::string text, std::string date = "") {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.date = std::move(date);
  return a;
}

class StoryWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.min_content_words = 10;
    options_.background_idf = false;
    auto analysis = ArticleAnalysis::Create("english");
    ASSERT_TRUE(analysis.ok());
    analysis_.emplace(std::move(analysis).value());
    Reload();
  }
  // A writer starting from what the tables hold (a process opening the store).
  void Reload() {
    state_ = std::make_unique<WriterState>(options_);
    ASSERT_TRUE(LoadWriterState(options_, tables_, *state_).ok());
    state_->seq = tables_.articles.empty() ? 0 : tables_.articles.rbegin()->first;
    analysis_->set_terms(&state_->terms);
  }
  Result<IngestOutcome> Add(const Article& article) {
    return IngestArticle(article, options_, *analysis_, *state_, tables_);
  }
  StoreOptions options_;
  MemoryTables tables_;
  std::optional<ArticleAnalysis> analysis_;
  std::unique_ptr<WriterState> state_;
};

TEST_F(StoryWriterTest, FilesStoriesAndCopiesThroughTheTablesAlone) {
  auto bridge = Add(Make("a", kBridge, "2024-05-01"));
  ASSERT_TRUE(bridge.ok());
  EXPECT_TRUE(bridge->new_story);
  auto later = Add(Make("b", kBridgeLater, "2024-05-02"));
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->story, bridge->story);
  auto volcano = Add(Make("c", kVolcano, "2024-05-02"));
  ASSERT_TRUE(volcano.ok());
  EXPECT_NE(volcano->story, bridge->story);
  auto copy = Add(Make("d", kBridge, "2024-05-03"));
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->action, IngestAction::kDuplicate);
  EXPECT_EQ(copy->duplicate_of, "a");
  EXPECT_EQ(tables_.articles[4].duplicate_of, 1);
  EXPECT_TRUE(tables_.articles[4].vector.empty());  // a copy never moves the centroid
  const auto& story = tables_.stories[bridge->story];
  EXPECT_EQ(story.articles, 2);
  EXPECT_EQ(story.sources, 3);
  EXPECT_EQ(story.first, "2024-05-01");
  EXPECT_EQ(story.last, "2024-05-03");
}

TEST_F(StoryWriterTest, ReplacesAnArticleSentAgainAndItsCopiesFollowIt) {
  ASSERT_TRUE(Add(Make("a", kBridge)).ok());
  ASSERT_TRUE(Add(Make("a-copy", kBridge)).ok());
  auto same = Add(Make("a", kBridge));
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->action, IngestAction::kUnchanged);
  auto changed = Add(Make("a", std::string(kBridge) + " The ferry will run every hour."));
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->action, IngestAction::kUpdated);
  EXPECT_EQ(tables_.articles.count(1), 0u);        // the old row is gone
  EXPECT_EQ(tables_.articles[2].duplicate_of, 3);  // the copy points at the new one
  EXPECT_EQ(tables_.stories[changed->story].articles, 1);
}

TEST_F(StoryWriterTest, SavesItsMemoryAndAWriterStartsFromIt) {
  auto bridge = Add(Make("a", kBridge, "2024-05-01"));
  ASSERT_TRUE(bridge.ok());
  ASSERT_TRUE(SaveWriterState(tables_, *state_).ok());
  EXPECT_EQ(tables_.meta["documents"], "1");
  EXPECT_FALSE(tables_.terms.empty());
  EXPECT_FALSE(tables_.stories[bridge->story].centroid.empty());
  Reload();  // a new process: the open story and the terms come back
  auto later = Add(Make("b", kBridgeLater, "2024-05-02"));
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->story, bridge->story);
}

TEST_F(StoryWriterTest, StopsAtTheTablesError) {
  tables_.fail_inserts = true;
  auto added = Add(Make("a", kBridge));
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().message(), "memory: the disk is full");
}

}  // namespace
}  // namespace precis::store
