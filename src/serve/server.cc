#include "serve/server.h"

#include <dirent.h>
#include <httplib.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "serve/handlers.h"
#include "serve/story_service.h"
#include "serve/task_queue.h"

namespace precis::serve {
namespace {

using Clock = std::chrono::steady_clock;

// A reply computed on a thread of its own, so that the worker can answer 504
// when it is late. The thread owns what it needs (shared), as it may outlive
// the request.
struct Computation {
  std::mutex mutex;
  std::condition_variable done;
  std::optional<Reply> reply;
};

// Per worker thread: when the request it serves started.
thread_local Clock::time_point t_request_start;
thread_local bool t_request_started = false;
// Set when the request was let continue after "Expect: 100-continue".
thread_local bool t_continued = false;

void Apply(const Reply& reply, httplib::Response& res) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type);
  for (const auto& [key, value] : reply.headers) res.set_header(key, value);
}

// Set on a worker when its reply closes the connection (see ApplyAndClose);
// the logger, which httplib calls once the reply is written, closes it.
thread_local bool t_close_after_reply = false;

// The reply, with "Connection: close": the body was not read (or not whole),
// so what follows on the connection is not a request. httplib 0.11 would go on
// reading it as requests (answering each 400) until the client closes or the
// keep-alive timeout; so once the reply is written the server closes its side
// itself (CloseAfterReply).
void ApplyAndClose(const Reply& reply, httplib::Response& res) {
  Apply(reply, res);
  res.set_header("Connection", "close");
  t_close_after_reply = true;
}

// A socket address's host (numeric, as httplib writes Request::remote_addr)
// and port.
bool HostAndPort(const sockaddr_storage& address, socklen_t size, std::string& host, int& port) {
  char name[NI_MAXHOST], service[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), size, name, sizeof name, service,
                  sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return false;
  host = name;
  port = std::atoi(service);
  return true;
}

// The socket the request came on (httplib 0.11 gives handlers no socket): the
// one open descriptor of the process whose two ends are the request's
// addresses, as a TCP connection is the only one with them. -1 if none.
int ConnectionSocket(const httplib::Request& req) {
  if (req.remote_port <= 0 || req.local_port <= 0) return -1;
  DIR* fds = opendir("/proc/self/fd");
  if (!fds) return -1;
  int found = -1;
  while (dirent* entry = readdir(fds)) {
    int fd = std::atoi(entry->d_name);
    if (entry->d_name[0] < '0' || entry->d_name[0] > '9' || fd == dirfd(fds)) continue;
    sockaddr_storage local{}, peer{};
    socklen_t local_size = sizeof local, peer_size = sizeof peer;
    std::string local_host, peer_host;
    int local_port = 0, peer_port = 0;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0 ||
        getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0 ||
        !HostAndPort(local, local_size, local_host, local_port) ||
        !HostAndPort(peer, peer_size, peer_host, peer_port))
      continue;
    if (local_port == req.local_port && peer_port == req.remote_port &&
        peer_host == req.remote_addr && local_host == req.local_addr) {
      found = fd;
      break;
    }
  }
  closedir(fds);
  return found;
}

// Closes the connection of a reply just written, gracefully: the server's side
// first (the client reads the reply, then the end), then what the client still
// sends (the rest of a refused body) is read and dropped for up to `linger`, so
// that closing does not reset the connection before the client has read the
// reply. httplib then finds the connection ended and closes the socket.
void CloseAfterReply(const httplib::Request& req, std::chrono::milliseconds linger) {
  const int fd = ConnectionSocket(req);
  if (fd < 0) return;
  shutdown(fd, SHUT_WR);
  const Clock::time_point until = Clock::now() + linger;
  char buf[65536];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
    if (left.count() <= 0) break;
    pollfd ready = {fd, POLLIN, 0};
    int polled = poll(&ready, 1, static_cast<int>(left.count()));
    if (polled < 0 && errno == EINTR) continue;
    if (polled <= 0) break;
    ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n == 0) break;  // the client closed its side
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) break;
  }
  shutdown(fd, SHUT_RD);
}

const char* ReasonFor(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "no such endpoint (see /openapi.json)";
    case 408:
      return "the request did not arrive in time";
    case 413:
      return "the body is too large";
    case 414:
      return "the request line is too long";
    case 416:
      return "range not satisfiable";
    case 500:
      return "internal error";
    case 503:
      return "the server is busy";
  }
  return "error";
}

