// End-to-end tests of `precis serve`: the real binary on a free loopback port,
// called over HTTP. Every endpoint, every error status, results identical to
// `precis summarize --format json` under concurrent load, and a graceful stop.
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

const fs::path kExample = fs::path(PRECIS_SOURCE_DIR) / "examples/harbor-bridge";

// The example's text articles as request documents (ids and urls given, so the
// same cluster as JSONL gives the CLI the same documents).
json ExampleDocuments() {
  json documents = json::array();
  for (const char* name :
       {"01-aldwin-gazette", "02-wire-report", "04-evening-post", "05-harbor-radio"})
    documents.push_back({{"id", name},
                         {"url", std::string("https://example.org/") + name},
                         {"text", Slurp(kExample / (std::string(name) + ".txt"))}});
  return documents;
}

// The example's text articles, each with a date (a timeline needs days).
json DatedExampleDocuments() {
  json documents = ExampleDocuments();
  const char* dates[] = {"2024-03-12", "2024-03-13", "2024-03-15", "2024-03-18"};
  for (std::size_t k = 0; k < documents.size(); ++k) documents[k]["date"] = dates[k];
  return documents;
}

// The same cluster as one JSONL line for the CLI.
std::string ExampleJsonl(const json& documents = ExampleDocuments()) {
  json cluster = {{"id", "harbor"}, {"documents", json::array()}};
  for (const json& d : documents) {
    json line = {{"id", d["id"]}, {"source", d["url"]}, {"text", d["text"]}};
    if (d.contains("date")) line["date"] = d["date"];
    cluster["documents"].push_back(std::move(line));
  }
  return cluster.dump() + "\n";
}

// A raw connection, for what httplib::Client will not send: half a body, a
// promise of 30 MB, a connection that says nothing.
class RawConnection {
 public:
  explicit RawConnection(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    timeval tv{10, 0};  // no test waits this long: a hang fails instead
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~RawConnection() { Close(); }
  bool connected() const { return connected_; }
  void Send(const std::string& bytes) {
    ASSERT_EQ(send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(bytes.size()));
  }
  bool TrySend(const std::string& bytes) {
    return send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
           static_cast<ssize_t>(bytes.size());
  }
  // One response: its head, and as much body as its Content-Length says.
  std::string ReadResponse() {
    std::string out;
    char buf[65536];
    for (;;) {
      std::size_t head = out.find("\r\n\r\n");
      if (head != std::string::npos) {
        std::smatch m;
        std::string headers = out.substr(0, head);
        std::size_t length = 0;
        if (std::regex_search(headers, m, std::regex("Content-Length: (\\d+)", std::regex::icase)))
          length = std::stoul(m[1]);
        if (out.size() >= head + 4 + length) return out;
      }
      ssize_t n = recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) return out;
      out.append(buf, n);
    }
  }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

int StatusOf(const std::string& response) {
  std::smatch m;
  if (!std::regex_search(response, m, std::regex("^HTTP/1\\.1 (\\d{3})"))) return -1;
  return std::stoi(m[1]);
}

json BodyOf(const std::string& response) {
  std::size_t at = response.find("\r\n\r\n");
  return json::parse(at == std::string::npos ? "" : response.substr(at + 4), nullptr, false);
}

class ServeCli : public CliTest {
 protected:
  void TearDown() override {
    Stop();
    CliTest::TearDown();
  }

