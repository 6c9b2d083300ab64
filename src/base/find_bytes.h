// Substring search with glibc's memmem, which skips ahead by two-byte
// windows: std::string::find stops at every occurrence of the needle's first
// byte ("read more" at every 'r'), which is slow on the cleaner's hot paths.
#ifndef PRECIS_BASE_FIND_BYTES_H_
#define PRECIS_BASE_FIND_BYTES_H_

#include <string.h>

#include <array>
#include <string_view>

namespace precis {

// Where `needle` first occurs in `haystack` at or after `from`, or npos, as
// std::string_view::find returns.
inline std::size_t FindBytes(std::string_view haystack, std::string_view needle,
                             std::size_t from = 0) {
  if (from > haystack.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const void* at =
      memmem(haystack.data() + from, haystack.size() - from, needle.data(), needle.size());
  return at == nullptr ? std::string_view::npos
                       : static_cast<std::size_t>(static_cast<const char*>(at) - haystack.data());
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

}  // namespace precis

#endif  // PRECIS_BASE_FIND_BYTES_H_
