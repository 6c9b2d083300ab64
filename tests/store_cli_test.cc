// End-to-end tests of the story store verbs: precis ingest, stories, story;
// and the crash test (an ingest killed with SIGKILL mid-stream, restarted).
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "cli_test_util.h"
#include "store/pg/test_server.h"

namespace precis::testing {
namespace {

using nlohmann::json;

// A synthetic article of `topic` (its own words, so articles of a topic are
// alike and topics are not), about 120 words.
std::string SyntheticText(int topic, int k, std::mt19937& rng) {
  static const char* common[] = {"officials", "said",     "week",    "report", "city",
                                 "people",    "minister", "company", "plan",   "group",
                                 "new",       "year",     "local",   "news",   "statement"};
  std::string text;
  std::uniform_int_distribution<int> pick(0, 14), own(0, 11);
  for (int s = 0; s < 8; ++s) {
    for (int w = 0; w < 15; ++w) {
      if (w % 3 == 0)
        text += std::string(common[pick(rng)]);
      else
        text += "topic" + std::to_string(topic) + "word" + std::to_string(own(rng));
      text += w == 14 ? ". " : " ";
    }
  }
  text += "Article " + std::to_string(k) + " ends here.";
  return text;
}

std::string ArticleLine(const std::string& id, const std::string& text,
                        const std::string& date = "") {
  json j = {{"id", id}, {"text", text}};
  if (!date.empty()) j["date"] = date;
  return j.dump() + "\n";
}

// One value of a query on an SQLite file.
std::string Query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return out;
}

const char* kBridge =
    "Port Aldwin closed the Merrow Harbor Bridge on Tuesday after inspectors found cracks in two "
    "steel supports beneath the central span. The city engineer said a full assessment of the "
    "bridge supports would take three weeks, and commuters crowded onto ferries and shuttle buses. "
    "The mayor said repairs to the bridge could cost forty million euros.";
const char* kBridge2 =
    "Commuters in Port Aldwin queued for ferries on Wednesday, the first working day since the "
    "Merrow Harbor Bridge closed because of cracked steel supports. The city engineer said "
    "inspectors would examine every support of the bridge, and the mayor asked employers to let "
    "staff work from home while the bridge repairs go on.";
const char* kFlood =
    "Heavy rain flooded the lower town of Vellmar overnight, and rescuers in boats evacuated "
    "hundreds of residents from their homes. The river rose two metres above its usual level, "
    "the regional weather service said, and more rain was forecast for the weekend. Schools and "
    "roads in the valley were closed while crews pumped water out of flooded basements.";

class StoreCliTest : public CliTest {
 protected:
  void WriteNews() {
    File("news.jsonl", ArticleLine("bridge-1", kBridge, "2024-04-09") +
                           ArticleLine("flood-1", kFlood, "2024-04-10") +
                           ArticleLine("bridge-2", kBridge2, "2024-04-10") +
                           ArticleLine("bridge-1-copy", kBridge, "2024-04-11"));
  }
  std::vector<json> StoriesJson(const std::string& extra = "") {
    auto r = Run("stories --store news.db --format json --limit 0 " + extra);
    EXPECT_EQ(r.code, 0) << r.err;
    std::vector<json> out;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) out.push_back(json::parse(line));
    return out;
  }
};

