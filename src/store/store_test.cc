#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>
#include <cmath>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "precis/store.h"
#include "store/article_analysis.h"
#include "store/article_lines.h"
#include "store/pg/test_server.h"
#include "store/sqlite_store.h"
#include "store/story_clusterer.h"

namespace precis::store {
namespace {

namespace fs = std::filesystem;

const char* kBridgeA =
    "The Harbor Bridge in Aldwin closed on Monday after inspectors found cracks in two steel "
    "girders supporting the main span. City engineers said repairs to the bridge girders could "
    "take three weeks, and commuters were told to use the ferry across the harbor. Mayor Lena "
    "Ortiz said the bridge inspection program had worked as intended.";
const char* kBridgeB =
    "Aldwin's Harbor Bridge will stay closed for weeks while engineers repair cracked steel "
    "girders, the city said on Tuesday. Ferry operators added crossings for commuters who used "
    "the bridge, and Mayor Ortiz asked residents for patience during the girder repairs.";
const char* kVolcano =
    "A volcano on the island of Mount Keria erupted overnight, sending ash eight kilometres into "
    "the sky and forcing airlines to cancel flights across the region. Villagers living on the "
    "slopes of the volcano were evacuated to shelters, and seismologists warned that further "
    "eruptions and lava flows were possible in the coming days.";

Article StoreTestArticle(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.source = "test";
  return a;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "precis-store-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    path_ = (dir_ / "news.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  // Short test articles: fewer content words make a brief.
  static StoreOptions Options() {
    StoreOptions o;
    o.min_content_words = 10;
    return o;
  }
  std::unique_ptr<StoryStore> Open(const StoreOptions& options = Options()) {
    auto store = StoryStore::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }
  static Article Make(std::string id, std::string text, std::string date = "") {
    Article a;
    a.id = std::move(id);
    a.text = std::move(text);
    a.date = std::move(date);
    a.source = "test";
    return a;
  }
  fs::path dir_;
  std::string path_;
};

// The tests every backend passes: "sqlite" (a file) and "postgres" (a new
// database of a throw-away server, see store/pg/test_server.h).
class StoreBackendTest : public StoreTest, public ::testing::WithParamInterface<std::string> {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (GetParam() == "postgres") {
      PgTestServer* server = PgTestServer::Get();
      if (!server) GTEST_SKIP() << "no PostgreSQL server (Debian: postgresql)";
      path_ = server->NewDatabase();
      ASSERT_FALSE(path_.empty()) << "createdb failed";
    }
  }
};
INSTANTIATE_TEST_SUITE_P(Backends, StoreBackendTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(DayNumberTest, CountsDaysSinceTheEpoch) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2000-03-01T10:00:00"), 11017);
  EXPECT_EQ(*DayNumber("2024-03-01") - *DayNumber("2024-02-28"), 2);  // a leap year
  EXPECT_FALSE(DayNumber("March 3").has_value());
  EXPECT_FALSE(DayNumber("2024-13-01").has_value());
}

TEST(VectorTest, EncodesAndDecodes) {
  SparseVector v = {{1, 0.5f}, {7, 0.25f}, {1000000, 2.0f}};
  EXPECT_EQ(DecodeVector(EncodeVector(v)), v);
  EXPECT_TRUE(DecodeVector("").empty());
}

TEST(MinHashTest, NearCopiesAreSimilarAndOtherTextsAreNot) {
  auto analysis = ArticleAnalysis::Create("english");
  ASSERT_TRUE(analysis.ok());
  Article a{"a", "", "", "", "", kBridgeA};
  Article copy = a;
  copy.text = std::string(kBridgeA) + " Updated at noon.";
  Article other{"c", "", "", "", "", kVolcano};
  auto x = analysis->Analyze(a), y = analysis->Analyze(copy), z = analysis->Analyze(other);
  ASSERT_EQ(x.signature.size(), kMinHashes);
  EXPECT_GT(SignatureSimilarity(x.signature, y.signature), 0.7);
  EXPECT_LT(SignatureSimilarity(x.signature, z.signature), 0.2);
  EXPECT_EQ(BandKeys(x.signature).size(), kBands);
  EXPECT_NE(x.hash, y.hash);
  EXPECT_FALSE(x.terms.empty());
  EXPECT_FALSE(x.lead.empty());
}

// A store keeps learning furniture from its stream: a notice that recurs in
// the articles of four stories, off their topics, is then cleaned away; a
// sentence on each story's topic is not learned however often it recurs.
TEST(ArticleAnalysisTest, LearnsTextRecurringAcrossStoriesFromTheStream) {
  auto analysis = ArticleAnalysis::Create("english");
  ASSERT_TRUE(analysis.ok());
  TermTable terms;
  analysis->set_terms(&terms);
  const std::string notice =
      "Members of the Riverside Gazette club read every column without limits.";
  const std::string on_topic = "The harbor bridge repairs were delayed again by the council.";
  auto text = [&](int story) {
    return "Story " + std::to_string(story) + " opens with the harbor bridge council news " +
           "number " + std::string(1, static_cast<char>('a' + story)) + ".\n\n" + notice + "\n\n" +
           on_topic;
  };
  for (int story = 0; story < static_cast<int>(clean::RecurringText::kMinStories); ++story) {
    auto a = analysis->Analyze({"a" + std::to_string(story), "", "", "", "", text(story)});
    EXPECT_NE(a.cleaned.find("Riverside"), std::string::npos) << story;
    // The story's centroid before this article: the harbor bridge council.
    std::unordered_map<std::uint32_t, float> centroid;
    for (const char* stem : {"harbor", "bridg", "council", "repair", "delay"})
      centroid[terms.Id(stem)] = 1;
    analysis->Learn(story, &centroid);
  }
  auto later = analysis->Analyze({"later", "", "", "", "", text(9)});
  EXPECT_EQ(later.cleaned.find("Riverside"), std::string::npos) << later.cleaned;
  EXPECT_NE(later.cleaned.find("harbor bridge repairs"), std::string::npos) << later.cleaned;
  // A new story's topic is not known yet: nothing is learned from it.
  auto fresh = ArticleAnalysis::Create("english");
  ASSERT_TRUE(fresh.ok());
  fresh->set_terms(&terms);
  for (int story = 0; story < 6; ++story) {
    fresh->Analyze({"b" + std::to_string(story), "", "", "", "", text(story)});
    fresh->Learn(story, nullptr);
  }
  EXPECT_NE(fresh->Analyze({"c", "", "", "", "", text(9)}).cleaned.find("Riverside"),
            std::string::npos);
}

TEST(StoryClustererTest, JoinsTheSimilarStoryWithinTheWindow) {
  TermTable terms;
  ClusterParams params;
  params.window_days = 10;
  params.window_arrivals = 0;
  StoryClusterer clusterer(params, terms);
  auto vec = [&](std::vector<std::string> words) {
    std::vector<std::pair<std::uint32_t, float>> counts;
    std::vector<std::uint32_t> ids;
    for (const auto& w : words) {
      counts.emplace_back(terms.Id(w), 1.0f);
      ids.push_back(terms.Id(w));
    }
    terms.CountDocument(ids);
    return TfIdfVector(counts, terms);
  };
  auto bridge = vec({"bridg", "girder", "harbor", "ferri"});
  auto volcano = vec({"volcano", "ash", "erupt", "lava"});
  clusterer.Add(1, bridge, DayNumber("2024-01-01"), 1);
  clusterer.Add(2, volcano, DayNumber("2024-01-01"), 2);
  auto again = vec({"bridg", "girder", "harbor", "mayor"});
  EXPECT_EQ(clusterer.Best(again, DayNumber("2024-01-02")), 1);
  EXPECT_FALSE(clusterer.Best(again, DayNumber("2024-03-01")).has_value());  // out of the window
  auto closed = clusterer.CloseExpired(DayNumber("2024-02-01"), 3);
  EXPECT_EQ(closed.size(), 2u);
  EXPECT_EQ(clusterer.open(), 0u);
}

TEST(StoryClustererTest, AsksMoreOfABiggerStory) {
  TermTable terms;
  ClusterParams params;
  params.threshold = 0.5;
  params.size_slope = 0.1;
  StoryClusterer clusterer(params, terms);
  SparseVector v = {{terms.Id("bridg"), 1.0f}};
  SparseVector w = {{terms.Id("girder"), 1.0f}};
  clusterer.Add(1, v, std::nullopt, 1);
  double similarity = 0;
  EXPECT_EQ(clusterer.Best(v, std::nullopt, &similarity), 1);
  EXPECT_NEAR(similarity, 1.0, 1e-6);  // one article: no size term
  // Four articles, the centroid 3 parts v to 1 part w: cosine 3 / sqrt(10) = 0.949,
  // less 0.1 * ln 4 = 0.139.
  for (int k = 0; k < 2; ++k) clusterer.Add(1, v, std::nullopt, 2 + k);
  clusterer.Add(1, w, std::nullopt, 4);
  EXPECT_EQ(clusterer.Find(1)->articles, 4u);
  EXPECT_EQ(clusterer.Best(v, std::nullopt, &similarity), 1);
  EXPECT_NEAR(similarity, 3 / std::sqrt(10.0) - 0.1 * std::log(4.0), 1e-5);
  // w alone: cosine 1 / sqrt(10) = 0.316 would pass 0.3, not 0.3 + 0.139.
  params.threshold = 0.3;
  StoryClusterer lenient(params, terms);
  for (int k = 0; k < 3; ++k) lenient.Add(1, v, std::nullopt, 1 + k);
  lenient.Add(1, w, std::nullopt, 4);
  EXPECT_FALSE(lenient.Best(w, std::nullopt).has_value());
  lenient.Subtract(1, v);  // three articles: 1 / sqrt(5) = 0.447 against 0.3 + 0.110
  EXPECT_EQ(lenient.Find(1)->articles, 3u);
  EXPECT_EQ(lenient.Best(w, std::nullopt), 1);
}

TEST(ArticleLineTest, ParsesArticlesAndReportsProblems) {
  std::vector<Article> out;
  EXPECT_EQ(ParseArticleLine(R"({"id":"a","title":"T","date":"3 March 2024","text":"Body."})", out),
            "");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date, "2024-03-03");
  EXPECT_EQ(
      ParseArticleLine(R"({"id":7,"html":"<html><body><p>Hello there.</p></body></html>"})", out),
      "");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].id, "7");
  EXPECT_NE(out[1].text.find("Hello there."), std::string::npos);
  EXPECT_EQ(ParseArticleLine(
                R"({"id":"c","documents":[{"id":"d1","text":"x"},{"id":"d2","text":"y"}]})", out),
            "");
  EXPECT_EQ(out.size(), 4u);
  EXPECT_EQ(ParseArticleLine("{not json", out), "malformed JSON");
  EXPECT_EQ(ParseArticleLine(R"({"text":"no id"})", out), "no \"id\"");
  EXPECT_EQ(ParseArticleLine(R"({"id":"x"})", out), "no \"text\" or \"html\"");
  EXPECT_EQ(ParseArticleLine(R"({"id":"x","text":5})", out), "\"text\" is not a string");
  EXPECT_EQ(out.size(), 4u);
}

