#include "serve/request.h"

#include <gtest/gtest.h>

namespace precis::serve {
namespace {

const char kTwoDocuments[] =
    R"({"documents": [{"id": "a", "title": "Bridge", "date": "2024-05-01", "url": "http://a",
                      "text": "The bridge opened on Monday. Traffic flowed."},
                     {"text": "Officials praised the builders of the bridge."}]})";

std::string ErrorOf(std::string_view body) {
  Result<SummarizeRequest> r = ParseSummarizeRequest(body);
  EXPECT_FALSE(r.ok()) << body;
  return r.ok() ? "" : r.status().message();
}

TEST(ParseSummarizeRequest, ReadsDocumentsAndDefaults) {
  Result<SummarizeRequest> r = ParseSummarizeRequest(kTwoDocuments);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Cluster& c = r->cluster;
  EXPECT_EQ(c.id, "request");
  ASSERT_EQ(c.documents.size(), 2u);
  EXPECT_EQ(c.documents[0].id, "a");
  EXPECT_EQ(c.documents[0].title, "Bridge");
  EXPECT_EQ(c.documents[0].date, "2024-05-01");
  EXPECT_EQ(c.documents[0].source, "http://a");
  EXPECT_EQ(c.documents[0].text, "The bridge opened on Monday. Traffic flowed.");
  EXPECT_EQ(c.documents[1].id, "request-1");  // as JSONL names a document without id
  EXPECT_EQ(c.documents[1].source, "");
  EXPECT_FALSE(c.query.has_value());
  EXPECT_EQ(r->options.method, "default");
  EXPECT_EQ(r->options.budget.unit, Budget::Unit::kWords);
  EXPECT_EQ(r->options.budget.limit, 100u);
  EXPECT_EQ(r->options.order, Order::kChronological);
  EXPECT_FALSE(r->options.explain);
}

TEST(ParseSummarizeRequest, ReadsOptions) {
  Result<SummarizeRequest> r = ParseSummarizeRequest(
      R"({"id": "story", "documents": [{"text": "One sentence here."}], "sentences": 3,
          "fill": true, "method": "mmr", "query": "who built it", "order": "relevance",
          "explain": true, "language": "english"})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->cluster.id, "story");
  EXPECT_EQ(r->cluster.documents[0].id, "story-0");
  EXPECT_EQ(r->options.budget.unit, Budget::Unit::kSentences);
  EXPECT_EQ(r->options.budget.limit, 3u);
  EXPECT_TRUE(r->options.budget.fill);
  EXPECT_EQ(r->options.method, "mmr");
  ASSERT_TRUE(r->cluster.query.has_value());
  EXPECT_EQ(r->cluster.query->title, "who built it");
  EXPECT_EQ(r->options.order, Order::kRelevance);
  EXPECT_TRUE(r->options.explain);
  Result<SummarizeRequest> bytes =
      ParseSummarizeRequest(R"({"documents": [{"text": "x y."}], "bytes": 600})");
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(bytes->options.budget.unit, Budget::Unit::kBytes);
  EXPECT_EQ(bytes->options.budget.limit, 600u);
}

TEST(ParseSummarizeRequest, ReadsSeenDocuments) {
  auto r = ParseSummarizeRequest(
      R"({"id": "u", "documents": [{"text": "New."}], "seen": [{"id": "old", "text": "Old."}, {"text": "Older."}]})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->cluster.documents.size(), 1u);
  ASSERT_EQ(r->cluster.seen.size(), 2u);
  EXPECT_EQ(r->cluster.seen[0].id, "old");
  EXPECT_EQ(r->cluster.seen[0].text, "Old.");
  EXPECT_EQ(r->cluster.seen[1].id, "u-seen-1");
  EXPECT_TRUE(ParseSummarizeRequest(R"({"documents": [{"text": "a"}], "seen": []})").ok());
}

TEST(ParseSummarizeRequest, ReadsHtmlAsAPageInRequestOrder) {
  Result<SummarizeRequest> r = ParseSummarizeRequest(
      R"({"documents": [{"text": "First text document."},
                        {"html": "<html><head><title>Page title</title></head><body><nav>Home | News</nav><article><p>The page body says the bridge opened.</p></article></body></html>",
                         "url": "http://b"},
                        {"id": "c", "text": "Third document."}]})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->cluster.documents.size(), 3u);
  EXPECT_EQ(r->cluster.documents[0].text, "First text document.");
  const Document& page = r->cluster.documents[1];
  EXPECT_EQ(page.id, "request-1");
  EXPECT_EQ(page.title, "Page title");
  EXPECT_EQ(page.source, "http://b");
  EXPECT_NE(page.text.find("The page body says the bridge opened."), std::string::npos);
  EXPECT_EQ(page.text.find("Home | News"), std::string::npos);
  EXPECT_EQ(r->cluster.documents[2].id, "c");
}

