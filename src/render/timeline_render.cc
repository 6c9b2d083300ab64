// Render(Timeline): the timeline's text, JSON and Markdown forms.
#include <map>
#include <nlohmann/json.hpp>

#include "precis/render.h"
#include "render/markdown.h"

namespace precis {
namespace {

std::string RenderTimelineJson(const Timeline& t) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : t.entries) {
    nlohmann::json sentences = nlohmann::json::array();
    for (const auto& s : e.sentences)
      sentences.push_back({{"text", s.text},
                           {"document", s.source.doc_id},
                           {"document_index", s.source.document},
                           {"sentence", s.source.sentence},
                           {"start", s.source.start},
                           {"end", s.source.end}});
    entries.push_back({{"date", e.date}, {"sentences", std::move(sentences)}});
  }
  // The cleaned documents, as in a summary's JSON: citations point into their text.
  nlohmann::json documents = nlohmann::json::array();
  for (const auto& d : t.documents)
    documents.push_back({{"id", d.id},
                         {"title", d.title},
                         {"date", d.date},
                         {"source", d.source},
                         {"text", d.text}});
  nlohmann::json out = {{"cluster", t.cluster_id}, {"entries", std::move(entries)}};
  out["documents"] = std::move(documents);
  out["warnings"] = t.warnings;
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string RenderTimelineText(const Timeline& t) {
  std::string out;
  for (std::size_t k = 0; k < t.entries.size(); ++k) {
    out += (k ? "\n" : "") + t.entries[k].date + "\n";
    for (const auto& s : t.entries[k].sentences) out += "  " + s.text + "\n";
  }
  return out;
}

std::string RenderTimelineMarkdown(const Timeline& t) {
  render::SourceNumbers num;
  std::string out;
  if (!t.cluster_id.empty()) out += "## " + render::MarkdownEscaped(t.cluster_id) + "\n\n";
  for (const auto& e : t.entries) {
    out += "### " + e.date + "\n\n";
    for (const auto& s : e.sentences) {
      out += "- " + render::MarkdownEscaped(s.text) + " [" +
             std::to_string(num(s.source.document)) + "]\n";
    }
    out += "\n";
  }
  return out + num.List(t.documents);
}

}  // namespace

std::string Render(const Timeline& timeline, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return RenderTimelineJson(timeline);
    case OutputFormat::kMarkdown:
      return RenderTimelineMarkdown(timeline);
    case OutputFormat::kText:
    default:
      return RenderTimelineText(timeline);
  }
}

}  // namespace precis
