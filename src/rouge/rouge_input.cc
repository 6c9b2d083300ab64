#include "rouge/rouge_input.h"

#include "base/ascii.h"

#include <cstddef>

namespace precis::rouge {
namespace {

bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

void LowerAscii(std::string& s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// Helpers for the fixed line patterns of the SEE and ISI formats. Each consumes
// from `s` at `pos` and returns false when the text does not match.
bool Literal(std::string_view s, size_t& pos, std::string_view lit) {
  if (s.substr(pos, lit.size()) != lit) return false;
  pos += lit.size();
  return true;
}

bool Digits(std::string_view s, size_t& pos) {
  size_t start = pos;
  while (pos < s.size() && IsAsciiDigit(s[pos])) ++pos;
  return pos > start;
}

bool Spaces(std::string_view s, size_t& pos) {
  size_t start = pos;
  while (pos < s.size() && IsPerlSpace(s[pos])) ++pos;
  return pos > start;
}

// [^<]+ : the captured text.
bool TextUntilTag(std::string_view s, size_t& pos, std::string_view& text) {
  size_t start = pos;
  while (pos < s.size() && s[pos] != '<') ++pos;
  text = s.substr(start, pos - start);
  return pos > start;
}

// ^<a (size="N" )?name="N">[N]</a>\s+<a href="#N" id=N>([^<]+)
bool MatchSeeLine(std::string_view line, std::string_view& text) {
  size_t pos = 0;
  if (!Literal(line, pos, "<a ")) return false;
  size_t after_a = pos;
  if (Literal(line, pos, "size=\"") && Digits(line, pos) && Literal(line, pos, "\" ")) {
    // optional size attribute consumed
  } else {
    pos = after_a;
  }
  return Literal(line, pos, "name=\"") && Digits(line, pos) && Literal(line, pos, "\">[") &&
         Digits(line, pos) && Literal(line, pos, "]</a>") && Spaces(line, pos) &&
         Literal(line, pos, "<a href=\"#") && Digits(line, pos) && Literal(line, pos, "\" id=") &&
         Digits(line, pos) && Literal(line, pos, ">") && TextUntilTag(line, pos, text);
}

// ^<S SNTNO="[0-9a-z,]+">([^<]+)</S>
bool MatchIsiLine(std::string_view line, std::string_view& text) {
  size_t pos = 0;
  if (!Literal(line, pos, "<S SNTNO=\"")) return false;
  size_t start = pos;
  while (pos < line.size() &&
         ((line[pos] >= 'a' && line[pos] <= 'z') || IsAsciiDigit(line[pos]) || line[pos] == ','))
    ++pos;
  if (pos == start) return false;
  return Literal(line, pos, "\">") && TextUntilTag(line, pos, text) && Literal(line, pos, "</S>");
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (upper == "SPL") return InputFormat::kSpl;
  if (upper == "SEE") return InputFormat::kSee;
  if (upper == "ISI") return InputFormat::kIsi;
  if (upper == "SIMPLE") return InputFormat::kSimple;
  return Status::UsageError("unknown input format '" + std::string(name) +
                            "' (expected SPL, SEE, ISI or SIMPLE)");
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kSpl:
      return "SPL";
    case InputFormat::kSee:
      return "SEE";
    case InputFormat::kIsi:
      return "ISI";
    case InputFormat::kSimple:
      return "SIMPLE";
  }
  return "SPL";
}

Result<std::vector<std::string>> ExtractUnits(std::string_view content, InputFormat format) {
  if (format == InputFormat::kSimple) {
    return Status::InputError("input format SIMPLE holds Basic Elements, not text");
  }
  std::vector<std::string> units;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    // Perl's <FH> keeps the '\n'; SPL chomps it, SEE and ISI match against it.
    size_t end = nl == std::string_view::npos ? content.size() : nl + 1;
    std::string_view line = content.substr(pos, end - pos);
    pos = end;
    std::string_view text;
    if (format == InputFormat::kSpl) {
      if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
      if (line.empty()) continue;
      text = line;
    } else if (format == InputFormat::kSee) {
      if (!MatchSeeLine(line, text)) continue;
    } else {
      if (!MatchIsiLine(line, text)) continue;
    }
    units.emplace_back(text);
    LowerAscii(units.back());
  }
  return units;
}

std::vector<std::string> UnitsFromSentences(const std::vector<std::string>& sentences) {
  std::vector<std::string> units;
  units.reserve(sentences.size());
  for (const std::string& s : sentences) {
    if (s.empty()) continue;
    units.push_back(s);
    LowerAscii(units.back());
  }
  return units;
}

std::vector<std::string_view> PerlSplitWhitespace(std::string_view s) {
  std::vector<std::string_view> fields;
  size_t pos = 0;
  bool leading = !s.empty() && IsPerlSpace(s[0]);
  if (leading) {
    while (pos < s.size() && IsPerlSpace(s[pos])) ++pos;
    if (pos == s.size()) return fields;  // only whitespace: every field is a trailing empty one
    fields.emplace_back();
  }
  while (pos < s.size()) {
    size_t start = pos;
    while (pos < s.size() && !IsPerlSpace(s[pos])) ++pos;
    fields.push_back(s.substr(start, pos - start));
    while (pos < s.size() && IsPerlSpace(s[pos])) ++pos;
  }
  return fields;
}

namespace {

std::string JoinFirstWords(std::string_view unit, size_t count) {
  std::vector<std::string_view> words = PerlSplitWhitespace(unit);
  std::string out;
  for (size_t i = 0; i < count && i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

std::vector<std::string> Truncate(const std::vector<std::string>& units, LengthLimit limit,
                                  bool lcs_byte_bug) {
  if (limit.words == 0 && limit.bytes == 0) return units;
  std::vector<std::string> out;
  size_t total = 0;
  if (limit.words != 0) {
    const size_t max = static_cast<size_t>(limit.words);
    for (const std::string& unit : units) {
      size_t len = PerlSplitWhitespace(unit).size();
      if (total + len < max) {
        out.push_back(unit);
        total += len;
      } else {
        out.push_back(JoinFirstWords(unit, max - total));
        break;
      }
    }
    return out;
  }
  const size_t max = static_cast<size_t>(limit.bytes);
  for (const std::string& unit : units) {
    if (total + unit.size() < max) {
      out.push_back(unit);
      if (!lcs_byte_bug) total += unit.size();
    } else {
      out.push_back(unit.substr(0, max - total));
      break;
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> TruncateUnits(const std::vector<std::string>& units, LengthLimit limit) {
  return Truncate(units, limit, /*lcs_byte_bug=*/false);
}

std::vector<std::string> TruncateUnitsForLcs(const std::vector<std::string>& units,
                                             LengthLimit limit) {
  return Truncate(units, limit, /*lcs_byte_bug=*/true);
}

}  // namespace precis::rouge
