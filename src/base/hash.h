// Fixed 64-bit hashes for fingerprints that are stored or shipped (shingle
// tables, MinHash signatures, text hashes in a store): unlike std::hash,
// they are the same in every build and on every platform.
#ifndef PRECIS_BASE_HASH_H_
#define PRECIS_BASE_HASH_H_

#include <cstdint>
#include <string_view>

namespace precis {

// splitmix64's finaliser: mixes the bits of `x` (and combines hashes in order
// as Mix(h ^ next)).
constexpr std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// 64-bit FNV-1a of the bytes.
constexpr std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

}  // namespace precis

#endif  // PRECIS_BASE_HASH_H_