TEST_F(StoreCliTest, IngestsAndListsStoriesAsJson) {
  WriteNews();
  auto r = Run("ingest --store news.db news.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("4 articles read: 3 added (2 new stories), 1 copies"), std::string::npos)
      << r.err;
  auto stories = StoriesJson();
  ASSERT_EQ(stories.size(), 2u);
  const json& bridge = stories[0];  // latest first: its copy is dated 2024-04-11
  for (const char* key : {"id", "title", "first", "last", "documents", "sources", "summary"})
    EXPECT_TRUE(bridge.contains(key)) << key;
  EXPECT_EQ(bridge["documents"], json({"bridge-1", "bridge-2"}));
  EXPECT_EQ(bridge["copies"], json({"bridge-1-copy"}));
  EXPECT_EQ(bridge["sources"], 3);
  EXPECT_EQ(bridge["first"], "2024-04-09");
  EXPECT_EQ(bridge["last"], "2024-04-11");
  ASSERT_FALSE(bridge["summary"].empty());
  const json& sentence = bridge["summary"][0];
  for (const char* key : {"text", "document", "sentence", "start", "end"})
    EXPECT_TRUE(sentence.contains(key)) << key;
  EXPECT_EQ(stories[1]["documents"], json({"flood-1"}));

  // Sent again: nothing changes.
  r = Run("ingest --store news.db news.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("4 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(StoriesJson().size(), 2u);
  EXPECT_EQ(StoriesJson("--since 2024-04-11").size(), 1u);
}

TEST_F(StoreCliTest, ShowsOneStoryInEveryFormat) {
  WriteNews();
  ASSERT_EQ(Run("ingest -q --store news.db news.jsonl").code, 0);
  auto id = StoriesJson()[0]["id"].get<long long>();
  auto r = Run("story " + std::to_string(id) + " --store news.db --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  json story = json::parse(r.out);
  EXPECT_EQ(story["articles"].size(), 3u);
  EXPECT_EQ(story["articles"][2]["duplicate_of"], "bridge-1");
  EXPECT_TRUE(story.contains("timeline"));
  r = Run("story " + std::to_string(id) + " --store news.db");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("sources:"), std::string::npos);
  EXPECT_NE(r.out.find("(copy of bridge-1)"), std::string::npos);
  r = Run("story " + std::to_string(id) + " --store news.db --format markdown");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("### Sources"), std::string::npos);
  r = Run("stories --store news.db --format markdown");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("## ", 0), 0u);

  r = Run("story 999 --store news.db");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no story 999"), std::string::npos);
  r = Run("story abc --store news.db");
  EXPECT_EQ(r.code, 2);
}

TEST_F(StoreCliTest, StreamsFromStdinAndSkipsMalformedLines) {
  std::string input = ArticleLine("bridge-1", kBridge) + "{\"id\": \"broken\", \"text\": \n" +
                      ArticleLine("flood-1", kFlood) + "{\"text\": \"no id\"}\n";
  auto r = Run("ingest --store news.db -", input);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("-:2: malformed JSON; line skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("-:4: no \"id\"; line skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 malformed lines were skipped"), std::string::npos) << r.err;
  EXPECT_EQ(StoriesJson("--no-summary").size(), 2u);
}

TEST_F(StoreCliTest, IngestsFoldersOfArticles) {
  auto r =
      Run(std::string("ingest --store news.db '") + PRECIS_SOURCE_DIR + "/examples/harbor-bridge'");
  ASSERT_EQ(r.code, 0) << r.err;
  auto stories = StoriesJson();
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0]["documents"].size(), 5u);
}