TEST_P(StoreBackendTest, GroupsArticlesIntoStoriesAndFindsCopies) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto a = store->Add(Make("a", kBridgeA, "2024-05-01"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->action, IngestAction::kAdded);
  EXPECT_TRUE(a->new_story);
  auto b = store->Add(Make("b", kBridgeB, "2024-05-02"));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->story, a->story);
  EXPECT_FALSE(b->new_story);
  auto c = store->Add(Make("c", kVolcano, "2024-05-02"));
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->story, a->story);
  auto copy = store->Add(Make("a-copy", kBridgeA, "2024-05-03"));
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->action, IngestAction::kDuplicate);
  EXPECT_EQ(copy->duplicate_of, "a");
  EXPECT_EQ(copy->story, a->story);
  auto near = store->Add(Make("a-near", std::string(kBridgeA) + " Updated at noon."));
  ASSERT_TRUE(near.ok());
  EXPECT_EQ(near->action, IngestAction::kDuplicate);
  auto again = store->Add(Make("a", kBridgeA, "2024-05-01"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->action, IngestAction::kUnchanged);
  ASSERT_TRUE(store->Commit().ok());

  auto stories = store->Stories({});
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->size(), 2u);
  const StoryInfo& bridge = (*stories)[0].id == a->story ? (*stories)[0] : (*stories)[1];
  EXPECT_EQ(bridge.documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(bridge.copies, (std::vector<std::string>{"a-copy", "a-near"}));
  EXPECT_EQ(bridge.sources, 4u);
  EXPECT_EQ(bridge.first, "2024-05-01");
  EXPECT_EQ(bridge.last, "2024-05-03");
  EXPECT_EQ((*stories)[0].id, a->story);  // latest first
  StoryQuery since;
  since.since = "2024-05-03";
  EXPECT_EQ(store->Stories(since)->size(), 1u);
  StoryQuery one;
  one.limit = 1;
  EXPECT_EQ(store->Stories(one)->size(), 1u);

  auto summary = store->SummaryJson(a->story);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  auto json = nlohmann::json::parse(*summary);
  ASSERT_TRUE(json.is_array());
  ASSERT_FALSE(json.empty());
  EXPECT_TRUE(json[0].contains("text"));
  EXPECT_TRUE(json[0].contains("document"));
  EXPECT_EQ(*store->SummaryJson(a->story), *summary);  // cached

  auto view = ViewStory(*store, a->story);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->articles.size(), 4u);
  auto rendered = nlohmann::json::parse(RenderStoryView(*view, OutputFormat::kJson));
  EXPECT_EQ(rendered["documents"].size(), 2u);
  EXPECT_EQ(rendered["articles"].size(), 4u);
  EXPECT_FALSE(store->Story(999).ok());
}