  // Starts `precis serve --port 0 <flags>` and waits until /healthz answers.
  void Start(std::vector<std::string> flags = {}) {
    log_ = dir_ / "serve.log";
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      FILE* log = std::fopen(log_.c_str(), "w");
      if (log) dup2(fileno(log), 2);
      std::vector<std::string> args = {"precis", "serve", "--port", "0"};
      args.insert(args.end(), flags.begin(), flags.end());
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(PRECIS_BINARY, argv.data());
      _exit(127);
    }
    const auto give_up = Clock::now() + std::chrono::seconds(30);
    std::smatch m;
    while (Clock::now() < give_up) {
      std::string log = Slurp(log_);
      if (std::regex_search(log, m, std::regex("listening on http://127\\.0\\.0\\.1:(\\d+)"))) {
        port_ = std::stoi(m[1]);
        break;
      }
      ASSERT_EQ(waitpid(pid_, nullptr, WNOHANG), 0) << "the server exited: " << log;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_GT(port_, 0) << Slurp(log_);
    while (Clock::now() < give_up) {
      auto res = Client().Get("/healthz");
      if (res && res->status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    FAIL() << "/healthz never answered: " << Slurp(log_);
  }

  // SIGTERM, and the exit status (-1 when it had to be killed after 10 s).
  int Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    const auto give_up = Clock::now() + std::chrono::seconds(10);
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (Clock::now() > give_up) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  httplib::Client Client() {
    httplib::Client client("127.0.0.1", port_);
    client.set_connection_timeout(5);
    client.set_read_timeout(60);
    client.set_write_timeout(10);
    return client;
  }

  httplib::Result PostJson(const std::string& path, const std::string& body) {
    return Client().Post(path.c_str(), body, "application/json");
  }

  std::string ErrorOf(const httplib::Result& res) {
    if (!res) return "(no response)";
    json j = json::parse(res->body, nullptr, false);
    return j.is_object() && j.contains("error") ? j["error"].get<std::string>() : res->body;
  }

  fs::path log_;
  pid_t pid_ = -1;
  int port_ = 0;
};

TEST_F(ServeCli, HealthMethodsAndOpenApi) {
  Start();
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  auto methods = Client().Get("/v1/methods");
  ASSERT_TRUE(methods && methods->status == 200);
  json m = json::parse(methods->body);
  EXPECT_EQ(m["default"], "coverage");
  EXPECT_EQ(m["methods"].size(), 10u);
  auto head = Client().Head("/healthz");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

// Every path of /openapi.json answers its method, and every served path is in
// it (the 404 below is what a path outside it gets).
// Story store articles: two on one story, one on another (over 20 content
// words each: shorter articles stay stories of their own).
json StoreArticles() {
  const std::string bridge =
      " The harbor bridge, closed after inspectors found cracks in two steel supports, will "
      "stay shut for months while engineers assess the damage; ferries and the tunnel carry "
      "commuters, and the council will vote on repair money next week.";
  const std::string texts[] = {
      "The city closed the harbor bridge on Tuesday." + bridge,
      "Inspectors explained on Wednesday why the harbor bridge was closed." + bridge,
      "The national football team won its qualifying match on Saturday with two late goals from "
      "the young striker, sending thousands of cheering fans into the streets of the capital to "
      "celebrate a place at next summer's tournament, the coach thanked the supporters."};
  const char* dates[] = {"2024-04-09", "2024-04-10", "2024-04-12"};
  json articles = json::array();
  for (int k = 0; k < 3; ++k)
    articles.push_back(
        {{"id", "a" + std::to_string(k + 1)}, {"date", dates[k]}, {"text", texts[k]}});
  return json{{"articles", articles}};
}

TEST_F(ServeCli, OpenApiDescribesWhatIsServed) {
  Start({"--store", (dir_ / "news.db").string()});
  {
    auto added = PostJson("/v1/articles", StoreArticles().dump());
    ASSERT_TRUE(added && added->status == 200) << (added ? added->body : "");
  }
  auto spec = Client().Get("/openapi.json");
  ASSERT_TRUE(spec && spec->status == 200);
  json j = json::parse(spec->body);
  EXPECT_EQ(j["openapi"].get<std::string>().substr(0, 2), "3.");
  const std::string post_body = json{{"documents", DatedExampleDocuments()}}.dump();
  std::set<std::string> paths;
  for (const auto& [path, operations] : j["paths"].items()) {
    paths.insert(path);
    for (const auto& [method, operation] : operations.items()) {
      std::string target = path;
      if (auto at = target.find("{id}"); at != std::string::npos) target.replace(at, 4, "1");
      const bool articles = path == "/v1/articles";
      auto res = method == "get" ? Client().Get(target.c_str())
                                 : PostJson(path, articles ? StoreArticles().dump() : post_body);
      // Every request field the description names is one the server takes.
      if (method == "post") {
        std::string schema =
            operation["requestBody"]["content"]["application/json"]["schema"]["$ref"];
        schema = schema.substr(schema.rfind('/') + 1);
        for (const auto& [field, type] : j["components"]["schemas"][schema]["properties"].items()) {
          json probe = articles ? json{{field, nullptr}}
                                : json{{"documents", DatedExampleDocuments()}, {field, nullptr}};
          auto answer = PostJson(path, probe.dump());
          ASSERT_TRUE(answer);
          EXPECT_EQ(ErrorOf(answer).find("unknown field"), std::string::npos)
              << path << " " << field << ": " << answer->body.substr(0, 200);
        }
      }
      ASSERT_TRUE(res) << method << " " << path;
      EXPECT_EQ(res->status, 200) << method << " " << path << ": " << res->body;
      EXPECT_TRUE(operation["responses"].contains("200")) << path;
    }
  }
  EXPECT_EQ(paths,
            (std::set<std::string>{"/", "/healthz", "/v1/methods", "/openapi.json", "/v1/summarize",
                                   "/v1/timeline", "/v1/figures", "/v1/extract", "/v1/stories",
                                   "/v1/stories/{id}", "/v1/articles"}));
  auto missing = Client().Get("/v1/nothing");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(ServeCli, StoriesFromTheStore) {
  const std::string store = (dir_ / "news.db").string();
  Start({"--store", store});
  auto added = PostJson("/v1/articles", StoreArticles().dump());
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 200) << added->body;
  json outcome = json::parse(added->body)["articles"];
  ASSERT_EQ(outcome.size(), 3u);
  EXPECT_EQ(outcome[0]["action"], "added");
  EXPECT_TRUE(outcome[0]["new_story"].get<bool>());
  EXPECT_EQ(outcome[1]["story"], outcome[0]["story"]);  // the same story
  EXPECT_NE(outcome[2]["story"], outcome[0]["story"]);
  auto again = PostJson("/v1/articles", StoreArticles().dump());
  ASSERT_TRUE(again && again->status == 200);
  EXPECT_EQ(json::parse(again->body)["articles"][0]["action"], "unchanged");

  auto list = Client().Get("/v1/stories?limit=1");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->status, 200) << list->body;
  json stories = json::parse(list->body)["stories"];
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0]["last"], "2024-04-12");  // latest first
  auto since = Client().Get("/v1/stories?since=2024-04-11");
  ASSERT_TRUE(since && since->status == 200);
  EXPECT_EQ(json::parse(since->body)["stories"].size(), 1u);

