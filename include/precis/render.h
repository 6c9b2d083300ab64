// Rendering summaries for people and programs: plain text (one sentence per
// line), JSON (sentences with citations, the cleaned documents, stats; schema
// in README.md) and Markdown (numbered citations and a source list).
// Pure functions; thread-safe.
#ifndef PRECIS_RENDER_H_
#define PRECIS_RENDER_H_

#include <string>
#include <string_view>

#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {

enum class OutputFormat { kText, kJson, kMarkdown };

// "text", "json", "markdown" (or "md").
Result<OutputFormat> ParseOutputFormat(std::string_view name);

struct RenderOptions {
  bool explain = false;  // include removed boilerplate
};

// The rendering of one summary. Text and Markdown end with a newline; JSON is
// one line (so several clusters make JSON Lines) ending with a newline.
std::string Render(const Summary& summary, OutputFormat format, const RenderOptions& options = {});

}  // namespace precis

#endif  // PRECIS_RENDER_H_
