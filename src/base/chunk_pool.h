// Memory for arrays made and freed in about the same order, in large runs:
// each document's words are made document by document and freed so. From
// malloc's heap their freed blocks are holes between the text and sentences
// still used, which stay resident (a large cluster's words are most of its
// memory); here they are cut from 1 MiB chunks of their own, and a chunk
// goes back to the system as soon as the last array in it is freed (but
// for a few kept for reuse, whose pages are resident).
//
// PooledAllocator<T> is a stateless std::allocator replacement. Allocating
// bumps a pointer in the calling thread's current chunk (an array over
// 128 KiB gets a mapping of its own); freeing may happen on any thread.
// Thread-safe. An array that lives long pins its whole chunk: pool only
// what is freed in bulk. Under AddressSanitizer it is operator new, so the
// sanitizer sees every array.
#ifndef PRECIS_BASE_CHUNK_POOL_H_
#define PRECIS_BASE_CHUNK_POOL_H_

#include <cstddef>
#include <new>

namespace precis {

namespace chunk_pool {

#if defined(__SANITIZE_ADDRESS__)
#define PRECIS_CHUNK_POOL_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PRECIS_CHUNK_POOL_OFF 1
#endif
#endif

// `bytes` (> 0) aligned to 16; throws std::bad_alloc when the system has no
// memory to give.
void* Allocate(std::size_t bytes);
void Free(void* p) noexcept;

// For tests: chunks mapped (the few kept empty for reuse included), and
// chunks holding arrays or cut from by a thread.
std::size_t MappedChunks();
std::size_t ChunksInUse();

}  // namespace chunk_pool

template <typename T>
struct PooledAllocator {
  using value_type = T;
  static_assert(alignof(T) <= 16);

  PooledAllocator() noexcept = default;
  template <typename U>
  PooledAllocator(const PooledAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / 2 / sizeof(T)) throw std::bad_array_new_length();
#ifdef PRECIS_CHUNK_POOL_OFF
    return static_cast<T*>(::operator new(n * sizeof(T)));
#else
    return static_cast<T*>(chunk_pool::Allocate(n * sizeof(T)));
#endif
  }
  void deallocate(T* p, std::size_t) noexcept {
#ifdef PRECIS_CHUNK_POOL_OFF
    ::operator delete(p);
#else
    chunk_pool::Free(p);
#endif
  }
  template <typename U>
  bool operator==(const PooledAllocator<U>&) const noexcept {
    return true;
  }
};

}  // namespace precis

#endif  // PRECIS_BASE_CHUNK_POOL_H_