// Bytes as a log shows them: printable ASCII kept, the rest escaped, cut at 200.
std::string Loggable(std::string_view text) {
  std::string out;
  for (unsigned char c : text.substr(0, 200)) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return text.size() > 200 ? out + "..." : out;
}

std::optional<std::uint64_t> ContentLength(const httplib::Request& req) {
  if (!req.has_header("Content-Length")) return std::nullopt;
  std::string value = req.get_header_value("Content-Length");
  std::uint64_t n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size())
    return std::numeric_limits<std::uint64_t>::max();  // unreadable: treated as too large
  return n;
}

class Service {
 public:
  // httplib 0.11 listens with a backlog of 5: a burst of connections while the
  // accepting thread is not running overflows it, and each connection past it
  // waits for a SYN retransmission (a second). Listening again on the bound
  // socket raises the backlog.
  void RaiseBacklog() const {
    if (listening_socket_ >= 0) listen(listening_socket_, SOMAXCONN);
  }

  Service(const ServeOptions& options, std::shared_ptr<StoryService> stories)
      : options_(options),
        cache_(std::make_shared<SummarizerCache>()),
        stories_(std::move(stories)) {}

  void Install(httplib::Server& server) {
    server.new_task_queue = [this] {
      return new BoundedTaskQueue(options_.threads, options_.queue);
    };
    // httplib's default sets SO_REUSEPORT, with which a second server on the
    // same port would start and share the connections; only SO_REUSEADDR here.
    server.set_socket_options([this](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
      listening_socket_ = sock;
    });
    // httplib writes a response's head and body separately: with Nagle's
    // algorithm and the client's delayed ACK each answer waited 40 ms.
    server.set_tcp_nodelay(true);
    server.set_read_timeout(options_.read_timeout_seconds, 0);
    server.set_write_timeout(5, 0);
    // Idle keep-alive connections hold a worker; a short wait bounds that, and
    // how long a stop waits for them.
    server.set_keep_alive_timeout(2);
    server.set_keep_alive_max_count(100);
    server.set_payload_max_length(options_.max_body_bytes);
    server.set_pre_routing_handler(
        [this](const httplib::Request& req, httplib::Response& res) { return Check(req, res); });
    server.set_expect_100_continue_handler(
        [this](const httplib::Request& req, httplib::Response& res) {
          return CheckBeforeContinue(req, res);
        });
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
          // Statuses httplib set itself (a malformed request line, a chunked body
          // over the limit) come without a body; ours carry theirs.
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          res.set_content(ErrorReply(res.status, ReasonFor(res.status)).body, "application/json");
          return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
          std::string what = "internal error";
          try {
            if (error) std::rethrow_exception(error);
          } catch (const std::exception& e) {
            what += std::string(": ") + e.what();
          } catch (...) {
          }
          ApplyAndClose(ErrorReply(500, what), res);
        });
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      double ms =
          t_request_started
              ? std::chrono::duration<double, std::milli>(Clock::now() - t_request_start).count()
              : 0;
      t_request_started = false;
      std::fprintf(stderr, "%s %s %d %zu %.1fms\n", Loggable(req.method).c_str(),
                   Loggable(req.path).c_str(), res.status, res.body.size(), ms);
      if (std::exchange(t_close_after_reply, false)) CloseAfterReply(req, std::chrono::seconds(1));
    });
    auto get = [&](const char* pattern, Reply (*handler)()) {
      server.Get(pattern, [handler](const httplib::Request&, httplib::Response& res) {
        Apply(handler(), res);
      });
    };
    get("/healthz", HandleHealth);
    get("/v1/methods", HandleMethods);
    get("/openapi\\.json", HandleOpenApi);
    get("/", HandlePage);
    std::shared_ptr<SummarizerCache> cache = cache_;
    Post(server, "/v1/summarize",
         [cache, solver_seconds = options_.timeout_seconds / 2](std::string body) {
           return HandleSummarize(body, *cache, solver_seconds);
         });
    Post(server, "/v1/timeline", [](std::string body) { return HandleTimeline(body); });
    Post(server, "/v1/figures", [](std::string body) { return HandleFigures(body); });
    Post(server, "/v1/extract", [](std::string body) { return HandleExtract(body); });
    std::shared_ptr<StoryService> stories = stories_;
    server.Get("/v1/stories", [stories](const httplib::Request& req, httplib::Response& res) {
      Apply(stories->List(req.get_param_value("since"), req.get_param_value("limit")), res);
    });
    server.Get(R"(/v1/stories/([^/]+))",
               [stories](const httplib::Request& req, httplib::Response& res) {
                 Apply(stories->One(req.matches[1].str(), req.get_param_value("text")), res);
               });
    Post(server, "/v1/articles",
         [stories](std::string body) { return stories->AddArticles(body); });
  }

 private:
  // Everything decided before a body is read: a connection the queue could
  // not take (503), 404 and 405, 415, and 413 from Content-Length.
  std::optional<Reply> Refusal(const httplib::Request& req) const {
    if (BoundedTaskQueue::Rejecting()) {
      Reply busy =
          ErrorReply(503, "the server is busy (every worker is busy and the queue is full)");
      busy.headers.emplace_back("Retry-After", "1");
      return busy;
    }
    if (std::optional<Reply> wrong = CheckRoute(req.method, req.path)) return wrong;
    if (req.method != "POST") return std::nullopt;
    if (std::optional<Reply> type = CheckContentType(req.get_header_value("Content-Type")))
      return type;
    std::optional<std::uint64_t> length = ContentLength(req);
    if (length && *length > options_.max_body_bytes)
      return ErrorReply(413, "the body is " + std::to_string(*length) + " bytes; the limit is " +
                                 std::to_string(options_.max_body_bytes) +
                                 " (--max-body-mb raises it)");
    return std::nullopt;
  }

  static void StartClock() {
    t_request_start = Clock::now();
    t_request_started = true;
  }

  httplib::Server::HandlerResponse Check(const httplib::Request& req, httplib::Response& res) {
    // A request that asked to continue was timed (and checked) from then.
    if (!std::exchange(t_continued, false)) StartClock();
    t_close_after_reply = false;
    std::optional<Reply> refusal = Refusal(req);
    if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
    ApplyAndClose(*refusal, res);
    return httplib::Server::HandlerResponse::Handled;
  }

  // A client that asks before sending its body (curl does for bodies over
  // 1 MB) gets the refusal instead of "100 Continue", and sends no body.
  int CheckBeforeContinue(const httplib::Request& req, httplib::Response& res) {
    StartClock();
    std::optional<Reply> refusal = Refusal(req);
    if (!refusal) {
      t_continued = true;  // for the pre-routing check of this request, which follows
      return 100;
    }
    ApplyAndClose(*refusal, res);
    return refusal->status;
  }

  // A POST endpoint: reads the body within the limits (whole within
  // --timeout-s, else 408), then computes the reply on a thread of its own,
  // answering 504 if it is not done --timeout-s after the body arrived. (Two
  // budgets, so that how fast a client sends never decides between 408 and 504.)
  void Post(httplib::Server& server, const char* pattern,
            std::function<Reply(std::string)> handle) {
    server.Post(pattern, [this, handle](const httplib::Request&, httplib::Response& res,
                                        const httplib::ContentReader& reader) {
      const auto timeout = std::chrono::duration_cast<Clock::duration>(
          std::chrono::duration<double>(options_.timeout_seconds));
      const Clock::time_point deadline = t_request_start + timeout;
      std::string body;
      bool too_large = false, too_late = false;
      bool read = reader([&](const char* data, std::size_t size) {
        if (body.size() + size > options_.max_body_bytes) return !(too_large = true);
        if (Clock::now() > deadline) return !(too_late = true);
        body.append(data, size);
        return true;
      });
      if (too_large || res.status == 413)
        return ApplyAndClose(ErrorReply(413, "the body is over the limit of " +
                                                 std::to_string(options_.max_body_bytes) +
                                                 " bytes (--max-body-mb raises it)"),
                             res);
      if (too_late || !read)
        return ApplyAndClose(ErrorReply(408, "the body did not arrive in time, or whole"), res);
      Compute([handle, body = std::move(body)] { return handle(body); }, Clock::now() + timeout,
              res);
    });
  }

  void Compute(std::function<Reply()> work, Clock::time_point deadline, httplib::Response& res) {
    auto computation = std::make_shared<Computation>();
    try {
      std::thread([computation, work = std::move(work)] {
        Reply reply;
        try {
          reply = work();
        } catch (const std::exception& e) {
          reply = ErrorReply(500, std::string("internal error: ") + e.what());
        }
        std::lock_guard<std::mutex> lock(computation->mutex);
        computation->reply = std::move(reply);
        computation->done.notify_all();
      }).detach();
    } catch (const std::system_error&) {
      Reply busy = ErrorReply(503, "the server cannot start another computation now");
      busy.headers.emplace_back("Retry-After", "1");
      return Apply(busy, res);
    }
    std::unique_lock<std::mutex> lock(computation->mutex);
    if (computation->done.wait_until(lock, deadline,
                                     [&] { return computation->reply.has_value(); }))
      return Apply(*computation->reply, res);
    lock.unlock();
    BoundedTaskQueue::FinishBeforeNextJob([computation](std::chrono::milliseconds most) {
      std::unique_lock<std::mutex> lock(computation->mutex);
      return computation->done.wait_for(lock, most, [&] { return computation->reply.has_value(); });
    });
    ApplyAndClose(
        ErrorReply(504, "the summary took longer than the " +
                            FormatSeconds(options_.timeout_seconds) + " s allowed (--timeout-s)"),
        res);
  }

  static std::string FormatSeconds(double seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", seconds);
    return buf;
  }

  const ServeOptions options_;
  std::shared_ptr<SummarizerCache> cache_;
  std::shared_ptr<StoryService> stories_;
  int listening_socket_ = -1;
};

