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
  std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++control;
  }
  return !head.empty() && control * 20 > head.size();  // more than 5% control bytes
}

}  // namespace precis::utf8
