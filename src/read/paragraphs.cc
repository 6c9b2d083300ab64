#include "read/paragraphs.h"

#include "base/utf8.h"

namespace precis::read {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

namespace {

// Length in bytes of a Unicode space at s[i] (0 when none); sets *drop for
// zero-width characters that vanish instead of becoming a space.
std::size_t UnicodeSpaceAt(std::string_view s, std::size_t i, bool* drop) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  *drop = false;
  std::size_t left = s.size() - i;
  if (left >= 2 && at(0) == 0xC2 && at(1) == 0xA0) return 2;  // U+00A0
  if (left < 3) return 0;
  if (at(0) == 0xE2 && at(1) == 0x80) {
    if (at(2) <= 0x8A || at(2) == 0xAF) return 3;  // U+2000..U+200A, U+202F
    if (at(2) == 0x8B) {                           // U+200B zero-width space
      *drop = true;
      return 3;
    }
  }
  if (at(0) == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (at(0) == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {          // U+FEFF
    *drop = true;
    return 3;
  }
  return 0;
}

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    bool drop = false;
    std::size_t n = IsAsciiSpace(s[i]) ? 1 : UnicodeSpaceAt(s, i, &drop);
    if (n > 0) {
      if (!drop) pending_space = true;
      i += n;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += s[i++];
  }
  return out;
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(s.substr(start));
      break;
    }
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::size_t Width(std::string_view s) { return utf8::CodePoints(s); }

void ParagraphList::Add(std::string_view raw) {
  std::string p = CollapseWhitespace(raw);
  if (p.empty()) return;
  if (count_++ > 0) text_ += "\n\n";
  text_ += p;
}

void ParagraphList::Append(const ParagraphList& other) {
  if (other.empty()) return;
  if (count_ > 0) text_ += "\n\n";
  text_ += other.text_;
  count_ += other.count_;
}

}  // namespace precis::read
