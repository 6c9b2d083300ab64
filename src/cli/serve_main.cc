// precis-serve: `precis serve`'s flags, then the server (src/serve). Run by
// `precis serve`; a program of its own only for how it is linked.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>

#include "cli/app_parse.h"
#include "cli/malloc_tuning.h"
#include "cli/printable.h"
#include "serve/server.h"

int main(int argc, char** argv) {
  precis::cli::TuneMalloc();
  CLI::App app{"Serve the summarizer over HTTP (JSON API; see /openapi.json).", "precis serve"};
  precis::serve::ServeOptions options;
  app.add_option("--host", options.host, "Address to listen on")->capture_default_str();
  app.add_option("--port", options.port, "Port to listen on (0: any free port, logged)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app.add_option("--threads", options.threads,
                 "Connections served at once (default: 8, or one per hardware thread if more)")
      ->check(CLI::Range(1, 1024));
  app.add_option("--queue", options.queue,
                 "Connections waiting for a thread before the server answers 503")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  app.add_option_function<std::size_t>(
         "--max-body-mb", [&](std::size_t mb) { options.max_body_bytes = mb << 20; },
         "Largest request body, in MB (default 20; larger is refused with 413)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1024}));
  app.add_option(
         "--timeout-s", options.timeout_seconds,
         "Seconds for a request's body to arrive (then 408), and then for its summary (then 504)")
      ->check(CLI::Range(0.001, 3600.0))
      ->capture_default_str();
  app.add_option("--store", options.store,
                 "A story store to serve at /v1/stories and /v1/articles (created if missing)");
  app.add_option("--read-timeout-s", options.read_timeout_seconds,
                 "Seconds to wait for each read from a client before cutting it off")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  if (auto exit_code = precis::cli::ParseApp(app, argc, argv)) return *exit_code;
  precis::Status status = precis::serve::Serve(options);
  if (!status.ok()) precis::cli::PrintError("serve", status.message());
  std::fflush(stderr);
  std::fflush(stdout);
  // Summaries that overran their timeout may still be running on threads of
  // their own: end without running static destructors under them.
  std::_Exit(status.exit_code());
}