TEST_P(StoreBackendTest, KeepsWhatWasCommittedAndDropsTheRest) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->Add(Make("a", kBridgeA)).ok());
    ASSERT_TRUE(store->Commit().ok());
    ASSERT_TRUE(store->Add(Make("c", kVolcano)).ok());  // never committed
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->ArticleCount(), 1u);
  auto b = store->Add(Make("b", kBridgeB));  // the open story was kept
  ASSERT_TRUE(b.ok());
  EXPECT_FALSE(b->new_story);
}

TEST_P(StoreBackendTest, LeavesBriefsAlone) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto a = store->Add(Make("a", kBridgeA));
  ASSERT_TRUE(a.ok());
  auto brief = store->Add(Make("brief", "The Harbor Bridge girders cracked."));
  ASSERT_TRUE(brief.ok());
  EXPECT_TRUE(brief->new_story);
  auto b = store->Add(Make("b", kBridgeB));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->story, a->story);
}

TEST_P(StoreBackendTest, KeepsARecurringPageAloneAfterItsCopies) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto a = store->Add(Make("a", kBridgeA));
  ASSERT_TRUE(a.ok());
  // Undated copies: the first max_copies join the original's story, the next
  // is taken for a recurring page (a login wall, an archive notice).
  for (int k = 1; k <= 3; ++k) {
    auto copy = store->Add(Make("copy" + std::to_string(k), kBridgeA));
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy->action, IngestAction::kDuplicate);
    EXPECT_EQ(copy->story, a->story);
  }
  auto recurring = store->Add(Make("copy4", kBridgeA));
  ASSERT_TRUE(recurring.ok());
  EXPECT_EQ(recurring->action, IngestAction::kAdded);
  EXPECT_TRUE(recurring->new_story);
  auto b = store->Add(Make("b", kBridgeB));  // it is not joined
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->story, a->story);
}

