#include "serve/handlers.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <sstream>

#include "precis/extract.h"
#include "precis/render.h"
#include "precis/timeline.h"

namespace precis::data {
extern const std::string_view openapi_json;
extern const std::string_view page_html;
extern const std::string_view example_aldwin_gazette, example_wire_report, example_coastal_herald,
    example_evening_post, example_harbor_radio;
}  // namespace precis::data

namespace precis::serve {
namespace {

using json = nlohmann::json;

Reply JsonReply(const json& value, int status = 200) {
  Reply reply;
  reply.status = status;
  reply.body = value.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  return reply;
}

// The key of a configuration in SummarizerCache: every option Create reads.
std::string ConfigurationKey(const SummarizeOptions& o) {
  return o.method + '\n' + std::to_string(static_cast<int>(o.budget.unit)) + '\n' +
         std::to_string(o.budget.limit) + '\n' + (o.budget.fill ? "fill" : "") + '\n' +
         std::to_string(static_cast<int>(o.order)) + '\n' + o.language + '\n' +
         std::to_string(o.time_limit_seconds) + '\n' + (o.explain ? "explain" : "") + '\n' +
         std::to_string(o.threads);
}

}  // namespace

Reply ErrorReply(int status, std::string_view message) {
  return JsonReply({{"error", std::string(message)}}, status);
}

int HttpStatusFor(const Status& status) { return status.http_status(); }

const std::vector<Endpoint>& Endpoints() {
  static const std::vector<Endpoint> endpoints = {
      {"/healthz", "GET"},
      {"/v1/methods", "GET"},
      {"/openapi.json", "GET"},
      {"/v1/summarize", "POST"},
      {"/v1/timeline", "POST"},
      {"/v1/figures", "POST"},
      {"/v1/extract", "POST"},
      {"/v1/stories", "GET"},
      {"/v1/stories/{id}", "GET"},
      {"/v1/articles", "POST"},
      {"/", "GET"},
  };
  return endpoints;
}

std::optional<Reply> CheckRoute(std::string_view method, std::string_view path) {
  std::string allow;
  // "/v1/stories/{id}": any one segment after the prefix.
  constexpr std::string_view kStory = "/v1/stories/";
  if (path.starts_with(kStory) && path.size() > kStory.size() &&
      path.find('/', kStory.size()) == std::string_view::npos)
    path = "/v1/stories/{id}";
  for (const Endpoint& e : Endpoints()) {
    if (e.path != path) continue;
    if (e.method == method || (e.method == "GET" && method == "HEAD")) return std::nullopt;
    allow = e.method == "GET" ? "GET, HEAD" : std::string(e.method);
  }
  if (allow.empty()) return ErrorReply(404, "no such endpoint (see /openapi.json)");
  Reply reply =
      ErrorReply(405, std::string(method) + " is not allowed here (allowed: " + allow + ")");
  reply.headers.emplace_back("Allow", allow);
  return reply;
}

std::optional<Reply> CheckContentType(std::string_view content_type) {
  std::string_view type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  std::string lower(type);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "application/json") return std::nullopt;
  return ErrorReply(
      415, "the body must be JSON (Content-Type: application/json), not " +
               (type.empty()
                    ? std::string("a body without a Content-Type")
                    : json(std::string(type)).dump(-1, ' ', true, json::error_handler_t::replace)));
}

Result<std::shared_ptr<const Summarizer>> SummarizerCache::Get(const SummarizeOptions& options) {
  const std::string key = ConfigurationKey(options);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = summarizers_.find(key); it != summarizers_.end()) return it->second;
  Result<Summarizer> created = Summarizer::Create(options);
  if (!created.ok()) return created.status();
  auto shared = std::make_shared<const Summarizer>(std::move(created).value());
  if (summarizers_.size() >= kMaxEntries) summarizers_.clear();
  summarizers_.emplace(key, shared);
  return shared;
}

Reply HandleSummarize(std::string_view body, SummarizerCache& cache, double max_solver_seconds) {
  Result<SummarizeRequest> request = ParseSummarizeRequest(body);
  if (!request.ok()) return ErrorReply(HttpStatusFor(request.status()), request.status().message());
  SummarizeOptions& options = request->options;
  options.time_limit_seconds = std::min(options.time_limit_seconds, max_solver_seconds);
  Result<std::shared_ptr<const Summarizer>> summarizer = cache.Get(options);
  if (!summarizer.ok())
    return ErrorReply(HttpStatusFor(summarizer.status()), summarizer.status().message());
  Result<Summary> summary = (*summarizer)->Summarize(request->cluster);
  if (!summary.ok()) return ErrorReply(HttpStatusFor(summary.status()), summary.status().message());
  Reply reply;
  reply.body = Render(*summary, OutputFormat::kJson, {.explain = options.explain});
  return reply;
}

