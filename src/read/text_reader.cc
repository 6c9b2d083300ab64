#include "read/text_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <vector>

#include "base/sentence_end.h"
#include "read/paragraphs.h"
#include "read/path_name.h"

namespace precis::read {

namespace {

struct Line {
  std::string_view text;      // trimmed
  std::uint32_t indent = 0;   // leading spaces and tabs
  std::uint32_t width = 0;    // code points of `text`
  bool starts_block = false;  // first line after a blank line (or of the text)
};

// The non-blank lines; blank lines only mark where blocks start. One flat
// vector keeps memory proportional to the number of lines.
std::vector<Line> SplitIntoLines(std::string_view text) {
  std::vector<Line> lines;
  bool after_blank = true;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(start, nl - start);
    start = nl + 1;
    Line line;
    line.text = Trim(raw);
    if (line.text.empty()) {
      after_blank = true;
      continue;
    }
    std::size_t i = 0;
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
    line.indent = static_cast<std::uint32_t>(std::min<std::size_t>(i, UINT32_MAX));
    line.width = static_cast<std::uint32_t>(std::min<std::size_t>(Width(line.text), UINT32_MAX));
    line.starts_block = after_blank;
    after_blank = false;
    lines.push_back(line);
  }
  return lines;
}

bool LastOfBlock(const std::vector<Line>& lines, std::size_t i) {
  return i + 1 == lines.size() || lines[i + 1].starts_block;
}

std::string_view FirstWord(std::string_view s) {
  std::size_t end = 0;
  while (end < s.size() && !IsAsciiSpace(s[end])) ++end;
  return s.substr(0, end);
}

// How the text is wrapped: `width` is the wrap column when `wrapped`.
struct Wrap {
  bool wrapped = false;
  std::size_t width = 0;
  std::size_t min_indent = 0;
};

// Hard-wrapped text has many lines that end mid-sentence at about the same
// column. Only lines followed by another line of the same block count; the
// first line is left out because it may be a headline.
Wrap AnalyzeWrap(const std::vector<Line>& lines) {
  Wrap wrap;
  wrap.min_indent = SIZE_MAX;
  std::vector<std::size_t> widths;
  std::size_t open = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    wrap.min_indent = std::min<std::size_t>(wrap.min_indent, lines[i].indent);
    if (i == 0 || LastOfBlock(lines, i)) continue;
    widths.push_back(lines[i].width);
    if (!EndsSentence(lines[i].text)) ++open;
  }
  if (widths.size() < 2) return wrap;
  std::vector<std::size_t> sorted = widths;
  std::sort(sorted.begin(), sorted.end());
  std::size_t w = sorted[((sorted.size() - 1) * 9 + 9) / 10];  // 90th percentile, rounded up
  if (w < 20 || w > 200) return wrap;
  std::size_t similar = 0;
  for (std::size_t width : widths)
    if (width * 4 >= w * 3) ++similar;
  wrap.wrapped = similar * 2 >= widths.size() && open * 2 >= widths.size();
  wrap.width = w;
  return wrap;
}

// Whether `next` continues the paragraph of `line` in wrapped text: not when
// it is indented, nor when its first word would have fitted on `line` after
// a sentence end or a short line (a break the writer made on purpose).
bool Continues(const Line& line, const Line& next, const Wrap& wrap) {
  if (next.indent > wrap.min_indent) return false;
  bool fits = line.width + 1 + Width(FirstWord(next.text)) <= wrap.width;
  if (fits && (EndsSentence(line.text) || line.width * 2 < wrap.width)) return false;
  return true;
}

// Paragraphs from lines[from..]: one per line unless the text is wrapped.
void AddLines(const std::vector<Line>& lines, std::size_t from, const Wrap& wrap,
              ParagraphList& out) {
  std::string current;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (!wrap.wrapped) {
      out.Add(lines[i].text);
      continue;
    }
    if (!current.empty()) current += ' ';
    current += lines[i].text;
    if (LastOfBlock(lines, i) || !Continues(lines[i], lines[i + 1], wrap)) {
      out.Add(current);
      current.clear();
    }
  }
}

bool HasDateOrTime(std::string_view s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    bool d0 = std::isdigit(static_cast<unsigned char>(s[i]));
    bool d2 = std::isdigit(static_cast<unsigned char>(s[i + 2]));
    char sep = s[i + 1];
    if (d0 && d2 && (sep == '/' || sep == ':')) return true;  // 21/11/2011, 09:29
  }
  return false;
}

}  // namespace

bool EndsSentence(std::string_view line) {
  // A colon also ends a line that introduces what follows.
  std::string_view t = Trim(line);
  return precis::EndsSentence(t) || t.ends_with(':');
}

bool IsTitleLike(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.empty() || Width(t) > 150) return false;
  std::size_t words = 1;
  for (std::size_t i = 1; i < t.size(); ++i)
    if (IsAsciiSpace(t[i]) && !IsAsciiSpace(t[i - 1])) ++words;
  if (words < 2 || words > 20) return false;
  char last = t.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-') return false;
  if (t.starts_with("By ") || t.starts_with("BY ") || HasDateOrTime(t)) return false;
  for (char ch : t) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return true;  // non-ASCII letter: case not checked
    if (std::isalnum(c)) return std::isupper(c) || std::isdigit(c);
  }
  return false;
}

Document ReadText(std::string_view text, const std::string& path) {
  Document doc;
  doc.id = FileStem(path);
  doc.source = path;
  std::vector<Line> lines = SplitIntoLines(text);
  Wrap wrap = AnalyzeWrap(lines);
  std::size_t from = 0;
  if (lines.size() > 1) {
    const Line& first = lines.front();
    bool wrapped_line = wrap.wrapped && !LastOfBlock(lines, 0) && first.width * 4 >= wrap.width * 3;
    if (!wrapped_line && IsTitleLike(first.text)) {
      doc.title = CollapseWhitespace(first.text);
      from = 1;
    }
  }
  ParagraphList paragraphs;
  paragraphs.Reserve(text.size());
  AddLines(lines, from, wrap, paragraphs);
  doc.text = paragraphs.Take();
  return doc;
}

}  // namespace precis::read
