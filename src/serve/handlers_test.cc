#include "serve/handlers.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "precis/render.h"
#include "precis/timeline.h"

namespace precis::serve {
namespace {

using json = nlohmann::json;

std::string HeaderOf(const Reply& r, const std::string& key) {
  for (const auto& [k, v] : r.headers)
    if (k == key) return v;
  return "";
}

TEST(HttpStatusFor, MapsEveryKindOfStatus) {
  EXPECT_EQ(HttpStatusFor(Status::Ok()), 200);
  EXPECT_EQ(HttpStatusFor(Status::UsageError("bad field")), 400);
  EXPECT_EQ(HttpStatusFor(Status::InputError("nothing to summarize")), 422);
  EXPECT_EQ(HttpStatusFor(Status::LimitExceeded("a document over 16 MB")), 413);
  EXPECT_EQ(HttpStatusFor(Status::InternalError("out of memory")), 500);
}

TEST(ErrorReply, IsOneJsonLine) {
  Reply r = ErrorReply(404, "no \"such\" thing\n");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(json::parse(r.body)["error"], "no \"such\" thing\n");
  EXPECT_EQ(r.body.find('\n'), r.body.size() - 1);
}

TEST(CheckRoute, ServedPathsPassOthersAre404Or405WithAllow) {
  EXPECT_FALSE(CheckRoute("GET", "/healthz"));
  EXPECT_FALSE(CheckRoute("HEAD", "/healthz"));
  EXPECT_FALSE(CheckRoute("POST", "/v1/summarize"));
  EXPECT_FALSE(CheckRoute("POST", "/v1/extract"));
  EXPECT_FALSE(CheckRoute("POST", "/v1/timeline"));
  EXPECT_FALSE(CheckRoute("GET", "/openapi.json"));
  EXPECT_FALSE(CheckRoute("GET", "/v1/methods"));
  auto missing = CheckRoute("GET", "/v1/summarise");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  auto wrong = CheckRoute("GET", "/v1/summarize");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 405);
  EXPECT_EQ(HeaderOf(*wrong, "Allow"), "POST");
  auto post = CheckRoute("DELETE", "/healthz");
  ASSERT_TRUE(post);
  EXPECT_EQ(HeaderOf(*post, "Allow"), "GET, HEAD");
}

TEST(CheckContentType, OnlyJson) {
  EXPECT_FALSE(CheckContentType("application/json"));
  EXPECT_FALSE(CheckContentType("application/json; charset=utf-8"));
  EXPECT_FALSE(CheckContentType("Application/JSON"));
  for (const char* type : {"", "text/plain", "application/jsonl", "multipart/form-data; b=x"}) {
    auto r = CheckContentType(type);
    ASSERT_TRUE(r) << type;
    EXPECT_EQ(r->status, 415) << type;
  }
}

TEST(HandleSummarize, GivesTheCliJsonForTheSameCluster) {
  SummarizerCache cache;
  const char* body =
      R"({"documents": [{"id": "a", "text": "The bridge opened on Monday after three years of work. Traffic moved at once."},
                        {"id": "b", "text": "Officials said the bridge opened on Monday. The mayor thanked the builders."}],
          "words": 15})";
  Reply r = HandleSummarize(body, cache);
  ASSERT_EQ(r.status, 200) << r.body;
  Result<SummarizeRequest> request = ParseSummarizeRequest(body);
  ASSERT_TRUE(request.ok());
  Result<Summarizer> summarizer = Summarizer::Create(request->options);
  ASSERT_TRUE(summarizer.ok());
  Result<Summary> summary = summarizer->Summarize(request->cluster);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(r.body, Render(*summary, OutputFormat::kJson));
  json j = json::parse(r.body);
  EXPECT_EQ(j["cluster"], "request");
  EXPECT_FALSE(j["summary"].empty());
  EXPECT_FALSE(j.contains("removed"));
}

TEST(HandleSummarize, ExplainAddsRemovals) {
  SummarizerCache cache;
  Reply r = HandleSummarize(
      R"({"documents": [{"text": "We use cookies to improve your experience. Accept all cookies.\n\nThe bridge opened on Monday after three years of work."}], "explain": true})",
      cache);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(json::parse(r.body).contains("removed"));
}

TEST(HandleSummarize, ErrorsHaveTheirStatus) {
  SummarizerCache cache;
  Reply unknown =
      HandleSummarize(R"({"documents": [{"text": "A b c."}], "method": "magic"})", cache);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(json::parse(unknown.body)["error"].get<std::string>().find("unknown method 'magic'"),
            std::string::npos);
  Reply language =
      HandleSummarize(R"({"documents": [{"text": "A b c."}], "language": "klingon"})", cache);
  EXPECT_EQ(language.status, 400) << language.body;
  Reply filled = HandleSummarize(
      R"({"documents": [{"text": "A b c."}], "sentences": 2, "fill": true})", cache);
  EXPECT_EQ(filled.status, 400) << filled.body;
  EXPECT_NE(filled.body.find("cannot be filled"), std::string::npos) << filled.body;
  Reply empty = HandleSummarize(R"({"documents": [{"text": "   "}]})", cache);
  EXPECT_EQ(empty.status, 422) << empty.body;
  Reply malformed = HandleSummarize("{", cache);
  EXPECT_EQ(malformed.status, 400);
}

TEST(SummarizerCache, SharesOneSummarizerPerConfiguration) {
  SummarizerCache cache;
  SummarizeOptions a, b;
  b.method = "lead";
  auto a1 = cache.Get(a), a2 = cache.Get(a), b1 = cache.Get(b);
  ASSERT_TRUE(a1.ok() && a2.ok() && b1.ok());
  EXPECT_EQ(a1->get(), a2->get());
  EXPECT_NE(a1->get(), b1->get());
  SummarizeOptions bad;
  bad.method = "nope";
  EXPECT_FALSE(cache.Get(bad).ok());
}