  const std::string bridge = std::to_string(outcome[0]["story"].get<long long>());
  auto story = Client().Get(("/v1/stories/" + bridge).c_str());
  ASSERT_TRUE(story);
  ASSERT_EQ(story->status, 200) << story->body;
  json j = json::parse(story->body);
  EXPECT_EQ(j["documents"], (json{"a1", "a2"}));
  EXPECT_FALSE(j["summary"].empty());
  // The CLI reads the same store the same way.
  auto cli = Run("story " + bridge + " --store '" + store + "' --format json");
  ASSERT_EQ(cli.code, 0) << cli.err;
  EXPECT_EQ(json::parse(cli.out), j);
  for (const auto& a : j["articles"]) EXPECT_FALSE(a.contains("text"));
  // ?text=true: the same story, each article with its text as stored (what the
  // page marks cited sentences in).
  auto texts = Client().Get(("/v1/stories/" + bridge + "?text=true").c_str());
  ASSERT_TRUE(texts);
  ASSERT_EQ(texts->status, 200) << texts->body;
  json with_text = json::parse(texts->body);
  ASSERT_EQ(with_text["articles"].size(), 2u);
  for (auto& a : with_text["articles"]) {
    const std::string text = a["text"];
    EXPECT_NE(text.find("harbor bridge"), std::string::npos) << a;
    a.erase("text");
  }
  EXPECT_EQ(with_text, j);
  for (const auto& s : j["summary"]) {
    const std::string cited = s["text"];
    EXPECT_NE(texts->body.find(cited), std::string::npos) << cited;
  }

  const std::pair<std::string, int> gets[] = {{"/v1/stories/999", 404},
                                              {"/v1/stories/x", 404},
                                              {"/v1/stories/" + bridge + "?text=yes", 400},
                                              {"/v1/stories?limit=0", 400},
                                              {"/v1/stories?since=April", 400}};
  for (const auto& [path, status] : gets) {
    auto res = Client().Get(path.c_str());
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_TRUE(json::parse(res->body).contains("error"));
  }
  const std::string posts[] = {
      "{\"articles\": []}", "{\"articles\": [{\"text\": \"x\"}]}",
      "{\"articles\": [{\"id\": \"b\", \"text\": \"x\", \"html\": \"y\"}]}", "{\"documents\": []}",
      "["};
  for (const std::string& body : posts) {
    auto res = PostJson("/v1/articles", body);
    ASSERT_TRUE(res) << body;
    EXPECT_EQ(res->status, 400) << body << ": " << res->body;
  }
}

TEST_F(ServeCli, WithoutAStoreTheStoryEndpointsSaySo) {
  Start();
  for (const char* path : {"/v1/stories", "/v1/stories/1"}) {
    auto res = Client().Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
    EXPECT_NE(ErrorOf(res).find("--store"), std::string::npos) << res->body;
  }
  auto post = PostJson("/v1/articles", StoreArticles().dump());
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 404);
}

// The page is served whole, and needs nothing from elsewhere. (It is driven in
// headless chromium by tests/browser/page_test.mjs, ctest browser_page.)
TEST_F(ServeCli, PageIsSelfContained) {
  Start();
  auto page = Client().Get("/");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  for (const char* part :
       {"id=\"docs\"", "id=\"go\"", "id=\"source\"", "Load example", "/v1/summarize", "/v1/methods",
        "01-aldwin-gazette", "03-coastal-herald"})
    EXPECT_NE(page->body.find(part), std::string::npos) << part;
  EXPECT_FALSE(std::regex_search(page->body, std::regex("(src|href)=\"?(https?:)?//")));
  EXPECT_EQ(page->body.find("@import"), std::string::npos);
}

