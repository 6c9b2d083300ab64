// `precis serve`: the HTTP API of handlers.h on cpp-httplib. A fixed number of
// worker threads serve connections; a bounded number more wait; past that a
// connection is answered 503 at once. Every request is bounded in body size
// and time (413, 408, 504), logged in one line on stderr, and SIGTERM/SIGINT
// stop the server gracefully. One Serve() per process (it owns the signals).
#ifndef PRECIS_SERVE_SERVER_H_
#define PRECIS_SERVE_SERVER_H_

#include <cstddef>
#include <string>

#include "precis/status.h"

namespace precis::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (the log line says which)
  // Connections served at once, each with at most one summary running; 0: 8,
  // or one per hardware thread if more (an idle keep-alive connection holds
  // its thread for 2 s, and a browser opens several).
  int threads = 0;
  int queue = 64;  // connections waiting for a worker before the server answers 503
  std::size_t max_body_bytes = std::size_t{20} << 20;
  // The time a request's body may take to arrive (then 408), and then its
  // summary (then 504).
  double timeout_seconds = 30;
  // How long the server waits for each read from a client before cutting it off.
  int read_timeout_seconds = 5;
  // A story store to serve (/v1/stories, /v1/articles); "" for none.
  std::string store;
};

// Checks the options (usage errors), binds (an input error when the address is
// taken or bad), logs "precis serve: listening on http://HOST:PORT", and serves
// until SIGTERM or SIGINT. Then it stops accepting, lets requests in flight
// finish, and returns OK. Summaries that overran the timeout may still be
// running: the caller should end the process without running destructors.
Status Serve(const ServeOptions& options);

}  // namespace precis::serve

#endif  // PRECIS_SERVE_SERVER_H_
