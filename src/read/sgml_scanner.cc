#include "read/sgml_scanner.h"

#include <cctype>
#include <utility>

namespace precis::read {

namespace {

bool SameLetter(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Length of the tag "<name ...>" or "</name ...>" at text[i] (closing == the
// slash form), or 0 when there is none. The name must be followed by '>' or
// whitespace; the tag ends at the next '>' (before any other '<').
std::size_t TagAt(std::string_view text, std::size_t i, std::string_view name, bool closing) {
  std::size_t j = i + 1;
  if (closing) {
    if (j >= text.size() || text[j] != '/') return 0;
    ++j;
  }
  if (text.size() - j < name.size()) return 0;
  for (std::size_t k = 0; k < name.size(); ++k)
    if (!SameLetter(text[j + k], name[k])) return 0;
  j += name.size();
  if (j >= text.size()) return 0;
  if (text[j] != '>' && !std::isspace(static_cast<unsigned char>(text[j]))) return 0;
  while (j < text.size() && text[j] != '>' && (text[j] != '<')) ++j;
  if (j >= text.size() || text[j] != '>') return 0;
  return j + 1 - i;
}

// Finds the next start or end tag of `name` at or after `from`. Remembers its
// last answer so that scanning a text with many unmatched tags stays linear.
class TagFinder {
 public:
  TagFinder(std::string_view text, std::string_view name, bool closing)
      : text_(text), name_(name), closing_(closing) {}

  // Offset of the next tag at or after `from` (npos when none); *length is
  // set to its length.
  std::size_t Next(std::size_t from, std::size_t* length) {
    if (cached_ != std::string_view::npos && cached_ >= from) {
      *length = cached_length_;
      return cached_;
    }
    if (exhausted_) return std::string_view::npos;
    for (std::size_t i = text_.find('<', from); i != std::string_view::npos;
         i = text_.find('<', i + 1)) {
      std::size_t n = TagAt(text_, i, name_, closing_);
      if (n > 0) {
        cached_ = i;
        cached_length_ = n;
        *length = n;
        return i;
      }
    }
    exhausted_ = true;
    cached_ = std::string_view::npos;
    return std::string_view::npos;
  }

 private:
  std::string_view text_;
  std::string_view name_;
  bool closing_;
  std::size_t cached_ = std::string_view::npos;
  std::size_t cached_length_ = 0;
  bool exhausted_ = false;
};

}  // namespace

std::vector<SgmlElement> FindElements(std::string_view text, std::string_view name) {
  std::vector<SgmlElement> out;
  TagFinder starts(text, name, false);
  TagFinder ends(text, name, true);
  std::size_t pos = 0;
  while (true) {
    std::size_t start_len = 0;
    std::size_t start = starts.Next(pos, &start_len);
    if (start == std::string_view::npos) break;
    std::size_t content_begin = start + start_len;
    std::size_t end_len = 0;
    std::size_t end = ends.Next(content_begin, &end_len);
    std::size_t next_len = 0;
    std::size_t next_start = starts.Next(content_begin, &next_len);
    SgmlElement e;
    e.begin = start;
    if (end != std::string_view::npos &&
        (next_start == std::string_view::npos || end < next_start)) {
      e.content = text.substr(content_begin, end - content_begin);
      e.end = end + end_len;
    } else {
      std::size_t stop = next_start == std::string_view::npos ? text.size() : next_start;
      e.content = text.substr(content_begin, stop - content_begin);
      e.end = stop;
    }
    out.push_back(e);
    pos = e.end;
  }
  return out;
}

std::string_view FirstContent(std::string_view text, std::string_view name, bool* found) {
  std::vector<SgmlElement> all = FindElements(text, name);
  if (found != nullptr) *found = !all.empty();
  return all.empty() ? std::string_view() : all.front().content;
}

std::string RemoveElements(std::string_view text, std::string_view name) {
  std::string out;
  std::size_t pos = 0;
  for (const SgmlElement& e : FindElements(text, name)) {
    out.append(text.substr(pos, e.begin - pos));
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

std::string StripTags(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) lt = text.size();
    out.append(text.substr(i, lt - i));
    i = lt;
    if (i >= text.size()) break;
    char next = i + 1 < text.size() ? text[i + 1] : '\0';
    bool opens =
        std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' || next == '?';
    std::size_t j = i + 1;
    while (opens && j < text.size() && text[j] != '>' && text[j] != '<') ++j;
    if (opens && j < text.size() && text[j] == '>') {
      i = j + 1;
    } else {
      out += '<';
      ++i;
    }
  }
  return out;
}

bool HasTag(std::string_view text, std::string_view name) { return !FindTags(text, name).empty(); }

std::vector<std::pair<std::size_t, std::size_t>> FindTags(std::string_view text,
                                                          std::string_view name) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    std::size_t n = TagAt(text, i, name, false);
    if (n == 0) n = TagAt(text, i, name, true);
    if (n > 0) out.emplace_back(i, i + n);
  }
  return out;
}

}  // namespace precis::read
