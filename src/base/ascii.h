// ASCII character classes and case folding, independent of the C locale
// (a host program, such as Python, may set one in which bytes of UTF-8
// text change case), and inlined: the cleaner calls them for every byte.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
constexpr char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` with A-Z lower-cased; other bytes (UTF-8 included) as they are.
inline std::string AsciiFold(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// Whether `a` and `b` are equal but for ASCII case (as AsciiFold folds),
// without a copy.
constexpr bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  return true;
}

// The words of `s` as the cleaner's rules count them: runs of bytes other
// than ' ' (a crawl's text is one line of words and single spaces).
constexpr std::size_t CountSpacedWords(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return words;
}

// True when `word` occurs in `text` with no ASCII letter on either side
// ("moualem" in "walid al-moualem said", not in "moualemi").
inline bool HasAsciiWord(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !IsAsciiAlpha(text[at - 1])) &&
        (end == text.size() || !IsAsciiAlpha(text[end])))
      return true;
  }
  return false;
}

}  // namespace precis

#endif  // PRECIS_BASE_ASCII_H_