TEST(ParseSummarizeRequest, TitleGivenWinsOverThePage) {
  Result<Cluster> c = ParseExtractRequest(
      R"({"documents": [{"title": "Mine", "html": "<html><head><title>Theirs</title></head><body><p>Body text of the page here.</p></body></html>"}]})");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->documents[0].title, "Mine");
}

TEST(ParseSummarizeRequest, ControlCharactersAreRemovedAsTheCliDoes) {
  Result<SummarizeRequest> r =
      ParseSummarizeRequest(R"({"documents": [{"text": "Bell\u0007 rang."}]})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->cluster.documents[0].text, "Bell rang.");
}

TEST(ParseSummarizeRequest, MalformedJsonSaysWhere) {
  std::string e = ErrorOf(R"({"documents": [)");
  EXPECT_NE(e.find("malformed JSON at byte 16"), std::string::npos) << e;
  e = ErrorOf("{\"documents\": [{\"text\": \"\xff\"}]}");
  EXPECT_NE(e.find("malformed JSON at byte"), std::string::npos) << e;
  EXPECT_NE(ErrorOf("").find("malformed JSON at byte 1"), std::string::npos);
  // Found by fuzzing: nlohmann throws out_of_range, not parse_error, for this.
  e = ErrorOf(R"({"documents": [{"text": "a"}], "words": 1e999})");
  EXPECT_NE(e.find("malformed JSON: number overflow"), std::string::npos) << e;
}

TEST(ParseSummarizeRequest, DeepNestingIsRefusedBeforeItIsBuilt) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_NE(ErrorOf(deep).find("nested more than 64 levels"), std::string::npos);
  std::string fine = "{\"documents\": [{\"text\": \"a b.\"}], \"x\": " + std::string(60, '[') +
                     std::string(60, ']') + "}";
  EXPECT_NE(ErrorOf(fine).find("unknown field \"x\""), std::string::npos);
  // Brackets in strings, after an escaped quote too, are text.
  Result<SummarizeRequest> brackets = ParseSummarizeRequest(
      "{\"documents\": [{\"text\": \"a \\\" " + std::string(100, '[') + " b.\"}]}");
  ASSERT_TRUE(brackets.ok()) << brackets.status().message();
  EXPECT_EQ(brackets->cluster.documents[0].text, "a \" " + std::string(100, '[') + " b.");
}

TEST(ParseSummarizeRequest, WrongShapesAreUsageErrorsNamingTheField) {
  struct Case {
    const char* body;
    const char* error;
  } cases[] = {
      {"[1, 2]", "the body must be a JSON object, not array"},
      {"{}", "missing field \"documents\""},
      {R"({"documents": {}})", "\"documents\" must be an array, not object"},
      {R"({"documents": []})", "\"documents\" is empty"},
      {R"({"documents": ["text"]})", "documents[0]: must be an object, not string"},
      {R"({"documents": [{"text": 5}]})", "documents[0]: \"text\" must be a string, not number"},
      {R"({"documents": [{"title": "t"}]})", "documents[0]: give exactly one of \"text\" and"},
      {R"({"documents": [{"text": "a", "html": "b"}]})", "give exactly one of"},
      {R"({"documents": [{"text": "a", "body": "b"}]})", "documents[0]: unknown field \"body\""},
      {R"({"documents": [{"text": "a"}], "word": 5})", "unknown field \"word\" (expected: id,"},
      {R"({"documents": [{"text": "a"}], "words": 0})", "\"words\" must be a whole number from 1"},
      {R"({"documents": [{"text": "a"}], "words": 1.5})", "\"words\" must be a whole number"},
      {R"({"documents": [{"text": "a"}], "words": "50"})", "\"words\" must be a whole number"},
      {R"({"documents": [{"text": "a"}], "bytes": 1000001})", "from 1 to 1000000"},
      {R"({"documents": [{"text": "a"}], "words": 5, "bytes": 9})", "give one budget"},
      {R"({"documents": [{"text": "a"}], "method": 3})", "\"method\" must be a string"},
      {R"({"documents": [{"text": "a"}], "order": "random"})", "unknown order \"random\""},
      {R"({"documents": [{"text": "a"}], "explain": "yes"})", "\"explain\" must be true or false"},
      {R"({"documents": [{"text": "a"}], "fill": 1})", "\"fill\" must be true or false"},
      {R"({"documents": [{"text": "a"}], "query": {"title": "q"}})", "\"query\" must be a string"},
      {R"({"documents": [{"text": "a"}], "seen": {"text": "a"}})", "\"seen\" must be an array"},
      {R"({"documents": [{"text": "a"}], "seen": [{"id": "x"}]})", "seen[0]: give exactly one"},
  };
  for (const Case& c : cases) {
    Result<SummarizeRequest> r = ParseSummarizeRequest(c.body);
    ASSERT_FALSE(r.ok()) << c.body;
    EXPECT_EQ(r.status().kind(), Status::Kind::kUsage) << c.body;
    EXPECT_NE(r.status().message().find(c.error), std::string::npos)
        << c.body << "\n  gave: " << r.status().message();
    EXPECT_EQ(r.status().message().find('\n'), std::string::npos) << c.body;
  }
}