TEST_F(ServeCli, SummarizeGivesTheCliJson) {
  File("harbor.jsonl", ExampleJsonl());
  auto cli = Run("summarize harbor.jsonl --format json --words 80");
  ASSERT_EQ(cli.code, 0) << cli.err;
  Start();
  json request = {{"id", "harbor"}, {"documents", ExampleDocuments()}, {"words", 80}};
  auto res = PostJson("/v1/summarize", request.dump());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(res->body, cli.out);
  json j = json::parse(res->body);
  EXPECT_FALSE(j["summary"].empty());
  EXPECT_EQ(j["documents"][0]["source"], "https://example.org/01-aldwin-gazette");
}

// An update summary: what the documents add to those already read.
TEST_F(ServeCli, SummarizeWithSeenTellsWhatIsNew) {
  Start();
  const std::string old_story =
      "The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
      "supports.\n\nTraffic was sent through the tunnel while engineers studied the damage.";
  json request = {
      {"documents",
       {{{"id", "new"},
         {"text", old_story +
                      "\n\nThe council voted on Friday to spend four million dollars on new "
                      "steel beams for the bridge."}}}},
      {"seen", {{{"id", "old"}, {"text", old_story}}}},
      {"words", 20}};
  auto res = PostJson("/v1/summarize", request.dump());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json summary = json::parse(res->body);
  ASSERT_EQ(summary["summary"].size(), 1u) << res->body;
  EXPECT_EQ(summary["summary"][0]["document"], "new");
  EXPECT_EQ(summary["summary"][0]["text"],
            "The council voted on Friday to spend four million dollars on new steel beams for "
            "the bridge.");
}

TEST_F(ServeCli, SummarizeReadsHtmlAndExplains) {
  Start();
  json request = {{"documents",
                   {{{"id", "herald"}, {"html", Slurp(kExample / "03-coastal-herald.html")}},
                    {{"id", "wire"}, {"text", Slurp(kExample / "02-wire-report.txt")}}}},
                  {"explain", true},
                  {"sentences", 2},
                  {"method", "lead"},
                  {"query", "Who paid for the bridge?"}};
  auto res = PostJson("/v1/summarize", request.dump());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = json::parse(res->body);
  EXPECT_EQ(j["method"], "lead");
  EXPECT_EQ(j["summary"].size(), 2u);
  EXPECT_EQ(j["documents"][0]["id"], "herald");
  EXPECT_TRUE(j.contains("removed"));
  ASSERT_EQ(j["warnings"].size(), 1u);  // lead ignores the query, and says so
  EXPECT_NE(j["warnings"][0].get<std::string>().find("ignores the query"), std::string::npos);
}

// A timeline is what `precis timeline --format json` prints for the same
// cluster, with every option.
TEST_F(ServeCli, TimelineGivesTheCliJson) {
  File("harbor.jsonl", ExampleJsonl(DatedExampleDocuments()));
  Start();
  struct Case {
    json fields;
    std::string flags;
  } cases[] = {
      {json::object(), ""},
      {{{"dates", 2}, {"sentences_per_date", 1}}, "--dates 2 --sentences-per-date 1"},
      {{{"query", "Who pays for the repairs?"}, {"from", "2024-03-11"}, {"until", "2024-03-14"}},
       "--query 'Who pays for the repairs?' --from 2024-03-11 --until 2024-03-14"},
  };
  for (const Case& c : cases) {
    auto cli = Run("timeline harbor.jsonl --format json -q " + c.flags);
    ASSERT_EQ(cli.code, 0) << cli.err;
    json request = c.fields;
    request["id"] = "harbor";
    request["documents"] = DatedExampleDocuments();
    auto res = PostJson("/v1/timeline", request.dump());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    EXPECT_EQ(res->body, cli.out) << c.flags;
    json j = json::parse(res->body);
    ASSERT_FALSE(j["entries"].empty()) << c.flags;
    // Every sentence is the span of its document's text it cites.
    for (const json& entry : j["entries"])
      for (const json& s : entry["sentences"]) {
        std::string text = j["documents"][s["document_index"].get<std::size_t>()]["text"];
        EXPECT_EQ(s["document"], j["documents"][s["document_index"].get<std::size_t>()]["id"]);
        EXPECT_NE(text.find(s["text"].get<std::string>()), std::string::npos);
      }
  }
}

