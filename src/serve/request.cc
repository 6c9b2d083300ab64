#include "serve/request.h"

#include <algorithm>
#include <initializer_list>
#include <tuple>
#include <utility>
#include <vector>

#include "precis/json.h"
#include "precis/reader.h"

namespace precis::serve {
namespace {

using json = nlohmann::json;

// The name the reader gives in its messages ("request:1: document 2: ..."),
// which is dropped: the client sent one body, not a file with lines.
constexpr std::string_view kReadName = "request";

Status Bad(std::string message) { return Status::UsageError(std::move(message)); }

std::string TypeName(const json& value) { return value.type_name(); }

// `text` as a JSON string (escaped, so a message stays one printable line), cut
// to its first 100 bytes.
std::string Quoted(std::string_view text) {
  std::string cut(text.substr(0, 100));
  return json(cut).dump(-1, ' ', true, json::error_handler_t::replace) +
         (text.size() > 100 ? "..." : "");
}

// Fields of `object` not in `known`, as "unknown field 'x' (expected: a, b)".
Status CheckFields(const json& object, std::initializer_list<std::string_view> known,
                   const std::string& where) {
  for (const auto& [key, value] : object.items()) {
    bool found = false;
    for (std::string_view k : known) found = found || key == k;
    if (found) continue;
    std::string expected;
    for (std::string_view k : known) expected += (expected.empty() ? "" : ", ") + std::string(k);
    return Bad(where + "unknown field " + Quoted(key) + " (expected: " + expected + ")");
  }
  return Status::Ok();
}

// An optional string field: absent gives "", anything but a string is an error.
Status OptionalString(const json& object, const char* key, const std::string& where,
                      std::string* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Ok();
  if (!it->is_string())
    return Bad(where + "\"" + key + "\" must be a string, not " + TypeName(*it));
  *out = it->get<std::string>();
  return Status::Ok();
}

std::string WithoutReadName(const std::string& message) {
  // "request:1: document 2: ..." -> "document 2: ..."
  std::string prefix = std::string(kReadName) + ":1: ";
  if (message.rfind(prefix, 0) == 0) return message.substr(prefix.size());
  return message;
}

// Reads "documents" into `cluster` (whose id is set): text documents as the
// JSONL reader reads them (so a request and the same cluster given to the CLI
// as JSONL give the same documents), html documents as the HTML reader reads a
// page. Ids default to "<cluster id>-<index>", as in JSONL.
// `field` names the array ("documents", or "seen": documents already read,
// which may be missing or empty) and `into` receives them.
Status ReadDocuments(const json& body, Cluster& cluster, const std::string& field,
                     std::vector<Document>& into) {
  const bool required = field == "documents";
  auto it = body.find(field);
  if (it == body.end())
    return required ? Bad("missing field \"documents\" (an array of documents)") : Status::Ok();
  if (!it->is_array()) return Bad("\"" + field + "\" must be an array, not " + TypeName(*it));
  if (it->empty() && required) return Bad("\"documents\" is empty (give at least one document)");
  // The reader's limit, checked before any page is parsed.
  const std::size_t most = ReadOptions{}.max_cluster_documents;
  if (it->size() > most)
    return Bad("more than " + std::to_string(most) + " documents in one request");
  const json& documents = *it;

  json text_cluster = {{"id", cluster.id}, {"documents", json::array()}};
  std::vector<std::size_t> text_index;  // position in the request of each JSONL document
  std::vector<std::pair<std::size_t, Document>> pages;
  for (std::size_t k = 0; k < documents.size(); ++k) {
    const json& d = documents[k];
    std::string where = field + "[" + std::to_string(k) + "]: ";
    if (!d.is_object()) return Bad(where + "must be an object, not " + TypeName(d));
    if (Status s = CheckFields(d, {"id", "title", "date", "url", "text", "html"}, where); !s.ok())
      return s;
    Document doc;
    std::string html;
    for (auto [key, field] :
         {std::pair{"id", &doc.id}, std::pair{"title", &doc.title}, std::pair{"date", &doc.date},
          std::pair{"url", &doc.source}, std::pair{"text", &doc.text}, std::pair{"html", &html}})
      if (Status s = OptionalString(d, key, where, field); !s.ok()) return s;
    const bool has_text = d.contains("text"), has_html = d.contains("html");
    if (has_text == has_html) return Bad(where + "give exactly one of \"text\" and \"html\"");
    if (doc.id.empty()) doc.id = cluster.id + (required ? "-" : "-seen-") + std::to_string(k);
    if (has_text) {
      json j = {{"id", doc.id}, {"text", doc.text}};
      if (!doc.title.empty()) j["title"] = doc.title;
      if (!doc.date.empty()) j["date"] = doc.date;
      if (!doc.source.empty()) j["source"] = doc.source;
      if (!doc.source.empty()) j["url"] = doc.source;
      text_cluster["documents"].push_back(std::move(j));
      text_index.push_back(k);
      continue;
    }
    Result<ReadResult> page = ParseBytes(html, doc.id + ".html", InputFormat::kHtml);
    if (!page.ok() || page->clusters.empty() || page->clusters[0].documents.empty())
      return Status::InputError(where + "no article text found in the page" +
                                (page.ok() ? "" : " (" + page.status().message() + ")"));
    Document read = std::move(page->clusters[0].documents[0]);
    // What the request says wins over what the page's metadata says.
    read.id = doc.id;
    if (!doc.title.empty()) read.title = doc.title;
    if (!doc.date.empty()) read.date = doc.date;
    read.source = doc.source;
    if (!doc.source.empty()) read.url = doc.source;
    pages.emplace_back(k, std::move(read));
  }

  std::vector<Document> texts;
  if (!text_index.empty()) {
    std::string line = text_cluster.dump(-1, ' ', false, json::error_handler_t::replace);
    Result<ReadResult> read = ParseBytes(line, std::string(kReadName), InputFormat::kJsonl);
    if (!read.ok()) {
      std::string message = WithoutReadName(read.status().message());
      switch (read.status().kind()) {
        case Status::Kind::kUsage:
          return Bad(message);
        case Status::Kind::kLimitExceeded:
          return Status::LimitExceeded(message);
        default:
          return Status::InputError(message);
      }
    }
    for (Cluster& c : read->clusters)
      for (Document& d : c.documents) texts.push_back(std::move(d));
  }
  // JSONL fills an empty source with the name it was read from; a request has none.
  for (Document& d : texts)
    if (d.source == kReadName) d.source.clear();
  // Back in request order (the reader keeps the order of its input).
  std::size_t t = 0, p = 0;
  for (std::size_t k = 0; k < documents.size(); ++k) {
    if (p < pages.size() && pages[p].first == k)
      into.push_back(std::move(pages[p++].second));
    else if (t < texts.size())
      into.push_back(std::move(texts[t++]));
  }
  return Status::Ok();
}

Status ReadClusterId(const json& body, Cluster& cluster) {
  cluster.id = "request";
  if (Status s = OptionalString(body, "id", "", &cluster.id); !s.ok()) return s;
  if (cluster.id.empty()) cluster.id = "request";
  return Status::Ok();
}

Status ReadBudget(const json& body, Budget& budget) {
  const std::pair<const char*, Budget::Unit> units[] = {{"words", Budget::Unit::kWords},
                                                        {"sentences", Budget::Unit::kSentences},
                                                        {"bytes", Budget::Unit::kBytes}};
  const char* given = nullptr;
  for (const auto& [key, unit] : units) {
    auto it = body.find(key);
    if (it == body.end()) continue;
    if (given)
      return Bad(std::string("give one budget, not both \"") + given + "\" and \"" + key + "\"");
    given = key;
    if (!it->is_number_integer() || it->get<long long>() < 1 ||
        it->get<long long>() > static_cast<long long>(Budget::kMaxLimit))
      return Bad(std::string("\"") + key + "\" must be a whole number from 1 to " +
                 std::to_string(Budget::kMaxLimit));
    budget.unit = unit;
    budget.limit = it->get<std::size_t>();
  }
  if (auto it = body.find("fill"); it != body.end()) {
    if (!it->is_boolean()) return Bad("\"fill\" must be true or false, not " + TypeName(*it));
    budget.fill = it->get<bool>();
  }
  return Status::Ok();
}

Result<json> ParseObject(std::string_view body) {
  Result<json> value = ParseJsonBody(body);
  if (!value.ok()) return value;
  if (!value->is_object()) return Bad("the body must be a JSON object, not " + TypeName(*value));
  return value;
}

}  // namespace

Result<json> ParseJsonBody(std::string_view body) {
  if (std::size_t depth = JsonNestingDepth(body); depth > kMaxJsonDepth)
    return Bad("JSON nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
  try {
    return json::parse(body);
  } catch (const json::parse_error& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 5: ...".
    std::string what = e.what();
    if (std::size_t colon = what.find(": "); colon != std::string::npos)
      what = what.substr(colon + 2);
    return Bad("malformed JSON at byte " + std::to_string(e.byte) + ": " + what);
  } catch (const json::exception& e) {
    // A number beyond a double ("1e999") is out_of_range, without a byte.
    std::string what = e.what();
    if (std::size_t end = what.find("] "); end != std::string::npos) what = what.substr(end + 2);
    return Bad("malformed JSON: " + what);
  }
}

Result<SummarizeRequest> ParseSummarizeRequest(std::string_view body) {
  Result<json> value = ParseObject(body);
  if (!value.ok()) return value.status();
  const json& j = *value;
  if (Status s = CheckFields(j,
                             {"id", "documents", "seen", "words", "sentences", "bytes", "fill",
                              "method", "query", "order", "explain", "language"},
                             "");
      !s.ok())
    return s;
  SummarizeRequest request;
  if (Status s = ReadClusterId(j, request.cluster); !s.ok()) return s;
  SummarizeOptions& options = request.options;
  if (Status s = ReadBudget(j, options.budget); !s.ok()) return s;
  if (Status s = OptionalString(j, "method", "", &options.method); !s.ok()) return s;
  if (Status s = OptionalString(j, "language", "", &options.language); !s.ok()) return s;
  std::string order = "chronological";
  if (Status s = OptionalString(j, "order", "", &order); !s.ok()) return s;
  if (order == "relevance")
    options.order = Order::kRelevance;
  else if (order != "chronological")
    return Bad("unknown order " + Quoted(order) + " (choose from: chronological, relevance)");
  if (auto it = j.find("explain"); it != j.end()) {
    if (!it->is_boolean()) return Bad("\"explain\" must be true or false, not " + TypeName(*it));
    options.explain = it->get<bool>();
  }
  if (auto it = j.find("query"); it != j.end()) {
    if (!it->is_string()) return Bad("\"query\" must be a string, not " + TypeName(*it));
    request.cluster.query = Query{it->get<std::string>(), ""};
  }
  if (Status s = ReadDocuments(j, request.cluster, "documents", request.cluster.documents); !s.ok())
    return s;
  if (Status s = ReadDocuments(j, request.cluster, "seen", request.cluster.seen); !s.ok()) return s;
  return request;
}

Result<FiguresRequest> ParseFiguresRequest(std::string_view body) {
  Result<json> value = ParseObject(body);
  if (!value.ok()) return value.status();
  const json& j = *value;
  if (Status s = CheckFields(j, {"id", "documents", "query", "language"}, ""); !s.ok()) return s;
  FiguresRequest request;
  if (Status s = ReadClusterId(j, request.cluster); !s.ok()) return s;
  if (Status s = OptionalString(j, "language", "", &request.options.language); !s.ok()) return s;
  if (auto it = j.find("query"); it != j.end()) {
    if (!it->is_string()) return Bad("\"query\" must be a string, not " + TypeName(*it));
    request.options.query = it->get<std::string>();
  }
  if (Status s = ReadDocuments(j, request.cluster, "documents", request.cluster.documents); !s.ok())
    return s;
  return request;
}

Result<TimelineRequest> ParseTimelineRequest(std::string_view body) {
  Result<json> value = ParseObject(body);
  if (!value.ok()) return value.status();
  const json& j = *value;
  for (const char* summary_only :
       {"words", "sentences", "bytes", "fill", "method", "order", "explain", "seen"})
    if (j.contains(summary_only))
      return Bad(std::string("\"") + summary_only +
                 "\" is a summary's field; a timeline takes \"dates\" and "
                 "\"sentences_per_date\"");
  if (Status s = CheckFields(
          j,
          {"id", "documents", "dates", "sentences_per_date", "query", "from", "until", "language"},
          "");
      !s.ok())
    return s;
  TimelineRequest request;
  TimelineOptions& options = request.options;
  if (Status s = ReadClusterId(j, request.cluster); !s.ok()) return s;
  const std::tuple<const char*, std::size_t*, std::size_t> counts[] = {
      {"dates", &options.dates, TimelineOptions::kMaxDates},
      {"sentences_per_date", &options.sentences_per_date, TimelineOptions::kMaxSentencesPerDate}};
  for (const auto& [key, out, most] : counts) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    if (!it->is_number_integer() || it->get<long long>() < 1 ||
        it->get<long long>() > static_cast<long long>(most))
      return Bad(std::string("\"") + key + "\" must be a whole number from 1 to " +
                 std::to_string(most));
    *out = it->get<std::size_t>();
  }
  if (Status s = OptionalString(j, "language", "", &options.language); !s.ok()) return s;
  if (Status s = OptionalString(j, "from", "", &options.from); !s.ok()) return s;
  if (Status s = OptionalString(j, "until", "", &options.until); !s.ok()) return s;
  if (auto it = j.find("query"); it != j.end()) {
    if (!it->is_string()) return Bad("\"query\" must be a string, not " + TypeName(*it));
    options.query = it->get<std::string>();
  }
  if (Status s = ReadDocuments(j, request.cluster, "documents", request.cluster.documents); !s.ok())
    return s;
  return request;
}

Result<Cluster> ParseExtractRequest(std::string_view body) {
  Result<json> value = ParseObject(body);
  if (!value.ok()) return value.status();
  if (Status s = CheckFields(*value, {"id", "documents"}, ""); !s.ok()) return s;
  Cluster cluster;
  if (Status s = ReadClusterId(*value, cluster); !s.ok()) return s;
  if (Status s = ReadDocuments(*value, cluster, "documents", cluster.documents); !s.ok()) return s;
  return cluster;
}

}  // namespace precis::serve
