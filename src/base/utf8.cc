#include "base/utf8.h"

#include <unicode/utf8.h>

namespace precis::utf8 {

Repair MakeValid(std::string_view bytes) {
  Repair r;
  r.text.reserve(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (r.invalid++ == 0) r.first_bad = static_cast<std::size_t>(start);
      r.text += "\xEF\xBF\xBD";
    } else {
      r.text.append(bytes.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return r;
}

bool IsValid(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::size_t CodePoints(std::string_view text) {
  std::size_t n = 0;
  for (char ch : text)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

void Append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char32_t Next(std::string_view text, std::size_t& i) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s, j, static_cast<int32_t>(text.size()), c);
  i = static_cast<std::size_t>(j);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool LooksBinary(std::string_view bytes) {
  // One pass over all of it: a NUL anywhere, or a window of 4 KB with more
  // than 5% control bytes (text may hold a stray form feed or ESC; binary
  // data appended to text is not hidden by a long text head). The last
  // window is the final 4 KB so that a short tail is judged with its text.
  constexpr std::size_t kWindow = 4096;
  auto is_control = [](unsigned char c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v';
  };
  if (bytes.find('\0') != std::string_view::npos) return true;
  const std::size_t n = bytes.size();
  for (std::size_t start = 0; start < n; start += kWindow) {
    if (start + kWindow > n && start > 0) start = n - kWindow;
    std::string_view window = bytes.substr(start, kWindow);
    std::size_t control = 0;
    for (char ch : window) control += is_control(static_cast<unsigned char>(ch)) ? 1 : 0;
    if (control * 20 > window.size()) return true;  // more than 5% control bytes
    if (start + kWindow >= n) break;
  }
  return false;
}

}  // namespace precis::utf8
