// Runs per-item work that needs no other item (a document's analysis) on a
// few threads: the items are cut into contiguous chunks of about equal
// weight, chunk 0 runs on the calling thread and the others on threads of
// their own. Thread-safe as far as `work` is for distinct chunks.
#ifndef PRECIS_BASE_PARALLEL_H_
#define PRECIS_BASE_PARALLEL_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <system_error>
#include <thread>
#include <vector>

#include "precis/status.h"

namespace precis {

// Chunk boundaries over items of the given weights (bytes of text, say):
// [bounds[k], bounds[k + 1]) is chunk k. At most `chunks` chunks, none empty,
// in item order; fewer when there are fewer items. At least one chunk
// ({0, 0}) for no items.
std::vector<std::size_t> SplitByWeight(std::span<const std::size_t> weights, int chunks);

// Calls work(k, bounds[k], bounds[k + 1]) for every chunk: chunk 0 on this
// thread, the others each on a thread of its own (on this thread, after
// chunk 0, when the system refuses a thread). Returns once all are done; an
// exception from any chunk is rethrown here (the first chunk's first).
void RunChunks(
    const std::vector<std::size_t>& bounds,
    const std::function<void(std::size_t chunk, std::size_t begin, std::size_t end)>& work);

// The threads to use for `requested` (0: one per hardware thread), at most
// kMaxThreads.
inline constexpr int kMaxThreads = 64;
int ThreadsFor(int requested);
// A usage error unless 0 <= threads <= kMaxThreads (the options' check).
Status CheckThreads(int threads);

// Threads for per-document work over documents of `weights` bytes: one for
// a small cluster (a thread, and the fresh analyser it may need, cost more
// than they save below a few hundred kilobytes), else ThreadsFor(requested)
// at most, each with kBytesPerThread at least.
inline constexpr std::size_t kBytesPerThread = std::size_t{256} << 10;
int ThreadsForBytes(std::span<const std::size_t> weights, int requested);

// Items made on up to `threads` threads and handed over in order: make(i)
// for every i in [0, n), on worker threads (each taking the next item), and
// deliver(i, made) on the calling thread in order, each as soon as it and
// those before it are made; workers stay at most 2 * threads items ahead of
// what was delivered, so results do not pile up. With one thread (or none
// the system would start) both run here, alternately. An exception from
// make() is rethrown here when its item's turn comes, once the workers have
// stopped.
template <typename T>
void MakeInOrder(std::size_t n, int threads, const std::function<T(std::size_t)>& make,
                 const std::function<void(std::size_t, T)>& deliver) {
  const std::size_t workers_wanted = std::min(static_cast<std::size_t>(std::max(threads, 1)), n);
  std::vector<std::thread> workers;
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::optional<T>> made(workers_wanted > 1 ? n : 0);
  std::vector<std::exception_ptr> failed(workers_wanted > 1 ? n : 0);
  std::size_t next = 0, delivered = 0;
  bool stop = false;
  const std::size_t window = 2 * workers_wanted;
  auto work = [&] {
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      changed.wait(lock, [&] { return stop || next >= n || next < delivered + window; });
      if (stop || next >= n) return;
      const std::size_t i = next++;
      lock.unlock();
      std::optional<T> item;
      std::exception_ptr error;
      try {
        item.emplace(make(i));
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      made[i] = std::move(item);
      failed[i] = error;
      changed.notify_all();
    }
  };
  if (workers_wanted > 1) {
    for (std::size_t t = 0; t < workers_wanted; ++t) {
      try {
        workers.emplace_back(work);
      } catch (const std::system_error&) {
        break;
      }
    }
  }
  auto join = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    changed.notify_all();
    for (auto& w : workers) w.join();
    workers.clear();
  };
  if (workers.empty()) {
    for (std::size_t i = 0; i < n; ++i) deliver(i, make(i));
    return;
  }
  try {
    for (std::size_t i = 0; i < n; ++i) {
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return made[i].has_value() || failed[i] != nullptr; });
      if (failed[i]) std::rethrow_exception(failed[i]);
      T item = std::move(*made[i]);
      made[i].reset();
      lock.unlock();
      deliver(i, std::move(item));
      lock.lock();
      ++delivered;
      changed.notify_all();
    }
  } catch (...) {
    join();
    throw;
  }
  join();
}

}  // namespace precis

#endif  // PRECIS_BASE_PARALLEL_H_