TEST_P(StoreBackendTest, LetsDatedWireCopiesJoinTheirStory) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto a = store->Add(Make("a", kBridgeA, "2024-05-01"));
  ASSERT_TRUE(a.ok());
  for (int k = 1; k <= 5; ++k) {
    auto copy = store->Add(Make("copy" + std::to_string(k), kBridgeA, "2024-05-02"));
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy->action, IngestAction::kDuplicate);
    EXPECT_EQ(copy->story, a->story);
  }
  auto late = store->Add(Make("late", kBridgeA, "2024-09-01"));  // months later
  ASSERT_TRUE(late.ok());
  EXPECT_TRUE(late->new_story);
}

TEST(SyndicatedTest, NeedsDatesWithinTheSyndicationDays) {
  EXPECT_TRUE(Syndicated(10, 10, 12));
  EXPECT_TRUE(Syndicated(14, 10, 12));
  EXPECT_TRUE(Syndicated(8, 10, 12));
  EXPECT_FALSE(Syndicated(15, 10, 12));
  EXPECT_FALSE(Syndicated(std::nullopt, 10, 12));
  EXPECT_FALSE(Syndicated(10, std::nullopt, std::nullopt));
}

TEST_P(StoreBackendTest, UpdatesAnArticleSentAgainWithAnotherText) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto first = store->Add(Make("a", kBridgeA));
  ASSERT_TRUE(first.ok());
  auto updated = store->Add(Make("a", kVolcano));
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->action, IngestAction::kUpdated);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*store->ArticleCount(), 1u);
  auto articles = store->Articles(updated->story);
  ASSERT_TRUE(articles.ok());
  ASSERT_EQ(articles->size(), 1u);
  EXPECT_NE((*articles)[0].article.text.find("volcano"), std::string::npos);
}

