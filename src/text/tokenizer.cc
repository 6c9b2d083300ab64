#include "text/tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

#include "base/utf8.h"

namespace precis::text {
namespace {

bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }

// The code point at byte i, advancing i; most text is ASCII.
inline char32_t NextChar(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return utf8::Next(s, i);
}

// (A table: asked of every byte of the text.)
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 128> alnum{};
  for (unsigned c = 0; c < 128; ++c)
    alnum[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return alnum;
}();

inline bool IsAsciiAlnum(char32_t c) { return c < 128 && kAsciiAlnum[c]; }

bool IsWordChar(char32_t c) {
  return c < 0x80
             ? IsAsciiAlnum(c)
             : u_isalnum(static_cast<UChar32>(c)) != 0 ||
                   u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GENERAL_CATEGORY_MASK) &
                       U_GC_M_MASK;
}

}  // namespace

bool IsUnspacedScriptChar(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}

namespace {

bool IsDigit(char32_t c) {
  return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(static_cast<UChar32>(c)) != 0;
}

// U+2019 and U+02BC become ASCII apostrophes.
std::string FoldApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    char32_t c = utf8::Next(s, j);
    if (IsApostrophe(c))
      out += '\'';
    else
      out.append(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::string Fold(std::string_view text) {
  bool ascii = true;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString folded =
      nfkc_cf->normalize(icu::UnicodeString::fromUTF8(
                             icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                         status);
  std::string out;
  if (U_SUCCESS(status)) folded.toUTF8String(out);
  return out;
}

bool WordScanner::Next() {
  const std::string_view text = text_;
  std::size_t i = next_;
  while (i < text.size()) {
    // Spaces and ASCII punctuation between words, without decoding.
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80 && !IsAsciiAlnum(lead)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t c = NextChar(text, i);
    if (!IsWordChar(c)) continue;
    bool has_letter = !IsDigit(c);
    bool ascii = c < 0x80;
    bool capital = c >= 'A' && c <= 'Z';
    std::size_t end = i;
    if (IsUnspacedScriptChar(c)) {
      norm_.assign(text.substr(start, end - start));
      norm_view_ = norm_;
      begin_ = start;
      end_ = end;
      has_letter_ = true;
      next_ = end;
      return true;
    }
    // Extend over word characters, and over an apostrophe, '.' or ',' that
    // sits between two word characters ("don't", "8.2", "100,000").
    while (end < text.size()) {
      const auto b = static_cast<unsigned char>(text[end]);
      if (IsAsciiAlnum(b)) {  // the common case, as below
        has_letter |= b > '9';
        capital |= b <= 'Z' && b >= 'A';
        ++end;
        continue;
      }
      std::size_t j = end;
      char32_t d = NextChar(text, j);
      if (IsWordChar(d) && !IsUnspacedScriptChar(d)) {
        has_letter |= !IsDigit(d);
        ascii &= d < 0x80;
        end = j;
        continue;
      }
      bool joiner = IsApostrophe(d) || ((d == U'.' || d == U',') && !has_letter);
      if (!joiner || j >= text.size()) break;
      std::size_t k = j;
      char32_t e = NextChar(text, k);
      if (!IsWordChar(e) || ((d == U'.' || d == U',') && !IsDigit(e))) break;
      ascii &= d < 0x80;
      end = j;
    }
    if (ascii && !capital) {
      norm_view_ = text.substr(start, end - start);  // folded already
    } else if (ascii) {
      // Fold()'s ASCII path, without a second scan of the word.
      norm_.resize(end - start);
      for (std::size_t k = start; k < end; ++k) {
        const char ch = text[k];
        norm_[k - start] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      norm_view_ = norm_;
    } else {
      norm_ = Fold(text.substr(start, end - start));
      // Fold curly apostrophes.
      if (norm_.find('\xE2') != std::string::npos || norm_.find('\xCA') != std::string::npos)
        norm_ = FoldApostrophes(norm_);
      norm_view_ = norm_;
    }
    // Drop the possessive.
    if (norm_view_.size() > 2 && norm_view_.ends_with("'s")) norm_view_.remove_suffix(2);
    begin_ = start;
    end_ = end;
    has_letter_ = has_letter;
    next_ = end;
    return true;
  }
  next_ = i;
  return false;
}

std::vector<Word> Tokenize(std::string_view text) {
  std::vector<Word> out;
  out.reserve(text.size() / 8);  // news text: about one word per 6 bytes
  WordScanner words(text);
  while (words.Next())
    out.push_back({std::string(words.norm()), words.begin(), words.end(), words.has_letter()});
  return out;
}

}  // namespace precis::text
