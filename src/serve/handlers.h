// What each endpoint of `precis serve` answers, apart from sockets and
// threads: routing (404, 405), content types (415), library errors mapped to
// HTTP statuses in one place, and the JSON of every reply. Functions are pure
// and thread-safe; SummarizerCache is shared by all requests.
#ifndef PRECIS_SERVE_HANDLERS_H_
#define PRECIS_SERVE_HANDLERS_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/status.h"
#include "precis/summarizer.h"
#include "serve/request.h"

namespace precis::serve {

// One HTTP answer.
struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. Allow, Retry-After
};

// {"error": message} with `status`; the body is one line ending in a newline.
Reply ErrorReply(int status, std::string_view message);

// The HTTP status of a library error, from its kind (Status::http_status()):
// usage errors (a bad field or option) 400, input errors (nothing to
// summarize) 422, an input over a limit (a document's size) 413, internal 500.
int HttpStatusFor(const Status& status);

// The endpoints, each a path and the methods it answers (GET ones also HEAD).
struct Endpoint {
  std::string_view path;
  std::string_view method;  // "GET" or "POST"
};
const std::vector<Endpoint>& Endpoints();

// nullopt when `method` `path` is an endpoint; else 404 (no such path) or 405
// with an Allow header (the path exists with another method).
std::optional<Reply> CheckRoute(std::string_view method, std::string_view path);

// nullopt when a POST body's Content-Type is JSON ("application/json",
// parameters such as charset allowed); else 415.
std::optional<Reply> CheckContentType(std::string_view content_type);

// Summarizers by configuration, created once and shared: Summarizer is
// immutable and thread-safe. Holds at most kMaxEntries (then starts afresh).
class SummarizerCache {
 public:
  static constexpr std::size_t kMaxEntries = 256;
  Result<std::shared_ptr<const Summarizer>> Get(const SummarizeOptions& options);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Summarizer>> summarizers_;
};

// The endpoints. A summary is the CLI's `--format json` rendering. Its
// exact solver's time limit (SummarizeOptions::time_limit_seconds) is at most
// `max_solver_seconds`, so that a server timeout shorter than the default
// still gets the solver's best answer rather than a 504.
Reply HandleSummarize(std::string_view body, SummarizerCache& cache,
                      double max_solver_seconds = SummarizeOptions::kMaxTimeLimitSeconds);
// A timeline is the CLI's `precis timeline --format json` rendering.
Reply HandleTimeline(std::string_view body);
// Figures are the CLI's `precis figures --format json` rendering.
Reply HandleFigures(std::string_view body);
Reply HandleExtract(std::string_view body);
Reply HandleHealth();
Reply HandleMethods();
Reply HandleOpenApi();
// The web page (HTML, CSS and script in one, nothing fetched from elsewhere),
// with the bundled example cluster in it.
Reply HandlePage();

}  // namespace precis::serve

#endif  // PRECIS_SERVE_HANDLERS_H_
