#include "precis/render.h"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>

#include "render/figures_render.h"
#include "render/json_string.h"
#include "render/markdown.h"

namespace precis {
using render::MarkdownEscaped;
using render::MarkdownSource;
namespace {

// Figures a summary's Markdown shows at most.
constexpr std::size_t kMarkdownFigures = 5;
constexpr std::size_t kMarkdownFigureValues = 6;  // values of each

nlohmann::json CitationJson(const Citation& c) {
  return {{"document", c.doc_id}, {"sentence", c.sentence}, {"start", c.start}, {"end", c.end}};
}

// Invalid UTF-8 cannot reach here (readers repair it); replace to be safe.
void Dump(const nlohmann::json& value, std::string& out) {
  out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The same bytes as one nlohmann object of these members dumped whole (keys
// in sorted order, no spaces), written member by member: the documents'
// text is not copied into a tree of the whole summary first.
std::string RenderJson(const Summary& s, const RenderOptions& options) {
  std::size_t text_bytes = 0;
  for (const auto& d : s.documents)
    text_bytes += d.id.size() + d.title.size() + d.date.size() + d.source.size() + d.text.size();
  if (options.explain)
    for (const auto& r : s.removed) text_bytes += r.doc_id.size() + r.reason.size() + r.text.size();
  std::string out;
  // Room for escapes and the rest; a large cluster's text is not copied
  // again by the string's growth.
  out.reserve(text_bytes + text_bytes / 4 +
              256 * (s.documents.size() + s.stats.size() + s.removed.size()) + 4096);
  // Members in key order: cluster, documents, figures, method, removed,
  // stats, summary, warnings.
  char separator = '{';
  auto key = [&](const char* name) {
    out += separator;
    out += '"';
    out += name;
    out += "\":";
    separator = ',';
  };
  key("cluster");
  Dump(s.cluster_id, out);
  // An array member, one element made (and dumped) at a time.
  auto array = [&](const char* name, const auto& items, auto element) {
    key(name);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += ',';
      Dump(element(items[i]), out);
    }
    out += ']';
  };
  // An array member of objects of strings, written without a json value
  // (the documents' text is most of the output); `members` in key order.
  auto string_objects = [&](const char* name, const auto& items, auto members) {
    key(name);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += ',';
      members(items[i]);
    }
    out += ']';
  };
  string_objects("documents", s.documents, [&](const Document& d) {
    render::AppendJsonStringObject({{"date", d.date},
                                    {"id", d.id},
                                    {"source", d.source},
                                    {"text", d.text},
                                    {"title", d.title}},
                                   out);
  });
  if (s.figures) {
    key("figures");
    Dump(render::FiguresJson(*s.figures), out);
  }
  key("method");
  Dump(s.method, out);
  if (options.explain) {
    string_objects("removed", s.removed, [&](const Removal& r) {
      render::AppendJsonStringObject(
          {{"document", r.doc_id}, {"reason", r.reason}, {"text", r.text}}, out);
    });
  }
  array("stats", s.stats, [](const DocumentStats& st) -> nlohmann::json {
    return {{"document", st.doc_id},
            {"input_chars", st.input_chars},
            {"cleaned_chars", st.cleaned_chars},
            {"sentences", st.sentences},
            {"words", st.words},
            {"removed", st.removed},
            {"duplicates", st.duplicates}};
  });
  nlohmann::json sentences = nlohmann::json::array();
  for (const auto& x : s.sentences) {
    nlohmann::json j = CitationJson(x.source);
    j["text"] = x.text;
    j["document_index"] = x.source.document;
    j["score"] = x.score;
    j["truncated"] = x.truncated;
    j["also_in"] = nlohmann::json::array();
    for (const auto& c : x.also_in) j["also_in"].push_back(CitationJson(c));
    sentences.push_back(std::move(j));
  }
  key("summary");
  Dump(sentences, out);
  key("warnings");
  Dump(s.warnings, out);
  out += "}\n";
  return out;
}

// True when the summary's sentences come from articles of different dates
// (or dated beside undated): each then needs its article's date, so that a
// reader does not take a 2011 report for today's news.
bool MixesDates(const Summary& s) {
  std::set<std::string_view> dates;
  for (const auto& x : s.sentences)
    if (x.source.document < s.documents.size()) dates.insert(s.documents[x.source.document].date);
  return dates.size() > 1;
}

// The date of the article `x` comes from, or "".
std::string_view DateOf(const Summary& s, const SummarySentence& x) {
  return x.source.document < s.documents.size()
             ? std::string_view(s.documents[x.source.document].date)
             : std::string_view();
}

std::string RenderText(const Summary& s, const RenderOptions& options) {
  const bool show_dates = options.dates && MixesDates(s);
  std::string out;
  for (const auto& x : s.sentences) {
    out += x.text;
    if (std::string_view date = DateOf(s, x); show_dates && !date.empty())
      out.append(" [").append(date).append("]");
    out += "\n";
  }
  return out;
}

std::string RenderMarkdown(const Summary& s) {
  render::SourceNumbers num;
  const bool show_dates = MixesDates(s);
  std::string out;
  if (!s.cluster_id.empty()) out += "## " + MarkdownEscaped(s.cluster_id) + "\n\n";
  for (const auto& x : s.sentences) {
    out += MarkdownEscaped(x.text);
    if (x.truncated) out += " \xE2\x80\xA6";
    out += " [" + std::to_string(num(x.source.document));
    if (std::string_view date = DateOf(s, x); show_dates && !date.empty())
      out += ", " + MarkdownEscaped(date);
    out += "]";
    for (const auto& c : x.also_in) {
      int n = num(c.document);
      out += "[" + std::to_string(n) + "]";
    }
    out += "\n\n";
  }
  // A short Figures section: the figures stated more than once.
  if (s.figures) {
    auto shown = render::FiguresToShow(*s.figures, kMarkdownFigures);
    if (!shown.empty()) {
      out += "**Figures**\n\n";
      for (const Figure* f : shown)
        out += render::FigureMarkdownLine(*f, std::ref(num), kMarkdownFigureValues);
      out += "\n";
    }
  }
  return out + num.List(s.documents);
}

}  // namespace

Result<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "json") return OutputFormat::kJson;
  if (name == "markdown" || name == "md") return OutputFormat::kMarkdown;
  return Status::UsageError("unknown output format '" + std::string(name) +
                            "' (choose from: text, json, markdown)");
}

std::string Render(const Summary& summary, OutputFormat format, const RenderOptions& options) {
  switch (format) {
    case OutputFormat::kJson:
      return RenderJson(summary, options);
    case OutputFormat::kMarkdown:
      return RenderMarkdown(summary);
    case OutputFormat::kText:
    default:
      return RenderText(summary, options);
  }
}

}  // namespace precis
