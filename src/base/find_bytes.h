// Substring search with glibc's memmem, which skips ahead by two-byte
// windows: std::string::find stops at every occurrence of the needle's first
// byte ("read more" at every 'r'), which is slow on the cleaner's hot paths.
#ifndef PRECIS_BASE_FIND_BYTES_H_
#define PRECIS_BASE_FIND_BYTES_H_

#include <string.h>

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

}  // namespace precis

#endif  // PRECIS_BASE_FIND_BYTES_H_
