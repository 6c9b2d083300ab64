// Rendering summaries, timelines, figures and extracted articles for people and
// programs: plain text (one sentence per line), JSON (sentences with citations, the
// cleaned documents, stats; schema in README.md) and Markdown (numbered citations and
// a source list). Pure functions; thread-safe.
#ifndef PRECIS_RENDER_H_
#define PRECIS_RENDER_H_

#include <string>
#include <string_view>

#include "precis/export.h"
#include "precis/extract.h"
#include "precis/figures.h"
#include "precis/status.h"
#include "precis/summarizer.h"
#include "precis/timeline.h"

namespace precis {
PRECIS_API_BEGIN

enum class OutputFormat { kText, kJson, kMarkdown };

// "text", "json", "markdown" (or "md").
Result<OutputFormat> ParseOutputFormat(std::string_view name);

struct RenderOptions {
  bool explain = false;  // include removed boilerplate
  // Plain text: when a summary's sentences come from articles of different
  // dates, each from a dated article ends with its date (" [2011-11-21]"), as
  // Markdown citations always show it. Off by default: scripts and ROUGE read
  // plain sentences.
  bool dates = false;
};

// The rendering of one summary. Text and Markdown end with a newline; JSON is
// one line (so several clusters make JSON Lines) ending with a newline.
std::string Render(const Summary& summary, OutputFormat format, const RenderOptions& options = {});

// The rendering of one timeline. Text: each date on a line, then its
// sentences indented, a blank line between dates. JSON: one line,
// {"cluster", "entries": [{"date", "sentences": [{"text", "document",
// "sentence", "start", "end"}]}], "warnings"}. Markdown: a heading per date,
// numbered citations and a source list.
std::string Render(const Timeline& timeline, OutputFormat format);

// The rendering of one cluster's figures. Text: each figure on a line ("killed
// (people): differ"), then its values indented (date, mention, source), a
// blank line between figures; "no figures" when there is none. JSON: one
// line, {"cluster", "figures": [{"what", "unit", "values": [{"value", "text",
// "mention", "date", "document", "sentence", "start", "end"}], "status"}],
// "warnings"}. Markdown: a list item per figure with numbered citations, and
// the source list.
std::string Render(const Figures& figures, OutputFormat format);
// The rendering of extracted articles. Text and Markdown: each article as a
// "# title" line (when it has one) and its paragraphs, a blank line between
// articles (with `explain`, "removed [id] reason: text" lines after each
// article). JSON: one line per article, {"id", "title", "date", "author",
// "source", "url", "language", "text"} and, with `explain`, "removed":
// [{"reason", "text"}].
std::string Render(const std::vector<ExtractedArticle>& articles, OutputFormat format,
                   const RenderOptions& options = {});

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_RENDER_H_
