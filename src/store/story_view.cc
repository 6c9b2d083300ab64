// ViewStory and the renderings of stories (listing entries and whole stories).
#include <nlohmann/json.hpp>
#include <sstream>

#include "precis/store.h"

namespace precis {
namespace {

using nlohmann::json;

json DateOrNull(const std::string& d) { return d.empty() ? json(nullptr) : json(d); }

json EntryJson(const StoryInfo& info, const std::string& summary_json) {
  json j;
  j["id"] = info.id;
  j["title"] = info.title;
  j["first"] = DateOrNull(info.first);
  j["last"] = DateOrNull(info.last);
  j["documents"] = info.documents;
  j["copies"] = info.copies;
  j["sources"] = info.sources;
  if (!summary_json.empty()) {
    json s = json::parse(summary_json, nullptr, false);
    j["summary"] = s.is_discarded() ? json::array() : s;
  }
  return j;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string Dates(const StoryInfo& info) {
  if (info.first.empty()) return "undated";
  return info.first == info.last ? info.first : info.first + " to " + info.last;
}

std::string Counts(const StoryInfo& info) {
  std::size_t n = info.documents.size();
  return std::to_string(n) + (n == 1 ? " document, " : " documents, ") +
         std::to_string(info.sources) + (info.sources == 1 ? " source" : " sources");
}

// (text, document id) of each summary sentence.
std::vector<std::pair<std::string, std::string>> Sentences(const std::string& summary_json) {
  std::vector<std::pair<std::string, std::string>> out;
  json s = json::parse(summary_json.empty() ? "[]" : summary_json, nullptr, false);
  if (!s.is_array()) return out;
  for (const auto& x : s)
    if (x.is_object())
      out.emplace_back(x.value("text", std::string()), x.value("document", std::string()));
  return out;
}

}  // namespace

Result<StoryView> ViewStory(StoryStore& store, std::int64_t id) {
  StoryView view;
  auto info = store.Story(id);
  if (!info.ok()) return info.status();
  view.info = std::move(info).value();
  auto summary = store.SummaryJson(id);
  if (!summary.ok()) return summary.status();
  view.summary_json = std::move(summary).value();
  auto articles = store.Articles(id);
  if (!articles.ok()) return articles.status();
  view.articles = std::move(articles).value();
  Cluster cluster;
  cluster.id = std::to_string(id);
  bool dated = false;
  for (const auto& a : view.articles) {
    if (!a.duplicate_of.empty()) continue;
    dated = dated || !a.article.date.empty();
    cluster.documents.push_back(
        {a.article.id, a.article.title, a.article.date, a.article.source, a.article.text});
  }
  if (dated) {
    auto timeline = BuildTimeline(cluster, TimelineOptions{});
    if (timeline.ok() && !timeline->entries.empty()) view.timeline = std::move(timeline).value();
  }
  return view;
}

std::string RenderStoryEntry(const StoryInfo& info, const std::string& summary_json,
                             OutputFormat format) {
  std::ostringstream out;
  switch (format) {
    case OutputFormat::kJson:
      return Dump(EntryJson(info, summary_json)) + "\n";
    case OutputFormat::kText:
      out << "story " << info.id << ": " << info.title << "\n  " << Dates(info) << "; "
          << Counts(info) << "\n";
      for (const auto& [text, doc] : Sentences(summary_json))
        out << "  - " << text << " [" << doc << "]\n";
      return out.str();
    case OutputFormat::kMarkdown:
      out << "## " << info.title << "\n\n*Story " << info.id << ", " << Dates(info) << "; "
          << Counts(info) << "*\n";
      if (!summary_json.empty()) {
        out << "\n";
        for (const auto& [text, doc] : Sentences(summary_json))
          out << "- " << text << " [" << doc << "]\n";
      }
      return out.str();
  }
  return "";
}

std::string RenderStoryView(const StoryView& view, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    json j = EntryJson(view.info, view.summary_json);
    json articles = json::array();
    for (const auto& a : view.articles)
      articles.push_back(
          {{"id", a.article.id},
           {"title", a.article.title},
           {"date", DateOrNull(a.article.date)},
           {"source", a.article.source},
           {"url", a.article.url},
           {"duplicate_of", a.duplicate_of.empty() ? json(nullptr) : json(a.duplicate_of)}});
    j["articles"] = std::move(articles);
    j["timeline"] = view.timeline
                        ? json::parse(Render(*view.timeline, OutputFormat::kJson), nullptr, false)
                        : json(nullptr);
    return Dump(j) + "\n";
  }
  std::string out = RenderStoryEntry(view.info, view.summary_json, format);
  const bool md = format == OutputFormat::kMarkdown;
  out += md ? "\n### Sources\n\n" : "\nsources:\n";
  for (const auto& a : view.articles) {
    std::string line = a.article.id;
    if (!a.article.date.empty()) line += ", " + a.article.date;
    if (!a.article.source.empty()) line += ", " + a.article.source;
    if (!a.article.title.empty()) line += ": " + a.article.title;
    if (!a.article.url.empty()) line += " <" + a.article.url + ">";
    if (!a.duplicate_of.empty()) line += " (copy of " + a.duplicate_of + ")";
    out += (md ? "- " : "  ") + line + "\n";
  }
  if (view.timeline) {
    out += md ? "\n### Timeline\n\n" : "\ntimeline:\n";
    out += Render(*view.timeline, format);
  }
  return out;
}

}  // namespace precis
