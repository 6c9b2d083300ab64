#include "base/chunk_pool.h"

#include <sys/mman.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace precis::chunk_pool {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;  // also chunks' alignment
constexpr std::size_t kOwnMappingOver = kChunkBytes / 8;   // wastes at most 1/8 of a chunk
constexpr std::size_t kHeaderBytes = 64;                   // a multiple of 16
constexpr std::size_t kPageBytes = 4096;

// At the start of every mapping; an array's chunk is its address rounded
// down to kChunkBytes (an array of its own starts within its first MiB).
struct Chunk {
  // The arrays in it, plus one while it is a thread's current chunk.
  std::atomic<std::size_t> refs{1};
  std::size_t mapped = 0;  // bytes
  std::size_t used = 0;    // bytes handed out, header included (owner thread only)
};
static_assert(sizeof(Chunk) <= kHeaderBytes);

std::atomic<std::size_t> live_chunks{0};

// A few emptied chunks are kept for reuse: their pages are resident
// already, where a fresh mapping faults every page in again (a stream of
// small clusters would map and unmap a chunk for each).
constexpr std::size_t kKeptChunks = 2;
std::mutex kept_mutex;
std::array<Chunk*, kKeptChunks> kept{};
std::size_t kept_count = 0;

Chunk* Reuse() {
  std::lock_guard lock(kept_mutex);
  if (kept_count == 0) return nullptr;
  Chunk* chunk = kept[--kept_count];
  chunk->refs.store(1, std::memory_order_relaxed);
  chunk->used = kHeaderBytes;
  return chunk;
}

bool Keep(Chunk* chunk) {
  std::lock_guard lock(kept_mutex);
  if (kept_count == kKeptChunks) return false;
  kept[kept_count++] = chunk;
  return true;
}

Chunk* Map(std::size_t bytes) {
  // Map a chunk's alignment more than needed, then unmap what lies outside.
  const std::size_t span = bytes + kChunkBytes;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const auto base = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t start = (base + kChunkBytes - 1) & ~(kChunkBytes - 1);
  if (start > base) munmap(raw, start - base);
  if (const std::uintptr_t end = start + bytes; end < base + span)
    munmap(reinterpret_cast<void*>(end), base + span - end);
  Chunk* chunk = new (reinterpret_cast<void*>(start)) Chunk;
  chunk->mapped = bytes;
  chunk->used = kHeaderBytes;
  live_chunks.fetch_add(1, std::memory_order_relaxed);
  return chunk;
}

void Unref(Chunk* chunk) noexcept {
  if (chunk->refs.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  if (chunk->mapped == kChunkBytes && Keep(chunk)) return;
  const std::size_t mapped = chunk->mapped;
  chunk->~Chunk();
  munmap(chunk, mapped);
  live_chunks.fetch_sub(1, std::memory_order_relaxed);
}

// The calling thread's chunk to cut from; released when the thread ends.
struct Current {
  Chunk* chunk = nullptr;
  ~Current() {
    if (chunk != nullptr) Unref(chunk);
    chunk = nullptr;
  }
};
thread_local Current current;

}  // namespace

void* Allocate(std::size_t bytes) {
  bytes = (bytes + 15) & ~std::size_t{15};
  if (bytes > kOwnMappingOver) {
    const std::size_t mapped = (kHeaderBytes + bytes + kPageBytes - 1) & ~(kPageBytes - 1);
    Chunk* own = Map(mapped);  // its one reference is the array's
    return reinterpret_cast<char*>(own) + kHeaderBytes;
  }
  Chunk*& chunk = current.chunk;
  if (chunk == nullptr || chunk->used + bytes > kChunkBytes) {
    Chunk* fresh = Reuse();
    if (fresh == nullptr) fresh = Map(kChunkBytes);  // may throw: the old one is kept till then
    if (chunk != nullptr) Unref(chunk);
    chunk = fresh;
  }
  chunk->refs.fetch_add(1, std::memory_order_relaxed);
  void* p = reinterpret_cast<char*>(chunk) + chunk->used;
  chunk->used += bytes;
  return p;
}

void Free(void* p) noexcept {
  if (p == nullptr) return;
  Unref(reinterpret_cast<Chunk*>(reinterpret_cast<std::uintptr_t>(p) & ~(kChunkBytes - 1)));
}

std::size_t MappedChunks() { return live_chunks.load(std::memory_order_relaxed); }

std::size_t ChunksInUse() {
  std::lock_guard lock(kept_mutex);
  return live_chunks.load(std::memory_order_relaxed) - kept_count;
}

}  // namespace precis::chunk_pool
