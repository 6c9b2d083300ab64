// Runs per-item work that needs no other item (a document's analysis) on a
// few threads: the items are cut into contiguous chunks of about equal
// weight, chunk 0 runs on the calling thread and the others on threads of
// their own. Thread-safe as far as `work` is for distinct chunks.
#ifndef PRECIS_BASE_PARALLEL_H_
#define PRECIS_BASE_PARALLEL_H_

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

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

// Threads for per-document work over documents of `weights` bytes: one for
// a small cluster (a thread, and the fresh analyser it may need, cost more
// than they save below a few hundred kilobytes), else ThreadsFor(requested)
// at most, each with kBytesPerThread at least.
inline constexpr std::size_t kBytesPerThread = std::size_t{256} << 10;
int ThreadsForBytes(std::span<const std::size_t> weights, int requested);

}  // namespace precis

#endif  // PRECIS_BASE_PARALLEL_H_
