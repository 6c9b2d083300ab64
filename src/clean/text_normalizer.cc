#include "clean/text_normalizer.h"

#include <algorithm>
#include <array>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "base/utf8.h"
#include "clean/tokenizer_spacing.h"

namespace precis::clean {
namespace {

bool IsOddSpace(char32_t c) {
  return c == 0x00A0 || c == 0x2007 || c == 0x202F || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 ||
         c == 0x1680 || c == 0x205F || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

bool IsInvisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// ASCII that NormalizeLine copies as it is: no space, no TeX quote mark,
// no character reference (a table: it is asked of every byte).
constexpr auto kPlainAscii = [] {
  std::array<bool, 256> plain{};
  for (unsigned b = 0; b < 0x80; ++b)
    plain[b] = b != ' ' && b != '\t' && b != '\v' && b != '\f' && b != '\r' && b != '`' &&
               b != '\'' && b != '&';
  return plain;
}();
bool IsPlainAscii(unsigned char b) { return kPlainAscii[b]; }

// A line NormalizeLine would give back as it is: ASCII with nothing it
// rewrites (a TeX quote, an apostrophe, a character reference, an odd
// space), single spaces between words, none at the ends nor where a
// tokenizer may have left one (before a mark, after a quote or a sign).
// Most lines of news are; one pass tells.
bool IsNormalAlready(std::string_view line) {
  if (line.empty() || line.front() == ' ' || line.back() == ' ') return false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto b = static_cast<unsigned char>(line[i]);
    if (kPlainAscii[b]) continue;
    if (b != ' ') return false;
    // (Not at either end: both neighbours are there, and the one before is plain.)
    const auto before = static_cast<unsigned char>(line[i - 1]);
    const auto after = static_cast<unsigned char>(line[i + 1]);
    if (!kPlainAscii[after] || after == '"' || after == ',' || after == '.' || before == '"' ||
        before == '$' || before == '@')
      return false;
  }
  return true;
}

// The character an HTML character reference at the start of `s` stands for
// ("&amp;", "&#124;", "&#x2019;"), with its length; {0, 0} when there is
// none. Crawled text keeps them ("AT&amp;T", "facebook &#124; twitter");
// only printable characters are decoded.
std::pair<char32_t, std::size_t> CharacterReference(std::string_view s) {
  static constexpr std::pair<std::string_view, char32_t> kNamed[] = {
      {"&amp;", U'&'},     {"&lt;", U'<'},      {"&gt;", U'>'},      {"&quot;", U'"'},
      {"&apos;", U'\''},   {"&nbsp;", 0x00A0},  {"&mdash;", 0x2014}, {"&ndash;", 0x2013},
      {"&rsquo;", 0x2019}, {"&lsquo;", 0x2018}, {"&rdquo;", 0x201D}, {"&ldquo;", 0x201C},
      {"&hellip;", 0x2026}};
  for (const auto& [name, c] : kNamed)
    if (s.starts_with(name)) return {c, name.size()};
  if (s.size() < 4 || s[1] != '#') return {0, 0};
  const bool hex = s[2] == 'x' || s[2] == 'X';
  char32_t c = 0;
  std::size_t k = hex ? 3 : 2;
  const std::size_t first = k;
  for (; k < s.size() && k - first < 7; ++k) {
    const char d = s[k];
    int v = -1;
    if (d >= '0' && d <= '9')
      v = d - '0';
    else if (hex && d >= 'a' && d <= 'f')
      v = d - 'a' + 10;
    else if (hex && d >= 'A' && d <= 'F')
      v = d - 'A' + 10;
    if (v < 0) break;
    c = c * (hex ? 16 : 10) + static_cast<char32_t>(v);
  }
  if (k == first || k >= s.size() || s[k] != ';') return {0, 0};
  const bool printable = (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) &&
                          !(c >= 0xD800 && c <= 0xDFFF) && c <= 0x10FFFF);
  return printable ? std::pair{c, k + 1} : std::pair<char32_t, std::size_t>{0, 0};
}

std::string Nfc(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, status);
  std::string out;
  if (U_FAILURE(status)) return std::string(s);
  n.toUTF8String(out);
  return out;
}

}  // namespace

