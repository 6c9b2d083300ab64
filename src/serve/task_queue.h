// Which thread serves a connection of `precis serve`: `threads` workers serve
// connections, at most `queue` more wait for one, and a connection beyond that
// goes to one more thread where Rejecting() is true, to be answered 503 at
// once (httplib 0.11 has no way to refuse a connection it accepted: every job
// must run, as each closes its socket). Thread-safe; httplib owns one per server.
#ifndef PRECIS_SERVE_TASK_QUEUE_H_
#define PRECIS_SERVE_TASK_QUEUE_H_

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace precis::serve {

class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(int threads, int queue);
  ~BoundedTaskQueue() override;

  void enqueue(std::function<void()> job) override;
  // Runs every job already queued, then joins the threads.
  void shutdown() override;

  // On a thread of a BoundedTaskQueue: whether the job it runs is one the
  // queue could not take.
  static bool Rejecting();

  // Waits up to the given time; true once the awaited work is done.
  using WaitFor = std::function<bool(std::chrono::milliseconds)>;
  // On a worker: after its current job, the worker waits until `wait` says
  // the work is done (unless the queue is shutting down) before it takes the
  // next job. For work a job left running (a summary past its timeout), so
  // that no more than `threads` of them run at once.
  static void FinishBeforeNextJob(WaitFor wait);

 private:
  void Work(bool rejecting);
  bool Stopping();

  const std::size_t capacity_;
  std::mutex mutex_;
  // One for the workers, one for the rejecting thread, so that a job wakes one
  // thread that can take it.
  std::condition_variable waiting_ready_, rejected_ready_;
  std::deque<std::function<void()>> waiting_, rejected_;
  std::size_t active_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace precis::serve

#endif  // PRECIS_SERVE_TASK_QUEUE_H_
