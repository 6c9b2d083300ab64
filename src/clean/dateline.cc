#include "clean/dateline.h"

#include <cctype>

#include "clean/inline_furniture.h"

namespace precis::clean {
namespace {

// Separators that follow a dateline: "_", "-", "--", em and en dashes, ":".
std::size_t SeparatorLength(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t start = i;
  while (i < s.size()) {
    if (s[i] == '_' || s[i] == '-' || s[i] == ':') {
      ++i;
    } else if (s.substr(i).starts_with("\xE2\x80\x94") || s.substr(i).starts_with("\xE2\x80\x93")) {
      i += 3;
    } else {
      break;
    }
  }
  if (i == start || i - start > 3) return 0;
  if (i < s.size() && s[i] != ' ') return 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

std::size_t CountWords(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

}  // namespace

std::size_t DatelineLength(std::string_view p) {
  if (p.starts_with("[Text] ")) return 7;
  if (p.empty() || !IsUpper(p[0])) return 0;
  std::string_view head = p.substr(0, 90);
  // "PLACE[, Region] (AGENCY) <sep>"
  std::size_t open = head.find('(');
  std::size_t close = head.find(')');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close &&
      open > 0) {
    std::string_view place = head.substr(0, open);
    std::string_view agency = head.substr(open + 1, close - open - 1);
    // Lower-cased crawls write "washington ( ap ) —".
    while (!agency.empty() && agency.front() == ' ') agency.remove_prefix(1);
    while (!agency.empty() && agency.back() == ' ') agency.remove_suffix(1);
    if (CountWords(place) <= 6 && CountWords(agency) <= 3 && !agency.empty() &&
        (IsUpper(agency[0]) || IsCreditName(agency)) && place.find('.') == std::string_view::npos) {
      std::size_t sep = SeparatorLength(p.substr(close + 1));
      if (sep) return close + 1 + sep;
    }
  }
  // "PLACE <sep>" with the place in capitals.
  std::size_t i = 0;
  std::size_t letters = 0;
  while (i < head.size() && (IsUpper(head[i]) || head[i] == ' ' || head[i] == ',' ||
                             head[i] == '.' || head[i] == '\'')) {
    if (IsUpper(head[i])) ++letters;
    ++i;
  }
  if (letters >= 3 && i > 0 && CountWords(p.substr(0, i)) <= 4) {
    // Back up over the space before the separator.
    std::size_t sep = SeparatorLength(p.substr(i));
    if (sep && (p[i] == ' ' || p[i] == '_' || p[i] == '-' || p[i] == '\xE2')) {
      // All-caps words must be followed by a separator and then real text.
      std::string_view rest = p.substr(i + sep);
      if (!rest.empty() && !(rest[0] >= 'a' && rest[0] <= 'z')) return i + sep;
    }
  }
  return 0;
}

}  // namespace precis::clean
