#include "serve/story_service.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "precis/reader.h"
#include "serve/request.h"

namespace precis::serve {
namespace {

using nlohmann::json;

Reply NoStore() {
  return ErrorReply(404,
                    "this server has no story store (start it with 'precis serve --store "
                    "news.db')");
}

// A whole number from 1 to `most`, or nullopt.
std::optional<std::size_t> Count(std::string_view text, std::size_t most) {
  std::size_t n = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size() || n < 1 || n > most)
    return std::nullopt;
  return n;
}

bool IsIsoDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

std::string_view ActionName(IngestAction a) {
  switch (a) {
    case IngestAction::kAdded:
      return "added";
    case IngestAction::kDuplicate:
      return "duplicate";
    case IngestAction::kUnchanged:
      return "unchanged";
    case IngestAction::kUpdated:
      return "updated";
    case IngestAction::kEmpty:
      return "empty";
  }
  return "added";
}

Reply JsonText(std::string body) {
  Reply reply;
  reply.body = std::move(body);
  return reply;
}

// One article of a request, or a one-line problem.
Result<Article> ReadArticle(const json& value, std::size_t k) {
  const std::string where = "articles[" + std::to_string(k) + "]: ";
  if (!value.is_object()) return Status::UsageError(where + "must be an object");
  Article a;
  std::string html;
  for (auto& [key, item] : value.items()) {
    std::string* field = key == "id"       ? &a.id
                         : key == "url"    ? &a.url
                         : key == "title"  ? &a.title
                         : key == "date"   ? &a.date
                         : key == "source" ? &a.source
                         : key == "text"   ? &a.text
                         : key == "html"   ? &html
                                           : nullptr;
    if (field == nullptr) return Status::UsageError(where + "unknown field \"" + key + "\"");
    if (!item.is_string()) return Status::UsageError(where + "\"" + key + "\" must be a string");
    *field = item.get<std::string>();
  }
  if (a.id.empty()) return Status::UsageError(where + "needs an \"id\"");
  if (value.contains("text") == value.contains("html"))
    return Status::UsageError(where + "give exactly one of \"text\" and \"html\"");
  if (value.contains("html")) {
    Result<ReadResult> page = ParseBytes(html, a.id + ".html", InputFormat::kHtml);
    if (!page.ok() || page->clusters.empty() || page->clusters[0].documents.empty())
      return Status::InputError(where + "no article text found in the page");
    const Document& d = page->clusters[0].documents[0];
    a.text = d.text;
    if (a.title.empty()) a.title = d.title;
    if (a.date.empty()) a.date = d.date;
    if (a.url.empty()) a.url = d.url;
  }
  return a;
}

}  // namespace

Result<std::unique_ptr<StoryService>> StoryService::Open(const std::string& location) {
  Result<std::unique_ptr<StoryStore>> store = StoryStore::Open(location);
  if (!store.ok()) return store.status();
  auto service = std::make_unique<StoryService>();
  service->store_ = std::move(store).value();
  return service;
}

Reply StoryService::List(std::string_view since, std::string_view limit) {
  if (store_ == nullptr) return NoStore();
  StoryQuery query;
  if (!since.empty()) {
    if (!IsIsoDay(since)) return ErrorReply(400, "\"since\" must be a date YYYY-MM-DD");
    query.since = std::string(since);
  }
  if (!limit.empty()) {
    std::optional<std::size_t> n = Count(limit, 100'000);
    if (!n) return ErrorReply(400, "\"limit\" must be a whole number from 1 to 100000");
    query.limit = *n;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  Result<std::vector<StoryInfo>> stories = store_->Stories(query);
  if (!stories.ok()) return ErrorReply(500, stories.status().message());
  std::string body = "{\"stories\":[";
  for (std::size_t k = 0; k < stories->size(); ++k) {
    const StoryInfo& info = (*stories)[k];
    Result<std::string> summary = store_->SummaryJson(info.id);
    if (!summary.ok()) return ErrorReply(500, summary.status().message());
    std::string entry = RenderStoryEntry(info, *summary, OutputFormat::kJson);
    while (!entry.empty() && entry.back() == '\n') entry.pop_back();
    body += (k ? "," : "") + entry;
  }
  return JsonText(body + "]}");
}

Reply StoryService::One(std::string_view id, std::string_view text) {
  if (store_ == nullptr) return NoStore();
  std::optional<std::size_t> n = Count(id, static_cast<std::size_t>(1) << 62);
  if (!n) return ErrorReply(404, "no story " + std::string(id.substr(0, 40)));
  const bool with_text = text == "true" || text == "1";
  if (!with_text && !text.empty() && text != "false" && text != "0")
    return ErrorReply(400, "\"text\" must be true or false");
  std::lock_guard<std::mutex> lock(mutex_);
  Result<StoryView> view = ViewStory(*store_, static_cast<std::int64_t>(*n));
  if (!view.ok()) return ErrorReply(404, view.status().message());
  std::string body = RenderStoryView(*view, OutputFormat::kJson);
  while (!body.empty() && body.back() == '\n') body.pop_back();
  if (!with_text) return JsonText(std::move(body));
  // The articles are rendered in the view's order: each gets its text.
  json story = json::parse(body, nullptr, false);
  if (story.is_discarded() || !story["articles"].is_array() ||
      story["articles"].size() != view->articles.size())
    return ErrorReply(500, "could not add the articles' text to the story");
  for (std::size_t k = 0; k < view->articles.size(); ++k)
    story["articles"][k]["text"] = view->articles[k].article.text;
  return JsonText(story.dump(-1, ' ', false, json::error_handler_t::replace));
}

Reply StoryService::AddArticles(std::string_view body) {
  if (store_ == nullptr) return NoStore();
  Result<json> parsed = ParseJsonBody(body);
  if (!parsed.ok()) return ErrorReply(HttpStatusFor(parsed.status()), parsed.status().message());
  const json& request = *parsed;
  if (!request.is_object())
    return ErrorReply(400, "the body must be a JSON object {\"articles\": [...]}");
  for (auto& [key, item] : request.items())
    if (key != "articles") return ErrorReply(400, "unknown field \"" + key + "\"");
  auto it = request.find("articles");
  if (it == request.end() || !it->is_array() || it->empty())
    return ErrorReply(400, "\"articles\" must be a non-empty array");
  if (it->size() > kMaxArticlesPerRequest)
    return ErrorReply(
        413, "at most " + std::to_string(kMaxArticlesPerRequest) + " articles in one request");
  std::vector<Article> articles;
  for (std::size_t k = 0; k < it->size(); ++k) {
    Result<Article> a = ReadArticle((*it)[k], k);
    if (!a.ok()) return ErrorReply(HttpStatusFor(a.status()), a.status().message());
    articles.push_back(std::move(a).value());
  }
  json out = json::array();
  std::lock_guard<std::mutex> lock(mutex_);
  for (const Article& a : articles) {
    Result<IngestOutcome> outcome = store_->Add(a);
    if (!outcome.ok())
      return ErrorReply(HttpStatusFor(outcome.status()), outcome.status().message());
    json j = {{"id", a.id},
              {"action", ActionName(outcome->action)},
              {"story", outcome->story},
              {"new_story", outcome->new_story}};
    if (!outcome->duplicate_of.empty()) j["duplicate_of"] = outcome->duplicate_of;
    out.push_back(std::move(j));
  }
  if (Status s = store_->Commit(); !s.ok()) return ErrorReply(500, s.message());
  Reply reply;
  reply.body =
      json{{"articles", std::move(out)}}.dump(-1, ' ', false, json::error_handler_t::replace);
  return reply;
}

}  // namespace precis::serve