TEST_F(StoreTest, RefusesFilesThatAreNotPrecisStores) {
  std::ofstream(path_) << "just some text\n";
  auto text = StoryStore::Open(path_);
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.status().message().find("not a precis story store"), std::string::npos);

  fs::remove(path_);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto other = StoryStore::Open(path_);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("not a precis story store"), std::string::npos);
}

TEST_F(StoreTest, RefusesANewerSchema) {
  ASSERT_TRUE(Open());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = StoryStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("schema version 99 is newer"), std::string::npos);
  EXPECT_EQ(store.status().message().find('\n'), std::string::npos);
}

TEST_F(StoreTest, UsesWalAndPassesAnIntegrityCheck) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->Add(Make("a", kBridgeA)).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  auto one = [&](const char* sql) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    sqlite3_step(s);
    std::string v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return v;
  };
  EXPECT_EQ(one("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(one("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(one("PRAGMA application_id"), std::to_string(kApplicationId));
  sqlite3_close(db);
}

// Many stories through few open slots: stories close (window and cap), their
// postings and slots are reused, big centroids are pruned; a reopened store
// carries on with the open ones.
TEST_P(StoreBackendTest, ClosesAndPrunesStoriesOnALongStream) {
  StoreOptions options = Options();
  options.max_open_stories = 4;
  options.window_articles = 30;
  std::size_t added = 0;
  for (int round = 0; round < 2; ++round) {
    auto store = Open(options);
    ASSERT_TRUE(store);
    for (int k = 0; k < 150; ++k) {
      // Even articles: long runs of one topic with ever new words (pruning,
      // then closing by window); odd ones: 7 topics in turn (closing by cap).
      int topic = k % 2 == 0 ? 10 * round + k / 50 : 100 + k % 7;
      std::string text;
      for (int w = 0; w < 60; ++w)
        text +=
            "topic" + std::to_string(topic) + "w" +
            std::to_string(k % 2 == 0 ? (w < 20 ? w : (w + k * 60) % 3000) : (w * 7 + k) % 200) +
            (w % 12 == 11 ? ". " : " ");
      auto r = store->Add(
          Make("r" + std::to_string(round) + "-" + std::to_string(k), text,
               "2024-01-" + std::string(k % 28 < 9 ? "0" : "") + std::to_string(k % 28 + 1)));
      ASSERT_TRUE(r.ok()) << r.status().message();
      added += r->action == IngestAction::kAdded || r->action == IngestAction::kDuplicate;
      if (k % 20 == 0) {
        ASSERT_TRUE(store->Commit().ok());
      }
    }
    ASSERT_TRUE(store->Commit().ok());
  }
  EXPECT_EQ(*StoryStore::Open(path_, Options()).value()->ArticleCount(), added);
}

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = PgTestServer::Get();
    if (!server_) GTEST_SKIP() << "no PostgreSQL server (Debian: postgresql)";
    location_ = server_->NewDatabase();
    ASSERT_FALSE(location_.empty());
  }
  PgTestServer* server_ = nullptr;
  std::string location_;
};

