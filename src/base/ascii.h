// ASCII character classes and case folding, independent of the C locale
// (a host program, such as Python, may set one in which bytes of UTF-8
// text change case), and inlined: the cleaner calls them for every byte.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace precis {

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` with A-Z lower-cased; other bytes (UTF-8 included) as they are.
inline std::string AsciiFold(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace precis

#endif  // PRECIS_BASE_ASCII_H_
