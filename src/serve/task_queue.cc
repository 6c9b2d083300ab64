#include "serve/task_queue.h"

#include <utility>

namespace precis::serve {
namespace {

thread_local bool t_rejecting = false;
thread_local BoundedTaskQueue::WaitFor t_finish_before_next_job;

}  // namespace

BoundedTaskQueue::BoundedTaskQueue(int threads, int queue)
    : capacity_(static_cast<std::size_t>(threads) + static_cast<std::size_t>(queue)) {
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(false); });
  threads_.emplace_back([this] { Work(true); });
}

BoundedTaskQueue::~BoundedTaskQueue() {
  if (!threads_.empty() && threads_.front().joinable()) shutdown();
}

void BoundedTaskQueue::enqueue(std::function<void()> job) {
  bool taken;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Counting the connections being served as well as those waiting, so
    // that whether one is refused does not depend on how fast a worker picked
    // up the one before.
    taken = active_ + waiting_.size() < capacity_;
    (taken ? waiting_ : rejected_).push_back(std::move(job));
  }
  (taken ? waiting_ready_ : rejected_ready_).notify_one();
}

void BoundedTaskQueue::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  waiting_ready_.notify_all();
  rejected_ready_.notify_all();
  for (auto& t : threads_) t.join();
}

bool BoundedTaskQueue::Rejecting() { return t_rejecting; }

void BoundedTaskQueue::FinishBeforeNextJob(WaitFor wait) {
  t_finish_before_next_job = std::move(wait);
}

void BoundedTaskQueue::Work(bool rejecting) {
  t_rejecting = rejecting;
  std::deque<std::function<void()>>& jobs = rejecting ? rejected_ : waiting_;
  std::condition_variable& ready = rejecting ? rejected_ready_ : waiting_ready_;
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready.wait(lock, [&] { return stopping_ || !jobs.empty(); });
      if (jobs.empty()) return;  // stopping, and nothing left
      job = std::move(jobs.front());
      jobs.pop_front();
      if (!rejecting) ++active_;
    }
    job();
    if (WaitFor wait = std::exchange(t_finish_before_next_job, nullptr))
      while (!wait(std::chrono::milliseconds(100)) && !Stopping()) {
      }
    if (!rejecting) {
      std::lock_guard<std::mutex> lock(mutex_);
      --active_;
    }
  }
}

bool BoundedTaskQueue::Stopping() {
  std::lock_guard<std::mutex> lock(mutex_);
  return stopping_;
}

}  // namespace precis::serve
