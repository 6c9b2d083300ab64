#include "read/sgml_paragraphs.h"

#include <string>
#include <vector>

#include "read/sgml_entities.h"
#include "read/sgml_scanner.h"

namespace precis::read {

namespace {

constexpr std::size_t kFtWidth = 76;

void AddParagraph(std::string_view raw, ParagraphList& out) { out.Add(DecodeEntities(raw)); }

// <P> elements (and whatever text lies between them) are paragraphs.
void ByParagraphTags(std::string_view body, ParagraphList& out) {
  std::size_t pos = 0;
  for (auto [begin, end] : FindTags(body, "P")) {
    AddParagraph(StripTags(body.substr(pos, begin - pos)), out);
    pos = end;
  }
  AddParagraph(StripTags(body.substr(pos)), out);
}

// FBIS puts "Language: English", "Article Type:BFN" and a lone "BFN" before
// the story; they are metadata, not text.
bool IsFbisMetadata(std::string_view line) {
  std::string_view t = Trim(line);
  return t == "BFN" || t.starts_with("Language:") || t.starts_with("Article Type:");
}

std::string_view FirstWord(std::string_view s) {
  s = Trim(s);
  std::size_t end = 0;
  while (end < s.size() && !IsAsciiSpace(s[end])) ++end;
  return s.substr(0, end);
}

// Whether a paragraph starts at `next`, given the line before it.
bool StartsParagraph(std::string_view line, std::string_view next, SgmlLayout layout) {
  if (IsBlank(line) || IsBlank(next)) return true;
  if (layout == SgmlLayout::kFt) {
    std::string_view word = FirstWord(next);
    // Leading spaces count: they took room on the line.
    std::size_t end = line.size();
    while (end > 0 && IsAsciiSpace(line[end - 1])) --end;
    return Width(line.substr(0, end)) + 1 + Width(word) <= kFtWidth;
  }
  return next[0] == ' ' || next[0] == '\t';
}

void ByLines(std::string_view text, SgmlLayout layout, ParagraphList& out) {
  std::vector<std::string_view> lines = SplitLines(text);
  std::size_t first = 0;
  while (first < lines.size() && (IsBlank(lines[first]) || IsFbisMetadata(lines[first]))) ++first;
  std::string current;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (!current.empty()) current += ' ';
    current += lines[i];
    if (i + 1 == lines.size() || StartsParagraph(lines[i], lines[i + 1], layout)) {
      AddParagraph(current, out);
      current.clear();
    }
  }
}

// SJMN separates paragraphs with ';' followed by at least two whitespace
// characters (often across a line break).
void BySemicolons(std::string_view text, ParagraphList& out) {
  std::size_t pos = 0;
  std::size_t i = 0;
  while ((i = text.find(';', i)) != std::string_view::npos) {
    std::size_t j = i + 1;
    while (j < text.size() && IsAsciiSpace(text[j])) ++j;
    if (j - i - 1 >= 2) {
      AddParagraph(text.substr(pos, i - pos), out);
      pos = j;
    }
    i = j;
  }
  AddParagraph(text.substr(pos), out);
}

}  // namespace

SgmlLayout LayoutForDocno(std::string_view docno) {
  if (docno.starts_with("SJMN")) return SgmlLayout::kSjmn;
  if (docno.starts_with("FT")) return SgmlLayout::kFt;
  return SgmlLayout::kLines;
}

void SgmlParagraphs(std::string_view body, SgmlLayout layout, ParagraphList& out) {
  if (HasTag(body, "P")) {
    ByParagraphTags(body, out);
    return;
  }
  std::string stripped;
  if (body.find('<') != std::string_view::npos) {
    stripped = StripTags(body);
    body = stripped;
  }
  if (layout == SgmlLayout::kSjmn) {
    BySemicolons(body, out);
  } else {
    ByLines(body, layout, out);
  }
}

}  // namespace precis::read
