// Substring search for the cleaner's hot paths, which look for dozens of
// short phrases in every paragraph: std::string::find stops at every
// occurrence of the needle's first byte ("read more" at every 'r'), and
// glibc's memmem sets up a table on each call. On x86-64 the needle's first
// and last bytes are compared with 16 positions at a time (SSE2) and only
// positions matching both are compared in full; elsewhere, memmem.
#ifndef PRECIS_BASE_FIND_BYTES_H_
#define PRECIS_BASE_FIND_BYTES_H_

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <string_view>

namespace precis {

// Where `needle` first occurs in `haystack` at or after `from`, or npos, as
// std::string_view::find returns.
inline std::size_t FindBytes(std::string_view haystack, std::string_view needle,
                             std::size_t from = 0) {
  if (from > haystack.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const char* s = haystack.data();
  const std::size_t n = haystack.size(), k = needle.size();
  std::size_t i = from;
#if defined(__SSE2__)
  if (k == 1) {
    const void* at = memchr(s + i, needle[0], n - i);
    return at == nullptr ? std::string_view::npos
                         : static_cast<std::size_t>(static_cast<const char*>(at) - s);
  }
  {
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[k - 1]);
    // Blocks of 16 starts whose last bytes are all inside the haystack.
    for (; n >= k - 1 + 16 && i <= n - (k - 1) - 16; i += 16) {
      const __m128i at_first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const __m128i at_last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + k - 1));
      auto mask = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_and_si128(_mm_cmpeq_epi8(first, at_first), _mm_cmpeq_epi8(last, at_last))));
      while (mask != 0) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
        if (k == 2 || memcmp(s + at + 1, needle.data() + 1, k - 2) == 0) return at;
        mask &= mask - 1;
      }
    }
  }
  // The last few starts, one by one.
  for (; i + k <= n; ++i)
    if (s[i] == needle[0] && s[i + k - 1] == needle[k - 1] &&
        memcmp(s + i + 1, needle.data() + 1, k - 2) == 0)
      return i;
  return std::string_view::npos;
#else
  const void* at = memmem(s + i, n - i, needle.data(), k);
  return at == nullptr ? std::string_view::npos
                       : static_cast<std::size_t>(static_cast<const char*>(at) - s);
#endif
}

// A set of bytes to search for, made once (usually constexpr):
// std::string_view::find_first_of calls memchr over the set for every byte
// of the text, which is slow on the hot paths that scan whole sentences.
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) in_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool Has(char c) const { return in_[static_cast<unsigned char>(c)]; }

 private:
  std::array<bool, 256> in_{};
};

// Where a byte of `set` first occurs in `haystack` at or after `from`, or
// npos, as std::string_view::find_first_of returns.
inline std::size_t FindAnyOf(std::string_view haystack, const ByteSet& set, std::size_t from = 0) {
  for (std::size_t i = from; i < haystack.size(); ++i)
    if (set.Has(haystack[i])) return i;
  return std::string_view::npos;
}

// Where the first ASCII capital letter of `haystack` at or after `from` is,
// or npos: sixteen bytes at a time where SSE2 is there (the speaker and name
// scans jump from capital to capital).
inline std::size_t FindAsciiUpper(std::string_view haystack, std::size_t from = 0) {
  const char* s = haystack.data();
  const std::size_t n = haystack.size();
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i a = _mm_set1_epi8('A');
  const __m128i span = _mm_set1_epi8(25);  // 'Z' - 'A'
  for (; i + 16 <= n; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i off = _mm_sub_epi8(bytes, a);
    // off <= 25 unsigned: min(off, 25) == off.
    const auto mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(off, span), off)));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i)
    if (s[i] >= 'A' && s[i] <= 'Z') return i;
  return std::string_view::npos;
}

}  // namespace precis

#endif  // PRECIS_BASE_FIND_BYTES_H_