Status CheckOptions(const ServeOptions& o) {
  if (o.port < 0 || o.port > 65535) return Status::UsageError("the port must be from 0 to 65535");
  if (o.threads < 1 || o.threads > 1024)
    return Status::UsageError("the threads must be from 1 to 1024");
  if (o.queue < 0 || o.queue > 100000)
    return Status::UsageError("the queue must be from 0 to 100000");
  if (o.max_body_bytes < 1) return Status::UsageError("the body limit must be positive");
  if (!(o.timeout_seconds > 0 && o.timeout_seconds <= 3600))
    return Status::UsageError("the timeout must be more than 0 and at most 3600 seconds");
  if (o.read_timeout_seconds < 1 || o.read_timeout_seconds > 3600)
    return Status::UsageError("the read timeout must be from 1 to 3600 seconds");
  return Status::Ok();
}

}  // namespace

Status Serve(const ServeOptions& given) {
  ServeOptions options = given;
  if (options.threads == 0)
    options.threads = std::max(8, static_cast<int>(std::thread::hardware_concurrency()));
  if (Status s = CheckOptions(options); !s.ok()) return s;

  // SIGTERM and SIGINT are taken by one thread (sigwait), so every thread the
  // server starts must have them blocked: block them before starting any.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  // A client that goes away mid-reply must not end the server.
  signal(SIGPIPE, SIG_IGN);

  std::shared_ptr<StoryService> stories = std::make_shared<StoryService>();
  if (!options.store.empty()) {
    Result<std::unique_ptr<StoryService>> opened = StoryService::Open(options.store);
    if (!opened.ok()) return opened.status();
    stories = std::move(opened).value();
  }
  httplib::Server server;
  Service service(options, stories);
  service.Install(server);
  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) port = -1;
  } else if (!server.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port < 0)
    return Status::InputError("cannot listen on " + options.host + ":" +
                              std::to_string(options.port) +
                              " (address in use, or not an address of this machine)");
  service.RaiseBacklog();
  std::fprintf(stderr, "precis serve: listening on http://%s:%d (%d threads, queue %d)\n",
               options.host.c_str(), port, options.threads, options.queue);
  std::fflush(stderr);

  std::atomic<bool> served{false};
  std::thread stopper([&] {
    const timespec tick = {0, 100'000'000};
    while (!served) {
      int signal_number = sigtimedwait(&stop_signals, nullptr, &tick);
      if (signal_number == SIGTERM || signal_number == SIGINT) {
        std::fprintf(stderr, "precis serve: %s: finishing requests in flight, then stopping\n",
                     signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
        server.stop();
        return;
      }
    }
  });
  server.listen_after_bind();
  served = true;
  stopper.join();
  std::fprintf(stderr, "precis serve: stopped\n");
  return Status::Ok();
}

}  // namespace precis::serve