TEST_F(ServeCli, FiguresGiveTheCliJson) {
  File("harbor.jsonl", ExampleJsonl(DatedExampleDocuments()));
  Start();
  for (const auto& [fields, flags] : std::vector<std::pair<json, std::string>>{
           {json::object(), ""}, {{{"query", "repairs cost"}}, "--query 'repairs cost'"}}) {
    auto cli = Run("figures harbor.jsonl --format json -q " + flags);
    ASSERT_EQ(cli.code, 0) << cli.err;
    json request = fields;
    request["id"] = "harbor";
    request["documents"] = DatedExampleDocuments();
    auto res = PostJson("/v1/figures", request.dump());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    EXPECT_EQ(res->body, cli.out) << flags;
    EXPECT_TRUE(json::parse(res->body)["figures"].is_array());
  }
  for (const auto& [body, status] : std::vector<std::pair<std::string, int>>{
           {"{\"documents\": [{\"text\": \"a\"}], \"words\": 10}", 400},
           {"{\"documents\": [{\"text\": \"a\"}], \"language\": \"klingon\"}", 400},
           {"{\"documents\": []}", 400},
           {"{\"documents\": [", 400}}) {
    auto res = PostJson("/v1/figures", body);
    ASSERT_TRUE(res) << body;
    EXPECT_EQ(res->status, status) << body << ": " << res->body;
    EXPECT_TRUE(json::parse(res->body).contains("error")) << res->body;
  }
}

TEST_F(ServeCli, TimelineErrors) {
  Start();
  struct Case {
    std::string body;
    int status;
    std::string error;
  } cases[] = {
      {"{\"documents\": [{\"text\": \"a\"}], \"dates\": 0}", 400,
       "\"dates\" must be a whole number"},
      {"{\"documents\": [{\"text\": \"a\"}], \"from\": \"March\"}", 400,
       "\"from\" must be a date YYYY-MM-DD"},
      {"{\"documents\": [{\"text\": \"a\"}], \"words\": 10}", 400, "a summary's field"},
      {"{\"documents\": [{\"text\": \"a\"}], \"language\": \"klingon\"}", 400, "klingon"},
      {"{\"documents\": [", 400, "malformed JSON at byte 16"},
      {"{\"documents\": [{\"text\": \"Nothing here says when it happened.\"}]}", 422, ""},
  };
  for (const Case& c : cases) {
    auto res = PostJson("/v1/timeline", c.body);
    ASSERT_TRUE(res) << c.body;
    EXPECT_EQ(res->status, c.status) << c.body << ": " << res->body;
    std::string error = ErrorOf(res);
    EXPECT_NE(error.find(c.error), std::string::npos) << error;
    EXPECT_FALSE(error.empty());
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
  auto get = Client().Get("/v1/timeline");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  auto text = Client().Post("/v1/timeline", "{}", "text/plain");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 415);
}

TEST_F(ServeCli, ExtractReadsPages) {
  Start();
  json request = {{"documents",
                   {{{"html", Slurp(kExample / "03-coastal-herald.html")}, {"url", "https://h"}},
                    {{"id", "t"}, {"text", "Plain words."}}}}};
  auto res = PostJson("/v1/extract", request.dump());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json docs = json::parse(res->body)["documents"];
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["id"], "request-0");
  EXPECT_EQ(docs[0]["source"], "https://h");
  EXPECT_FALSE(docs[0]["title"].get<std::string>().empty());
  EXPECT_EQ(docs[0]["text"].get<std::string>().find("<p>"), std::string::npos);
  EXPECT_GT(docs[0]["text"].get<std::string>().size(), 200u);
  EXPECT_EQ(docs[1]["text"], "Plain words.");
}

// Several threads, several configurations at once: each answer is the CLI's.
TEST_F(ServeCli, ConcurrentRequestsGiveTheCliResults) {
  File("harbor.jsonl", ExampleJsonl());
  struct Config {
    json fields;
    std::string flags;
  };
  const std::vector<Config> configs = {
      {{{"words", 100}}, "--words 100"},
      {{{"words", 60}, {"method", "mmr"}, {"query", "bridge repairs"}},
       "--words 60 --method mmr --query 'bridge repairs'"},
      {{{"sentences", 3}, {"method", "lexrank"}, {"order", "relevance"}},
       "--sentences 3 --method lexrank --order relevance"},
      {{{"bytes", 400}, {"method", "textrank"}, {"fill", true}},
       "--bytes 400 --method textrank --fill"},
  };
  std::vector<std::string> expected;
  for (const Config& c : configs) {
    auto r = Run("summarize harbor.jsonl --format json " + c.flags);
    ASSERT_EQ(r.code, 0) << r.err;
    expected.push_back(r.out);
  }
  Start({"--threads", "4", "--queue", "64"});
  constexpr int kThreads = 6, kRequests = 8;
  std::vector<std::string> failures(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      httplib::Client client = Client();  // one keep-alive connection per thread
      client.set_keep_alive(true);
      for (int i = 0; i < kRequests; ++i) {
        std::size_t c = (t + i) % configs.size();
        json request = configs[c].fields;
        request["id"] = "harbor";
        request["documents"] = ExampleDocuments();
        auto res = client.Post("/v1/summarize", request.dump(), "application/json");
        if (!res || res->status != 200 || res->body != expected[c]) {
          failures[t] = "config " + std::to_string(c) + ": " +
                        (res ? std::to_string(res->status) + " " + res->body : "no response");
          return;
        }
      }
    });
  for (auto& t : threads) t.join();
  for (const std::string& f : failures) EXPECT_EQ(f, "");
}