Reply HandleTimeline(std::string_view body) {
  Result<TimelineRequest> request = ParseTimelineRequest(body);
  if (!request.ok()) return ErrorReply(HttpStatusFor(request.status()), request.status().message());
  Result<Timeline> timeline = BuildTimeline(request->cluster, request->options);
  if (!timeline.ok()) {
    // The library names the CLI's flags ("--from must be a date"); a request has fields.
    std::string message = timeline.status().message();
    for (const char* field : {"from", "until"})
      for (std::size_t at; (at = message.find(std::string("--") + field)) != std::string::npos;)
        message.replace(at, 2 + std::strlen(field), std::string("\"") + field + "\"");
    return ErrorReply(HttpStatusFor(timeline.status()), message);
  }
  Reply reply;
  reply.body = Render(*timeline, OutputFormat::kJson);
  return reply;
}

Reply HandleFigures(std::string_view body) {
  Result<FiguresRequest> request = ParseFiguresRequest(body);
  if (!request.ok()) return ErrorReply(HttpStatusFor(request.status()), request.status().message());
  if (Status s = CheckFigureOptions(request->options); !s.ok())
    return ErrorReply(HttpStatusFor(s), s.message());
  Result<Figures> figures = BuildFigures(request->cluster, request->options);
  if (!figures.ok()) return ErrorReply(HttpStatusFor(figures.status()), figures.status().message());
  Reply reply;
  reply.body = Render(*figures, OutputFormat::kJson);
  return reply;
}

Reply HandleExtract(std::string_view body) {
  Result<Cluster> cluster = ParseExtractRequest(body);
  if (!cluster.ok()) return ErrorReply(HttpStatusFor(cluster.status()), cluster.status().message());
  Result<std::vector<ExtractedArticle>> articles = ExtractArticles(*cluster);
  if (!articles.ok())
    return ErrorReply(HttpStatusFor(articles.status()), articles.status().message());
  // The objects of `precis extract --format json`, one per line there.
  json documents = json::array();
  std::istringstream lines(Render(*articles, OutputFormat::kJson));
  for (std::string line; std::getline(lines, line);) documents.push_back(json::parse(line));
  return JsonReply({{"documents", std::move(documents)}});
}

Reply HandleHealth() { return JsonReply({{"status", "ok"}}); }

Reply HandleMethods() {
  json methods = json::array();
  for (const MethodInfo& m : Methods())
    methods.push_back({{"name", m.name},
                       {"help", m.help},
                       {"honours_query", m.honours_query},
                       {"honours_seen", m.honours_seen},
                       {"needs_solver", m.needs_solver}});
  return JsonReply({{"default", DefaultMethodName()}, {"methods", std::move(methods)}});
}

Reply HandleOpenApi() {
  Reply reply;
  reply.body = std::string(data::openapi_json);
  return reply;
}

Reply HandlePage() {
  static const std::string page = [] {
    // The bundled example as a summarize request's documents, written into
    // the page's script ("</" escaped so no text can end the script early).
    const std::pair<const char*, std::string_view> files[] = {
        {"01-aldwin-gazette", data::example_aldwin_gazette},
        {"02-wire-report", data::example_wire_report},
        {"03-coastal-herald", data::example_coastal_herald},
        {"04-evening-post", data::example_evening_post},
        {"05-harbor-radio", data::example_harbor_radio},
    };
    json documents = json::array();
    for (const auto& [id, bytes] : files)
      documents.push_back(
          {{"id", id},
           {std::string(id) == "03-coastal-herald" ? "html" : "text", std::string(bytes)}});
    std::string example =
        json{{"documents", documents}}.dump(-1, ' ', false, json::error_handler_t::replace);
    for (std::size_t at = 0; (at = example.find("</", at)) != std::string::npos; at += 3)
      example.replace(at, 2, "<\\/");
    std::string html(data::page_html);
    const std::string placeholder = "/*EXAMPLE*/null";
    if (std::size_t at = html.find(placeholder); at != std::string::npos)
      html.replace(at, placeholder.size(), example);
    return html;
  }();
  Reply reply;
  reply.content_type = "text/html; charset=utf-8";
  reply.body = page;
  return reply;
}

}  // namespace precis::serve