TEST(ParseSummarizeRequest, AtMostTheReadersDocumentLimit) {
  std::string body = "{\"documents\": [";
  for (int i = 0; i <= 100000; ++i) body += (i ? "," : "") + std::string("{\"html\": \"\"}");
  body += "]}";
  std::string e = ErrorOf(body);
  EXPECT_NE(e.find("more than 100000 documents"), std::string::npos) << e;
}

TEST(ParseSummarizeRequest, ReaderProblemsKeepTheirKindWithoutTheReadersName) {
  Result<SummarizeRequest> r =
      ParseSummarizeRequest(R"({"documents": [{"id": "a\nb", "text": "Some text."}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().find("request:1"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("control character"), std::string::npos);
}

TEST(ParseTimelineRequest, ReadsTheTimelineOptions) {
  Result<TimelineRequest> r = ParseTimelineRequest(
      R"({"id": "story", "documents": [{"date": "2024-05-03", "text": "The bridge opened."}],
          "dates": 4, "sentences_per_date": 1, "query": "bridge", "from": "2024-05-01",
          "until": "2024-05-31", "language": "english"})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->cluster.id, "story");
  ASSERT_EQ(r->cluster.documents.size(), 1u);
  EXPECT_EQ(r->cluster.documents[0].date, "2024-05-03");
  EXPECT_EQ(r->options.dates, 4u);
  EXPECT_EQ(r->options.sentences_per_date, 1u);
  EXPECT_EQ(r->options.query, "bridge");
  EXPECT_EQ(r->options.from, "2024-05-01");
  EXPECT_EQ(r->options.until, "2024-05-31");
  Result<TimelineRequest> defaults = ParseTimelineRequest(R"({"documents": [{"text": "A."}]})");
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->options.dates, TimelineOptions{}.dates);
  EXPECT_EQ(defaults->options.sentences_per_date, TimelineOptions{}.sentences_per_date);
  EXPECT_FALSE(defaults->options.query);
}

TEST(ParseTimelineRequest, WrongShapesAreUsageErrorsNamingTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"dates": 3})", "missing field \"documents\""},
      {R"({"documents": [{"text": "A."}], "dates": 0})", "\"dates\" must be a whole number"},
      {R"({"documents": [{"text": "A."}], "dates": 100001})", "from 1 to 100000"},
      {R"({"documents": [{"text": "A."}], "sentences_per_date": "2"})",
       "\"sentences_per_date\" must be a whole number"},
      {R"({"documents": [{"text": "A."}], "from": 20240501})", "\"from\" must be a string"},
      {R"({"documents": [{"text": "A."}], "words": 100})", "\"words\" is a summary's field"},
      {R"({"documents": [{"text": "A."}], "seen": []})", "\"seen\" is a summary's field"},
      {R"({"documents": [{"text": "A."}], "days": 3})", "unknown field \"days\""},
      {R"([1])", "must be a JSON object"},
  };
  for (const auto& [body, error] : cases) {
    Result<TimelineRequest> r = ParseTimelineRequest(body);
    ASSERT_FALSE(r.ok()) << body;
    EXPECT_EQ(r.status().kind(), Status::Kind::kUsage) << body;
    EXPECT_NE(r.status().message().find(error), std::string::npos) << r.status().message();
  }
}

TEST(ParseExtractRequest, AcceptsOnlyDocumentsAndId) {
  Result<Cluster> c = ParseExtractRequest(R"({"documents": [{"text": "One."}], "words": 5})");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("unknown field \"words\""), std::string::npos);
  Result<Cluster> ok = ParseExtractRequest(R"({"id": "x", "documents": [{"text": "One."}]})");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->documents[0].id, "x-0");
}

}  // namespace
}  // namespace precis::serve