TEST_F(StoreCliTest, RefusesWhatIsNotAPrecisStore) {
  File("notes.db", "shopping list\n");
  auto r = Run("stories --store notes.db");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("notes.db: not a precis story store"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
  // A PostgreSQL store whose server is not there (precis-pg's message, when
  // the static precis hands over to it).
  r = Run("ingest --store 'postgresql://precis@/news?host=/nonexistent-precis-dir' -", "");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("cannot connect to the store"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  r = Run("ingest --store news.db missing.jsonl");
  EXPECT_EQ(r.code, 1);
  r = Run("stories");
  EXPECT_EQ(r.code, 2);
  r = Run("stories --store typo.db");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("typo.db: no such story store"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "typo.db"));
}

// Two `precis ingest` processes at once on one PostgreSQL store, on
// overlapping inputs (in opposite orders): every article is stored exactly
// once, and the stories account for every source.
TEST_F(StoreCliTest, TwoWritersOnPostgresLoseAndDuplicateNothing) {
  store::PgTestServer* server = store::PgTestServer::Get();
  if (!server) GTEST_SKIP() << "no PostgreSQL server (Debian: postgresql)";
  const std::string location = server->NewDatabase();
  ASSERT_FALSE(location.empty());
  constexpr int kArticles = 450;
  std::mt19937 rng(29);
  std::vector<std::string> lines;
  for (int k = 0; k < kArticles; ++k)
    lines.push_back(ArticleLine("a" + std::to_string(k), SyntheticText(k % 30, k, rng)));
  std::string first, second;
  for (int k = 0; k < 300; ++k) first += lines[k];
  for (int k = kArticles - 1; k >= 150; --k) second += lines[k];
  File("first.jsonl", first);
  File("second.jsonl", second);
  std::vector<pid_t> writers;
  for (const char* input : {"first.jsonl", "second.jsonl"}) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      if (chdir(dir_.c_str()) != 0) _exit(127);
      std::string err = std::string(input) + ".err";
      freopen("/dev/null", "w", stdout);
      freopen(err.c_str(), "w", stderr);
      execl(PRECIS_BINARY, "precis", "ingest", "--store", location.c_str(), "--batch", "7", "-q",
            input, static_cast<char*>(nullptr));
      _exit(127);
    }
    writers.push_back(pid);
  }
  for (pid_t pid : writers) {
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "a writer failed";
  }
  auto r = Run("stories --store '" + location + "' --format json --limit 0 --no-summary");
  ASSERT_EQ(r.code, 0) << r.err;
  std::multiset<std::string> seen;
  std::size_t sources = 0;
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) {
    json story = json::parse(line);
    EXPECT_FALSE(story["documents"].empty());
    EXPECT_EQ(story["sources"].get<std::size_t>(),
              story["documents"].size() + story["copies"].size());
    sources += story["sources"].get<std::size_t>();
    for (const auto& id : story["documents"]) seen.insert(id.get<std::string>());
    for (const auto& id : story["copies"]) seen.insert(id.get<std::string>());
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(kArticles));
  EXPECT_EQ(sources, static_cast<std::size_t>(kArticles));
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(),
            static_cast<std::size_t>(kArticles));
}

// An ingest killed with SIGKILL mid-stream and restarted on the same input:
// every article is there exactly once and the store is sound.
TEST_F(StoreCliTest, SurvivesSigkillMidStream) {
  constexpr int kArticles = 2000;
  std::mt19937 rng(17);
  std::string stream;
  for (int k = 0; k < kArticles; ++k)
    stream += ArticleLine("a" + std::to_string(k), SyntheticText(k % 40, k, rng));
  File("stream.jsonl", stream);
  const std::string db = (dir_ / "news.db").string();

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (chdir(dir_.c_str()) != 0) _exit(127);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execl(PRECIS_BINARY, "precis", "ingest", "--store", "news.db", "--batch", "3", "-q",
          "stream.jsonl", static_cast<char*>(nullptr));
    _exit(127);
  }
  // Killed once some batches are committed.
  std::size_t at_kill = 0;
  for (int i = 0; i < 3000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::string n = Query(db, "SELECT count(*) FROM articles");
    if (!n.empty() && std::stoul(n) >= 100) {
      at_kill = std::stoul(n);
      break;
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest ended before it was killed";
  ASSERT_GE(at_kill, 100u);
  std::size_t after_kill = std::stoul(Query(db, "SELECT count(*) FROM articles"));
  EXPECT_GE(after_kill, at_kill);  // committed articles are not lost
  EXPECT_LT(after_kill, static_cast<std::size_t>(kArticles));

  auto r = Run("ingest --store news.db stream.jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Query(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Query(db, "SELECT count(*) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Query(db, "SELECT count(DISTINCT id) FROM articles"), std::to_string(kArticles));
  // Every article in exactly one story.
  std::multiset<std::string> seen;
  for (const auto& story : StoriesJson("--no-summary")) {
    for (const auto& id : story["documents"]) seen.insert(id.get<std::string>());
    for (const auto& id : story["copies"]) seen.insert(id.get<std::string>());
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(kArticles));
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(),
            static_cast<std::size_t>(kArticles));
}

}  // namespace
}  // namespace precis::testing