TEST_F(ServeCli, BadRequestsAre400WithOneLineSayingWhat) {
  Start();
  struct Case {
    std::string body;
    std::string error;
  } cases[] = {
      {"{\"documents\": [", "malformed JSON at byte 16"},
      {"{\"documents\": [{\"text\": \"\xff\xfe\"}]}", "malformed JSON at byte"},
      {std::string(100000, '[') + std::string(100000, ']'), "nested more than 64 levels"},
      {"{\"words\": 10}", "missing field \"documents\""},
      {"{\"documents\": [{\"text\": 3}]}", "documents[0]: \"text\" must be a string"},
      {"{\"documents\": [{\"text\": \"a\"}], \"method\": \"magic\"}", "unknown method 'magic'"},
      {"{\"documents\": [{\"text\": \"a\"}], \"words\": 0}", "\"words\" must be a whole number"},
      {"{\"documents\": [{\"text\": \"a\"}], \"seen\": [3]}", "seen[0]: must be an object"},
  };
  for (const Case& c : cases) {
    auto res = PostJson("/v1/summarize", c.body);
    ASSERT_TRUE(res) << c.error;
    EXPECT_EQ(res->status, 400) << c.body.substr(0, 80);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    std::string error = ErrorOf(res);
    EXPECT_NE(error.find(c.error), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
  auto extract = PostJson("/v1/extract", "{\"documents\": 5}");
  ASSERT_TRUE(extract);
  EXPECT_EQ(extract->status, 400);
}

TEST_F(ServeCli, NothingToSummarizeIs422) {
  Start();
  auto res = PostJson("/v1/summarize", R"({"documents": [{"text": "Share on Facebook"}]})");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 422) << res->body;
  EXPECT_FALSE(ErrorOf(res).empty());
}

TEST_F(ServeCli, WrongPathMethodAndContentType) {
  Start();
  auto missing = Client().Get("/nope");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(ErrorOf(missing).find("no such endpoint"), std::string::npos);
  auto get = Client().Get("/v1/summarize");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  auto del = Client().Delete("/healthz");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(del->get_header_value("Allow"), "GET, HEAD");
  auto text = Client().Post("/v1/summarize", "{\"documents\": []}", "text/plain");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 415);
  EXPECT_NE(ErrorOf(text).find("Content-Type: application/json"), std::string::npos);
}

