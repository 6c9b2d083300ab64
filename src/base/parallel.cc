#include "base/parallel.h"

#include <algorithm>
#include <exception>
#include <string>
#include <system_error>
#include <thread>

namespace precis {

std::vector<std::size_t> SplitByWeight(std::span<const std::size_t> weights, int chunks) {
  std::vector<std::size_t> bounds{0};
  const std::size_t n = weights.size();
  if (n == 0) {
    bounds.push_back(0);
    return bounds;
  }
  const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(std::max(chunks, 1)), n);
  std::size_t total = 0;
  for (std::size_t w : weights) total += w;
  // Chunk c ends at the first item where the running weight reaches
  // (c + 1) / k of the total, leaving at least one item to each later chunk.
  std::size_t sum = 0, item = 0;
  for (std::size_t c = 1; c < k; ++c) {
    const long double target = static_cast<long double>(total) * c / k;
    while (item < n - (k - c) && (item < bounds.back() + 1 || sum < target)) sum += weights[item++];
    bounds.push_back(item);
  }
  bounds.push_back(n);
  return bounds;
}

void RunChunks(const std::vector<std::size_t>& bounds,
               const std::function<void(std::size_t, std::size_t, std::size_t)>& work) {
  if (bounds.size() < 2) return;
  const std::size_t chunks = bounds.size() - 1;
  std::vector<std::exception_ptr> errors(chunks);
  auto run = [&](std::size_t k) {
    try {
      work(k, bounds[k], bounds[k + 1]);
    } catch (...) {
      errors[k] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  std::vector<std::size_t> refused;
  for (std::size_t k = 1; k < chunks; ++k) {
    try {
      threads.emplace_back(run, k);
    } catch (const std::system_error&) {
      refused.push_back(k);
    }
  }
  run(0);
  for (std::size_t k : refused) run(k);
  for (auto& t : threads) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

int ThreadsFor(int requested) {
  if (requested <= 0) {
    const unsigned hardware = std::thread::hardware_concurrency();
    requested = hardware == 0 ? 1 : static_cast<int>(hardware);
  }
  return std::min(requested, kMaxThreads);
}

Status CheckThreads(int threads) {
  if (threads < 0 || threads > kMaxThreads)
    return Status::UsageError("the number of threads must be from 0 (one per hardware thread) to " +
                              std::to_string(kMaxThreads));
  return Status::Ok();
}

int ThreadsForBytes(std::span<const std::size_t> weights, int requested) {
  std::size_t total = 0;
  for (std::size_t w : weights) total += w;
  const std::size_t most = std::max<std::size_t>(1, total / kBytesPerThread);
  return static_cast<int>(
      std::min<std::size_t>(most, static_cast<std::size_t>(ThreadsFor(requested))));
}

}  // namespace precis