std::string NormalizeLine(std::string_view line) {
  if (IsNormalAlready(line)) return std::string(line);
  // ASCII is already NFC: no copy for it.
  std::string nfc;
  std::string_view in = line;
  if (!std::all_of(line.begin(), line.end(),
                   [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    nfc = Nfc(line);
    in = nfc;
  }
  std::string out;
  out.reserve(in.size());
  bool pending_space = false;
  // Whether a space went out where a tokenizer may have left it (before a
  // mark or an apostrophe, after a quote or a currency sign): only then is
  // the line given to CloseTokenizerSpaces.
  bool maybe_tokenized = false;
  auto space_before = [&](char32_t next) {
    if (!pending_space || out.empty()) return;
    const auto last = static_cast<unsigned char>(out.back());
    if (next == '"' || next == ',' || next == '.' || next == '\'' || next == 0x201D ||
        next == 0x2019 || last == '"' || last == '$' || last == 0xA3 || last == '@')
      maybe_tokenized = true;
    out += ' ';
  };
  // A character decoded from the input: a space waits (runs collapse, none
  // at the start or end); anything else goes out after the space before it.
  auto put = [&](char32_t c) {
    if (c == ' ' || IsOddSpace(c)) {
      pending_space = true;
      return;
    }
    space_before(c);
    pending_space = false;
    utf8::Append(out, c);
  };
  std::size_t i = 0;
  while (i < in.size()) {
    // ASCII, the common case, as below without decoding: spaces and the
    // odd ones (tab, vertical tab, form feed, carriage return) collapse.
    const auto b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      ++i;
      if (b == ' ' || b == '\t' || b == '\v' || b == '\f' || b == '\r') {
        pending_space = true;
        continue;
      }
      if (b == '&') {
        if (auto [c, n] = CharacterReference(in.substr(i - 1)); n > 0) {
          i += n - 1;
          put(c);
          continue;
        }
      }
      space_before(b);
      pending_space = false;
      // TeX quotes, as wire copy of the 1990s writes them: ``Yes,'' he said.
      if ((b == '`' || b == '\'') && i < in.size() && in[i] == static_cast<char>(b)) {
        ++i;
        out += b == '`' ? "\xE2\x80\x9C" : "\xE2\x80\x9D";  // “ ”
        continue;
      }
      // A plural's apostrophe glued to the next word ("saints'days").
      if (b == '\'' && !out.empty() && out.back() == 's' && i < in.size() && in[i] >= 'a' &&
          in[i] <= 'z')
        maybe_tokenized = true;
      // The run of plain characters from here, copied at once.
      std::size_t j = i;
      while (j < in.size() && IsPlainAscii(static_cast<unsigned char>(in[j]))) ++j;
      out.append(in.data() + i - 1, j - i + 1);
      i = j;
      continue;
    }
    char32_t c = utf8::Next(in, i);
    // "Â" right before a (no-break) space is UTF-8 NBSP read as Latin-1.
    if (c == 0x00C2) {
      std::size_t j = i;
      char32_t d = j < in.size() ? utf8::Next(in, j) : U' ';
      if (d == 0x00A0 || d == ' ' || j >= in.size()) {
        pending_space = true;
        continue;
      }
    }
    if (!IsInvisible(c)) put(c);
  }
  return maybe_tokenized ? CloseTokenizerSpaces(std::move(out)) : out;
}

namespace {

// A rule drawn across the page ("______________") separates what stands
// on either side of it, as a line break does: a crawl that dropped the
// breaks glues a sign-up box to the story's last sentence across one.
constexpr std::size_t kRuleLength = 10;

// Appends the pieces of `line` between rules to `out`, trimmed.
void AppendBetweenRules(std::string line, std::vector<std::string>& out) {
  // (Most lines hold neither byte a rule is drawn with: one piece.)
  if (line.find('_') == std::string::npos && line.find('=') == std::string::npos) {
    if (line.find_first_not_of(' ') != std::string::npos) out.push_back(std::move(line));
    return;
  }
  std::size_t from = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    std::size_t run = 0;
    while (i + run < line.size() && (line[i + run] == '_' || line[i + run] == '=')) ++run;
    if (run < kRuleLength && i < line.size()) {
      if (run > 0) i += run - 1;  // past a short run, onto what follows it
      continue;
    }
    std::size_t b = from, e = i;
    while (b < e && line[b] == ' ') ++b;
    while (e > b && line[e - 1] == ' ') --e;
    const bool last = i == line.size();
    if (b < e) out.push_back(from == 0 && last ? std::move(line) : line.substr(b, e - b));
    if (last) break;
    from = i + run;
    i += run - 1;
  }
}

}  // namespace

std::vector<std::string> NormalizedParagraphs(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = NormalizeLine(text.substr(start, end - start));
    if (!line.empty()) AppendBetweenRules(std::move(line), out);
    start = end + 1;
  }
  return out;
}

}  // namespace precis::clean
