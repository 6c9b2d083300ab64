#include "read/format_detector.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "base/ascii.h"
#include "read/paragraphs.h"
#include "read/path_name.h"

namespace precis::read {

namespace {

// Position of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
std::size_t FindNoCase(std::string_view hay, std::string_view needle, std::size_t from = 0) {
  // (Not std::tolower: a call through the C locale per byte was 6% of a
  // small run's instructions.)
  auto eq = [](char a, char b) { return AsciiLower(a) == b; };
  if (from > hay.size()) return std::string_view::npos;
  auto it = std::search(hay.begin() + static_cast<std::ptrdiff_t>(from), hay.end(), needle.begin(),
                        needle.end(), eq);
  return it == hay.end() ? std::string_view::npos : static_cast<std::size_t>(it - hay.begin());
}

std::size_t CountNoCase(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = FindNoCase(hay, needle); at != std::string_view::npos;
       at = FindNoCase(hay, needle, at + needle.size())) {
    ++n;
  }
  return n;
}

bool LooksJsonl(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty() || t.front() != '{') return false;
  std::string_view first = t.substr(0, t.find('\n'));
  return nlohmann::json::accept(first);
}

bool LooksSgml(std::string_view text) {
  std::string_view head = text.substr(0, 2048);
  std::size_t at = FindNoCase(head, "<doc");
  return at != std::string_view::npos && at + 4 < head.size() &&
         (head[at + 4] == '>' || IsAsciiSpace(head[at + 4]));
}

bool LooksHtml(std::string_view text) {
  std::string_view head = text.substr(0, 4096);
  for (std::string_view marker : {"<!doctype html", "<html", "<body", "<head>"}) {
    if (FindNoCase(head, marker) != std::string_view::npos) return true;
  }
  std::string_view sample = text.substr(0, 65536);
  std::size_t tags = CountNoCase(sample, "<p>") + CountNoCase(sample, "<p ") +
                     CountNoCase(sample, "<div") + CountNoCase(sample, "<br") +
                     CountNoCase(sample, "</p>");
  if (tags == 0) return false;
  std::string_view t = Trim(sample);
  if (!t.empty() && t.front() == '<') return true;
  std::size_t lines = static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\n')) + 1;
  return tags >= 2 && tags * 4 >= lines;
}

bool LooksMultiNews(std::string_view text) {
  return text.find("|||||") != std::string_view::npos ||
         text.find("NEWLINE_CHAR") != std::string_view::npos;
}

}  // namespace

InputFormat DetectFormat(std::string_view text, std::string_view path) {
  std::string ext = FileExtension(path);
  if (ext == "jsonl" || ext == "ndjson" || LooksJsonl(text)) return InputFormat::kJsonl;
  if (LooksSgml(text)) return InputFormat::kSgml;
  if (ext == "html" || ext == "htm" || ext == "xhtml" || LooksHtml(text)) return InputFormat::kHtml;
  if (LooksMultiNews(text)) return InputFormat::kMultiNews;
  return InputFormat::kText;
}

}  // namespace precis::read