TEST_F(PostgresStoreTest, RefusesDatabasesThatAreNotPrecisStores) {
  ASSERT_TRUE(server_->Sql(location_, "CREATE TABLE t(x integer)"));
  auto other = StoryStore::Open(location_);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("not a precis story store"), std::string::npos);
}

TEST_F(PostgresStoreTest, RefusesANewerSchemaAndAMissingStore) {
  StoreOptions reading;
  reading.create = false;
  auto missing = StoryStore::Open(location_, reading);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no such story store"), std::string::npos);
  ASSERT_TRUE(StoryStore::Open(location_).ok());
  ASSERT_TRUE(server_->Sql(location_, "UPDATE meta SET value='99' WHERE key='schema_version'"));
  auto store = StoryStore::Open(location_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("schema version 99 is newer"), std::string::npos);
  EXPECT_EQ(store.status().message().find('\n'), std::string::npos);
}

TEST(PostgresOpenTest, RefusesAServerThatIsNotThere) {
  auto store = StoryStore::Open("postgresql://precis@/nodb?host=/nonexistent-precis-dir");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("cannot connect"), std::string::npos);
  EXPECT_EQ(store.status().message().find('\n'), std::string::npos);
}

// Two writers on one store, batches interleaved: each sees the other's
// stories (state reloaded when the other committed), nothing is lost or
// stored twice.
TEST_F(PostgresStoreTest, TwoWritersShareStoriesAndArticles) {
  StoreOptions o;
  o.min_content_words = 10;
  auto one = StoryStore::Open(location_, o);
  auto two = StoryStore::Open(location_, o);
  ASSERT_TRUE(one.ok() && two.ok());
  auto a = (*one)->Add(StoreTestArticle("a", kBridgeA));
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_TRUE((*one)->Commit().ok());
  auto b = (*two)->Add(StoreTestArticle("b", kBridgeB));
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(b->story, a->story);
  auto again = (*two)->Add(StoreTestArticle("a", kBridgeA));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->action, IngestAction::kUnchanged);
  ASSERT_TRUE((*two)->Commit().ok());
  auto c = (*one)->Add(StoreTestArticle("c", kVolcano));
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->new_story);
  auto copy = (*one)->Add(StoreTestArticle("b-copy", kBridgeB));
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->action, IngestAction::kDuplicate);
  EXPECT_EQ(copy->duplicate_of, "b");
  ASSERT_TRUE((*one)->Commit().ok());
  EXPECT_EQ(*(*two)->ArticleCount(), 4u);
  auto stories = (*two)->Stories({});
  ASSERT_TRUE(stories.ok());
  EXPECT_EQ(stories->size(), 2u);
}

}  // namespace
}  // namespace precis::store
