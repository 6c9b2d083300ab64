// Reading the JSON bodies of the HTTP API into the library's values: a
// summarize request into a Cluster and SummarizeOptions, an extract request
// into Documents. The fields are those of the CLI's JSON (README "Serve").
// Pure functions; thread-safe. A bad body is a usage error with one line
// naming the field (or the byte where the JSON breaks).
#ifndef PRECIS_SERVE_REQUEST_H_
#define PRECIS_SERVE_REQUEST_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "precis/document.h"
#include "precis/status.h"
#include "precis/summarizer.h"
#include "precis/timeline.h"

namespace precis::serve {

// JSON nested deeper than this is refused before it is built (as the JSONL
// reader refuses it), so no body can exhaust the stack or memory by nesting.
inline constexpr int kMaxJsonDepth = 64;

// Parses `body` as one JSON value: malformed JSON says at which byte, and
// nesting beyond kMaxJsonDepth is refused.
Result<nlohmann::json> ParseJsonBody(std::string_view body);

struct SummarizeRequest {
  Cluster cluster;  // documents read as the CLI reads them (text as JSONL, html as a page)
  SummarizeOptions options;
};

// {"documents": [...], "seen"?: [...], "words"? | "sentences"? | "bytes"?,
// "fill"?, "method"?, "query"?, "order"?, "explain"?, "language"?, "id"?}
// ("seen": documents already read, for an update summary). Unknown fields,
// a missing or empty "documents", wrong types, two budgets and a budget out
// of range are usage errors. The method name and
// language are checked by Summarizer::Create, not here.
Result<SummarizeRequest> ParseSummarizeRequest(std::string_view body);

struct TimelineRequest {
  Cluster cluster;
  TimelineOptions options;
};

// {"documents": [...], "dates"?, "sentences_per_date"?, "query"?, "from"?,
// "until"?, "language"?, "id"?}: the options of `precis timeline`. The
// summary's own fields (a budget, "method", "order", "explain", "seen") and
// unknown ones are usage errors, as are N or K out of range; the dates and
// language are checked by CheckTimelineOptions, not here.
Result<TimelineRequest> ParseTimelineRequest(std::string_view body);

// {"documents": [...]} (the documents as above): the documents as read,
// before the summarizer's cleaning.
Result<Cluster> ParseExtractRequest(std::string_view body);

}  // namespace precis::serve

#endif  // PRECIS_SERVE_REQUEST_H_