TEST(HandleExtract, ReturnsTheArticlesAsExtractGivesThem) {
  Reply r = HandleExtract(
      R"({"documents": [{"html": "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2024-05-01T10:00:00Z\"></head><body><article><p>The page body text is here.</p></article></body></html>", "url": "http://p"},
                        {"id": "t", "text": "Plain text."}]})");
  ASSERT_EQ(r.status, 200) << r.body;
  json docs = json::parse(r.body)["documents"];
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["title"], "T");
  EXPECT_EQ(docs[0]["source"], "http://p");
  EXPECT_EQ(docs[0]["date"].get<std::string>().substr(0, 10), "2024-05-01");
  EXPECT_NE(docs[0]["text"].get<std::string>().find("The page body text is here."),
            std::string::npos);
  EXPECT_EQ(docs[0]["url"], "http://p");
  EXPECT_EQ(docs[1]["id"], "t");
  for (const char* field : {"author", "language", "url"}) EXPECT_TRUE(docs[1].contains(field));
  EXPECT_EQ(HandleExtract("[]").status, 400);
}

// Two dated articles: the timeline of the library, rendered as the CLI renders it.
TEST(HandleTimeline, GivesTheLibrarysTimelineAsJson) {
  const std::string body =
      R"({"id": "bridge", "dates": 3, "documents": [
        {"id": "a", "date": "2012-03-07", "text": "The bridge fell on Monday. Nobody was hurt."},
        {"id": "b", "date": "2012-03-09", "text": "An inquiry into the bridge opened on Friday."}]})";
  Reply r = HandleTimeline(body);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  Result<TimelineRequest> request = ParseTimelineRequest(body);
  ASSERT_TRUE(request.ok());
  Result<Timeline> timeline = BuildTimeline(request->cluster, request->options);
  ASSERT_TRUE(timeline.ok());
  EXPECT_EQ(r.body, Render(*timeline, OutputFormat::kJson));
  json j = json::parse(r.body);
  EXPECT_EQ(j["cluster"], "bridge");
  ASSERT_FALSE(j["entries"].empty());
  EXPECT_EQ(j["entries"][0]["date"], "2012-03-05");
  EXPECT_EQ(j["documents"].size(), 2u);
}

TEST(HandleTimeline, ErrorsHaveTheirStatusAndNameTheField) {
  Reply bad = HandleTimeline(R"({"documents": [{"text": "A."}], "from": "May 1"})");
  EXPECT_EQ(bad.status, 400);
  std::string error = json::parse(bad.body)["error"];
  EXPECT_NE(error.find("\"from\" must be a date YYYY-MM-DD"), std::string::npos) << error;
  Reply order = HandleTimeline(
      R"({"documents": [{"text": "A."}], "from": "2024-05-02", "until": "2024-05-01"})");
  EXPECT_EQ(order.status, 400);
  EXPECT_EQ(json::parse(order.body)["error"].get<std::string>().find("--"), std::string::npos)
      << order.body;
  EXPECT_EQ(HandleTimeline(R"({"documents": [{"text": "A."}], "language": "klingon"})").status,
            400);
  EXPECT_EQ(HandleTimeline("{").status, 400);
  // No day anywhere: nothing to put on a timeline.
  Reply undated = HandleTimeline(R"({"documents": [{"text": "Something happened once."}]})");
  EXPECT_EQ(undated.status, 422) << undated.body;
}

TEST(HandleMethods, ListsEveryMethodAndWhichHonourTheQuery) {
  json j = json::parse(HandleMethods().body);
  EXPECT_EQ(j["default"], DefaultMethodName());
  ASSERT_EQ(j["methods"].size(), MethodNames().size());
  std::set<std::string> honouring;
  for (const auto& m : j["methods"])
    if (m["honours_query"].get<bool>()) honouring.insert(m["name"]);
  EXPECT_EQ(honouring, (std::set<std::string>{"mmr", "coverage"}));
}

TEST(HandleOpenApi, DescribesExactlyTheEndpoints) {
  json spec = json::parse(HandleOpenApi().body);
  EXPECT_EQ(spec["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::pair<std::string, std::string>> described, served;
  for (const auto& [path, operations] : spec["paths"].items())
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      described.insert({path, upper});
    }
  for (const Endpoint& e : Endpoints()) served.insert({std::string(e.path), std::string(e.method)});
  EXPECT_EQ(described, served);
}

TEST(HandlePage, IsOneHtmlPageWithTheExampleInIt) {
  Reply r = HandlePage();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.body.find("/*EXAMPLE*/"), std::string::npos);
  // The example's HTML page is inside the script: none of its "</" may end it.
  std::size_t first = r.body.find("</script>");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(r.body.find("</script>", first + 1), std::string::npos);
  std::size_t start = r.body.find("const EXAMPLE = ") + 16;
  std::size_t end = r.body.find(";\n", start);
  json example = json::parse(r.body.substr(start, end - start));
  ASSERT_EQ(example["documents"].size(), 5u);
  EXPECT_EQ(example["documents"][0]["id"], "01-aldwin-gazette");
  EXPECT_TRUE(example["documents"][2].contains("html"));
  // The example, summarized, has citations the page can show.
  SummarizerCache cache;
  Reply summary = HandleSummarize(example.dump(), cache);
  EXPECT_EQ(summary.status, 200) << summary.body;
}

TEST(HandleHealth, IsOk) { EXPECT_EQ(json::parse(HandleHealth().body)["status"], "ok"); }

}  // namespace
}  // namespace precis::serve
