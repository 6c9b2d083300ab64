#include "base/utf8.h"

#include <algorithm>

#include <unicode/utf8.h>

#include <vector>

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
    if (s[i] < 0x80) {  // ASCII, the common case, without decoding
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::vector<std::size_t> CodePointOffsets(std::string_view text,
                                          const std::vector<std::size_t>& bytes) {
  std::vector<std::size_t> out;
  out.reserve(bytes.size());
  std::size_t byte = 0, cp = 0;
  for (std::size_t to : bytes) {
    to = std::min(to, text.size());
    if (to > byte) {
      cp += CodePoints(text.substr(byte, to - byte));
      byte = to;
    }
    out.push_back(cp);
  }
  return out;
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

namespace {

// Bytes taken by the control character at text[i], or 0 when there is none.
std::size_t ControlAt(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < text.size()) {
    auto next = static_cast<unsigned char>(text[i + 1]);
    if (next >= 0x80 && next <= 0x9F) return 2;
  }
  return 0;
}

// Letters and digits, ASCII or not (any byte of a multi-byte character).
bool IsWordByte(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// What U+0080..U+009F stand for when text was decoded as Latin-1 but was
// windows-1252 (as HTML reads "&#x92;"); 0 for the five it leaves undefined.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// One line that has controls, without them (see WithoutControls).
std::string LineWithoutControls(std::string_view line) {
  std::string out;
  bool gap = false;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '\x1B' && i + 1 < line.size() && line[i + 1] == '[') {
      // A CSI sequence: parameters and intermediates, then a final byte
      // '@'..'~'.
      i += 2;
      while (i < line.size() && !(line[i] >= '@' && line[i] <= '~') && ControlAt(line, i) == 0) {
        ++i;
      }
      if (i < line.size() && ControlAt(line, i) == 0) ++i;
      gap = true;
      continue;
    }
    if (std::size_t n = ControlAt(line, i); n > 0) {
      char16_t meant = n == 2 ? kWindows1252[static_cast<unsigned char>(line[i + 1]) - 0x80] : 0;
      i += n;
      if (meant == 0) {
        gap = true;
        continue;
      }
      if (gap && !out.empty() && IsWordByte(out.back())) out += ' ';  // it is a letter
      gap = false;
      Append(out, meant);
      continue;
    }
    char c = line[i++];
    if (gap && !out.empty()) {
      bool space_before = out.back() == ' ' || out.back() == '\t';
      if (space_before && (c == ' ' || c == '\t')) continue;    // "a \x07 b" -> "a b"
      if (IsWordByte(out.back()) && IsWordByte(c)) out += ' ';  // "a\x07b" -> "a b"
    }
    gap = false;
    out += c;
  }
  std::size_t b = out.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return out.substr(b, out.find_last_not_of(" \t") + 1 - b);
}

}  // namespace

bool HasControls(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Printable ASCII and bytes above 0xC2 are never (the start of) a control.
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 0x20 && c < 0x7F) || c > 0xC2) continue;
    if (ControlAt(text, i) > 0) return true;
  }
  return false;
}

std::string WithoutControls(std::string_view text) {
  if (!HasControls(text)) return std::string(text);
  std::vector<std::string> lines;
  std::vector<bool> dropped;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (HasControls(line)) {
      lines.push_back(LineWithoutControls(line));
      dropped.push_back(lines.back().empty());
    } else {
      lines.emplace_back(line);
      dropped.push_back(false);
    }
    pos = nl + 1;
  }
  std::vector<const std::string*> kept;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!dropped[k]) {
      kept.push_back(&lines[k]);
      continue;
    }
    bool blank_before = kept.empty() || kept.back()->empty();
    bool blank_after = k + 1 < lines.size() && lines[k + 1].empty() && !dropped[k + 1];
    if (blank_before && blank_after) {
      ++k;  // "A\n\nX\n\nB" -> "A\n\nB", "X\n\nB" -> "B"
    } else if (k + 1 == lines.size() && !kept.empty() && kept.back()->empty()) {
      kept.pop_back();  // "A\n\nX" -> "A"
    }
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (k > 0) out += '\n';
    out += *kept[k];
  }
  return out;
}

}  // namespace precis::utf8
