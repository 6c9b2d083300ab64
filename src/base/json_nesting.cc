#include "precis/json.h"

#include <algorithm>
#include <cstring>

namespace precis {

std::size_t JsonNestingDepth(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      // To the string's end at once: the next quote not escaped (after an
      // even run of backslashes).
      for (;;) {
        const void* q = std::memchr(text.data() + i, '"', text.size() - i);
        if (q == nullptr) return deepest;
        i = static_cast<std::size_t>(static_cast<const char*>(q) - text.data());
        std::size_t slashes = 0;
        while (slashes < i && text[i - 1 - slashes] == '\\') ++slashes;
        if (slashes % 2 == 0) break;
        ++i;
      }
      in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace precis