// The limit is checked against Content-Length before any of the body is read:
// the server answers a promise of 30 MB at once.
TEST_F(ServeCli, BodyOverTheLimitIs413BeforeItIsSent) {
  Start({"--max-body-mb", "1"});
  RawConnection c(port_);
  ASSERT_TRUE(c.connected());
  c.Send(
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 31457280\r\n\r\n");
  std::string response = c.ReadResponse();
  EXPECT_EQ(StatusOf(response), 413) << response;
  EXPECT_NE(BodyOf(response)["error"].get<std::string>().find("--max-body-mb"), std::string::npos);
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// A request refused before its body is read (415, 413, 404) is answered with
// "Connection: close", and the server closes the connection at once after the
// reply (its keep-alive would wait 2 s), without reading the body as requests.
TEST_F(ServeCli, RefusedRequestsCloseTheConnection) {
  Start({"--max-body-mb", "1"});
  const std::string body = "{\"documents\": [{\"text\": \"GET /healthz HTTP/1.1\"}]}";
  const std::string requests[] = {
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: " +
          std::to_string(body.size()) + "\r\n\r\n" + body,
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 31457280\r\n\r\n" +
          body,
      "POST /v1/nothing HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: " +
          std::to_string(body.size()) + "\r\n\r\n" + body,
  };
  const int statuses[] = {415, 413, 404};
  for (int k = 0; k < 3; ++k) {
    RawConnection c(port_);
    ASSERT_TRUE(c.connected());
    c.Send(requests[k]);
    std::string response = c.ReadResponse();
    EXPECT_EQ(StatusOf(response), statuses[k]) << response;
    EXPECT_NE(response.find("Connection: close"), std::string::npos) << response;
    // Then the end of the connection, well before the 2 s keep-alive timeout,
    // and nothing more: the body was not taken for another request.
    auto start = Clock::now();
    std::string rest = c.ReadResponse();
    EXPECT_EQ(rest, "") << statuses[k];
    EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(1500)) << statuses[k];
  }
  // A client that goes on sending the refused body is not answered again.
  {
    RawConnection c(port_);
    c.Send(
        "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 3000000\r\n\r\n");
    std::string response = c.ReadResponse();
    EXPECT_EQ(StatusOf(response), 413) << response;
    std::string chunk = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    for (int i = 0; i < 100 && c.TrySend(chunk); ++i) {
    }
    EXPECT_EQ(c.ReadResponse().find("HTTP/1.1"), std::string::npos);
  }
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// `size` spaces, gzipped: a few kilobytes on the wire.
std::string GzippedSpaces(std::size_t size) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string in(size, ' '), out(deflateBound(&z, size), '\0');
  z.next_in = reinterpret_cast<Bytef*>(in.data());
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// The limit holds for the body as decompressed: a gzip bomb is cut off at it.
TEST_F(ServeCli, CompressedBodyIsBoundedAsDecompressed) {
  Start({"--max-body-mb", "1"});
  httplib::Headers headers = {{"Content-Encoding", "gzip"}};
  std::string bomb = GzippedSpaces(std::size_t{8} << 20);
  ASSERT_LT(bomb.size(), 100000u);
  auto res = Client().Post("/v1/summarize", headers, bomb, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// A client that asks before sending ("Expect: 100-continue", as curl does
// for bodies over 1 MB) is refused instead of told to continue; one within
// the limits is told to continue, and answered.
TEST_F(ServeCli, ExpectContinueIsAnsweredBeforeTheBody) {
  Start({"--max-body-mb", "1"});
  const std::string head =
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Expect: 100-continue\r\nConnection: close\r\nContent-Length: ";
  {
    RawConnection c(port_);
    c.Send(head + "31457280\r\n\r\n");
    EXPECT_EQ(StatusOf(c.ReadResponse()), 413);
  }
  const std::string body = R"({"documents": [{"text": "The harbor bridge reopened on Monday."}]})";
  RawConnection c(port_);
  c.Send(head + std::to_string(body.size()) + "\r\n\r\n");
  std::string proceed = c.ReadResponse();
  EXPECT_EQ(proceed.rfind("HTTP/1.1 100 Continue\r\n", 0), 0u) << proceed;
  c.Send(body);
  std::string response = c.ReadResponse();
  EXPECT_EQ(StatusOf(response), 200) << response;
  EXPECT_EQ(BodyOf(response)["summary"].size(), 1u);
}

// A body that stops coming is cut off by the read timeout, one that drips is
// cut off at the request's deadline; the server goes on.
TEST_F(ServeCli, SlowClientsAreCutOffWith408) {
  Start({"--read-timeout-s", "1", "--timeout-s", "0.5"});
  const std::string head =
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 100\r\n\r\n";
  {
    RawConnection half(port_);
    half.Send(head + "{\"documents\"");
    auto start = Clock::now();
    std::string response = half.ReadResponse();
    EXPECT_EQ(StatusOf(response), 408) << response;
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
  }
  {
    RawConnection drip(port_);
    drip.Send(head);
    for (int i = 0; i < 12; ++i) {
      if (!drip.TrySend(" ")) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::string response = drip.ReadResponse();
    EXPECT_EQ(StatusOf(response), 408) << response;
  }
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// With one worker and no queue, a second connection is answered 503 at once,
// with Retry-After, while the first holds the worker; then the server serves.
TEST_F(ServeCli, FullQueueIs503WithRetryAfter) {
  Start({"--threads", "1", "--queue", "0"});
  {
    // A connection the worker serves, then holds (keep-alive, for 2 s idle). The
    // worker may still be closing the last /healthz of Start(), which counts:
    // then this one is refused, and is tried again.
    std::unique_ptr<RawConnection> holder;
    for (int tries = 0; tries < 100; ++tries) {
      holder = std::make_unique<RawConnection>(port_);
      holder->Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
      if (StatusOf(holder->ReadResponse()) == 200) break;
      holder.reset();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(holder);
    auto busy = Client().Get("/healthz");
    ASSERT_TRUE(busy);
    EXPECT_EQ(busy->status, 503);
    EXPECT_EQ(busy->get_header_value("Retry-After"), "1");
    EXPECT_NE(ErrorOf(busy).find("busy"), std::string::npos);
  }
  const auto give_up = Clock::now() + std::chrono::seconds(10);
  int status = 0;
  while (status != 200 && Clock::now() < give_up) {
    auto res = Client().Get("/healthz");
    status = res ? res->status : 0;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(status, 200);
}

// Two megabytes of distinct sentences: a second or more to summarize, and a
// few milliseconds to send.
std::string LargeText() {
  std::string text;
  for (int i = 0; text.size() < (2u << 20); ++i)
    text += "Report " + std::to_string(i) + " says the harbor bridge carried " +
            std::to_string(i * 7 % 1000) + " trucks and " + std::to_string(i * 13 % 997) +
            " buses on day " + std::to_string(i % 365) + ". ";
  return text;
}

TEST_F(ServeCli, RequestPastTheTimeoutIs504AndTheServerGoesOn) {
  Start({"--timeout-s", "0.2", "--threads", "2"});
  json request = {{"documents", {{{"text", LargeText()}}}}};
  auto start = Clock::now();
  auto res = PostJson("/v1/summarize", request.dump());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 504) << res->body.substr(0, 200);
  EXPECT_NE(ErrorOf(res).find("--timeout-s"), std::string::npos);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// Abuse that must leave the server up: garbage request lines, binary bodies,
// a connection closed mid-body.
TEST_F(ServeCli, GarbageLeavesTheServerUp) {
  Start({"--read-timeout-s", "1"});
  {
    RawConnection c(port_);
    c.Send(std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + "\r\n\r\n");
    std::string response = c.ReadResponse();
    EXPECT_EQ(StatusOf(response), 400) << response;
  }
  {
    RawConnection c(port_);
    c.Send(
        "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 1000\r\n\r\n{\"documents\": [{\"text\": \"half");
    c.Close();
  }
  {
    RawConnection c(port_);
    c.Send("GET /" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    std::string response = c.ReadResponse();
    EXPECT_EQ(StatusOf(response), 414) << response.substr(0, 200);
  }
  auto binary =
      Client().Post("/v1/summarize", std::string("\0\x01\xff\xfe", 4), "application/json");
  ASSERT_TRUE(binary);
  EXPECT_EQ(binary->status, 400);
  auto health = Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// SIGTERM while a request's body is still arriving: the request is answered,
// then the server exits 0.
TEST_F(ServeCli, SigtermFinishesRequestsInFlightThenExitsZero) {
  Start();
  json request = {{"id", "harbor"}, {"documents", ExampleDocuments()}};
  const std::string body = request.dump();
  RawConnection c(port_);
  // A first request on the connection: once it is answered, a worker holds it.
  c.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_EQ(StatusOf(c.ReadResponse()), 200);
  c.Send(
      "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Connection: close\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 100));
  // Time for the worker to start reading it (it polls every millisecond).
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  ASSERT_EQ(kill(pid_, SIGTERM), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  c.Send(body.substr(100));
  std::string response = c.ReadResponse();
  EXPECT_EQ(StatusOf(response), 200) << response.substr(0, 300);
  EXPECT_FALSE(BodyOf(response)["summary"].empty());
  auto start = Clock::now();
  EXPECT_EQ(Stop(), 0) << Slurp(log_);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
  std::string log = Slurp(log_);
  EXPECT_NE(log.find("SIGTERM"), std::string::npos) << log;
  EXPECT_NE(log.find("precis serve: stopped"), std::string::npos) << log;
}

TEST_F(ServeCli, LogsOneLinePerRequest) {
  Start();
  ASSERT_TRUE(Client().Get("/healthz"));
  ASSERT_TRUE(Client().Get("/nope"));
  ASSERT_TRUE(PostJson("/v1/summarize", "{"));
  EXPECT_EQ(Stop(), 0);
  std::string log = Slurp(log_);
  for (const char* line : {"GET /healthz 200 16 [0-9.]+ms\n", "GET /nope 404 [0-9]+ [0-9.]+ms\n",
                           "POST /v1/summarize 400 [0-9]+ [0-9.]+ms\n"})
    EXPECT_TRUE(std::regex_search(log, std::regex(line))) << line << "\n" << log;
}

// `precis serve` runs the precis-serve beside it; without one it says so.
TEST_F(ServeCli, WithoutPrecisServeBesideItSaysSo) {
  fs::copy_file(PRECIS_BINARY, dir_ / "precis");
  std::string cmd =
      "'" + (dir_ / "precis").string() + "' serve 2>'" + (dir_ / "err").string() + "'";
  int status = std::system(cmd.c_str());
  EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 1);
  EXPECT_EQ(Slurp(dir_ / "err"), "precis serve: cannot run " + (dir_ / "precis-serve").string() +
                                     ": No such file or directory\n");
}

TEST_F(ServeCli, BadFlagsAndTakenPortsAreOneLineErrors) {
  auto r = Run("serve --threads 0");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--threads"), std::string::npos) << r.err;
  Start();
  r = Run("serve --port " + std::to_string(port_));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("precis serve: cannot listen on 127.0.0.1:" + std::to_string(port_)),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace precis::testing
