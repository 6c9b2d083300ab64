#include "read/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>

#include "base/utf8.h"

namespace precis::read {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (Lower(s[pos + i]) != prefix[i]) return false;
  return true;
}

// One attribute of a tag, read as the prescan's "get an attribute" does.
// Returns false at the tag's end ('>' or the end of the bytes).
bool NextAttribute(std::string_view s, std::size_t& pos, std::string& name, std::string& value) {
  name.clear();
  value.clear();
  while (pos < s.size() && (IsHtmlSpace(s[pos]) || s[pos] == '/')) ++pos;
  if (pos >= s.size() || s[pos] == '>') return false;
  while (pos < s.size() && !IsHtmlSpace(s[pos]) && s[pos] != '/' && s[pos] != '>' &&
         (s[pos] != '=' || name.empty())) {
    name += Lower(s[pos++]);
  }
  while (pos < s.size() && IsHtmlSpace(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return true;  // no value
  ++pos;
  while (pos < s.size() && IsHtmlSpace(s[pos])) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) {
    char quote = s[pos++];
    while (pos < s.size() && s[pos] != quote) value += s[pos++];
    if (pos < s.size()) ++pos;
    return true;
  }
  while (pos < s.size() && !IsHtmlSpace(s[pos]) && s[pos] != '>') value += s[pos++];
  return true;
}

// "text/html; charset=X" -> "X" (the spec's "extracting a character
// encoding from a meta element").
std::string CharsetFromContent(std::string_view content) {
  std::string lowered = Lowered(content);
  std::size_t pos = 0;
  while (true) {
    pos = lowered.find("charset", pos);
    if (pos == std::string::npos) return "";
    pos += 7;
    while (pos < content.size() && IsHtmlSpace(content[pos])) ++pos;
    if (pos < content.size() && content[pos] == '=') break;
  }
  ++pos;
  while (pos < content.size() && IsHtmlSpace(content[pos])) ++pos;
  if (pos >= content.size()) return "";
  if (content[pos] == '"' || content[pos] == '\'') {
    std::size_t end = content.find(content[pos], pos + 1);
    if (end == std::string_view::npos) return "";
    return std::string(content.substr(pos + 1, end - pos - 1));
  }
  std::size_t end = pos;
  while (end < content.size() && !IsHtmlSpace(content[end]) && content[end] != ';') ++end;
  return std::string(content.substr(pos, end - pos));
}

bool PlausibleLabel(std::string_view label) {
  if (label.empty() || label.size() > 40) return false;
  return std::all_of(label.begin(), label.end(), [](char c) {
    return IsAsciiLetter(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == ':' || c == '-';
  });
}

// Reads the attributes of a <meta> tag; the declared label or "".
std::string MetaCharset(std::string_view s, std::size_t& pos) {
  std::string name, value, charset, content;
  bool http_equiv = false, got_charset = false, got_content = false;
  while (NextAttribute(s, pos, name, value)) {
    if (name == "charset" && !got_charset) {
      got_charset = true;
      charset = value;
    } else if (name == "content" && !got_content) {
      got_content = true;
      content = value;
    } else if (name == "http-equiv") {
      http_equiv = http_equiv || Lowered(value) == "content-type";
    }
  }
  if (got_charset) return charset;
  if (http_equiv && got_content) return CharsetFromContent(content);
  return "";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Writes U+FFFD for an input sequence the charset does not define (ICU's
// own substitute callback writes U+001A for single-byte charsets), and
// counts them.
void ToReplacement(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                   UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  // The spec's prescan reads 1024 bytes, but browsers also obey a <meta>
  // the parser meets later in the head (of 248 pages of the extraction dev
  // set, two declare iso-8859-1 and iso-8859-2 at bytes 1517 and 1222).
  std::string_view s = bytes.substr(0, 1 << 16);
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (s[pos] != '<') {
      ++pos;
      continue;
    }
    if (s.substr(pos).starts_with("<!--")) {
      std::size_t end = s.find("-->", pos + 2);
      if (end == std::string_view::npos) break;
      pos = end + 3;
    } else if (StartsWithNoCase(s, pos, "<meta") && pos + 5 < s.size() &&
               (IsHtmlSpace(s[pos + 5]) || s[pos + 5] == '/')) {
      pos += 5;
      std::string label = Lowered(MetaCharset(s, pos));
      while (!label.empty() && IsHtmlSpace(label.back())) label.pop_back();
      while (!label.empty() && IsHtmlSpace(label.front())) label.erase(0, 1);
      if (PlausibleLabel(label)) return label;
    } else if (pos + 1 < s.size() && (IsAsciiLetter(static_cast<unsigned char>(s[pos + 1])) ||
                                      (s[pos + 1] == '/' && pos + 2 < s.size() &&
                                       IsAsciiLetter(static_cast<unsigned char>(s[pos + 2]))))) {
      // Another tag: its attributes are skipped (a '>' inside a quoted
      // value does not end it). The head ends at <body>.
      if (StartsWithNoCase(s, pos, "<body") &&
          (pos + 5 == s.size() || IsHtmlSpace(s[pos + 5]) || s[pos + 5] == '>')) {
        break;
      }
      while (pos < s.size() && !IsHtmlSpace(s[pos]) && s[pos] != '>') ++pos;
      std::string name, value;
      while (NextAttribute(s, pos, name, value)) {
      }
    } else if (s.substr(pos).starts_with("<!") || s.substr(pos).starts_with("</") ||
               s.substr(pos).starts_with("<?")) {
      std::size_t end = s.find('>', pos);
      if (end == std::string_view::npos) break;
      pos = end + 1;
    } else {
      ++pos;
    }
  }
  return "";
}

std::string HtmlCharsetName(std::string_view label) {
  static constexpr std::array<std::string_view, 17> kWindows1252 = {
      "ansi_x3.4-1968", "ascii",           "cp1252",     "cp819",     "csisolatin1",
      "ibm819",         "iso-8859-1",      "iso-ir-100", "iso8859-1", "iso88591",
      "iso_8859-1",     "iso_8859-1:1987", "l1",         "latin1",    "us-ascii",
      "x-cp1252",       "x-user-defined"};
  static constexpr std::array<std::string_view, 10> kWindows1254 = {
      "cp1254",   "csisolatin5", "iso-8859-9",      "iso-ir-148", "iso8859-9",
      "iso88599", "iso_8859-9",  "iso_8859-9:1989", "l5",         "latin5"};
  std::string lowered = Lowered(label);
  auto in = [&](const auto& list) {
    return std::find(list.begin(), list.end(), lowered) != list.end();
  };
  if (in(kWindows1252)) return "windows-1252";
  if (in(kWindows1254)) return "windows-1254";
  if (lowered == "utf-16" || lowered == "utf-16le" || lowered == "utf-16be" ||
      lowered == "unicode" || lowered == "ucs-2") {
    return "utf-8";  // the page was read as ASCII to find the declaration
  }
  return lowered;
}

bool IsUtf8Name(std::string_view name) {
  std::string lowered = Lowered(name);
  return lowered == "utf-8" || lowered == "utf8" || lowered == "unicode-1-1-utf-8" ||
         lowered == "unicode11utf8" || lowered == "unicode20utf8" || lowered == "x-unicode20utf8";
}

std::optional<Converted> ToUtf8(std::string_view bytes, const std::string& charset) {
  if (charset.empty()) return std::nullopt;  // ICU would open its default converter
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr source(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err) || source == nullptr) return std::nullopt;
  ConverterPtr target(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || target == nullptr) return std::nullopt;
  Converted out;
  ucnv_setToUCallBack(source.get(), ToReplacement, &out.replaced, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return std::nullopt;
  out.text.reserve(bytes.size() + bytes.size() / 4);
  std::array<char, 1 << 16> buffer;
  std::array<UChar, 1 << 12> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* in = bytes.data();
  const char* in_end = bytes.data() + bytes.size();
  bool reset = true;
  do {
    err = U_ZERO_ERROR;
    char* t = buffer.data();
    ucnv_convertEx(target.get(), source.get(), &t, buffer.data() + buffer.size(), &in, in_end,
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset,
                   /*flush=*/true, &err);
    reset = false;
    out.text.append(buffer.data(), static_cast<std::size_t>(t - buffer.data()));
  } while (err == U_BUFFER_OVERFLOW_ERROR);
  if (U_FAILURE(err)) return std::nullopt;
  if (!utf8::IsValid(out.text)) out.text = utf8::MakeValid(out.text).text;
  return out;
}

std::string GuessLegacyCharset(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  std::size_t invalid = 0, multibyte = 0, by_letters = 0, first_bad = 0;
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0x80) {
      ++multibyte;
    } else if (c < 0) {
      if (invalid++ == 0) first_bad = static_cast<std::size_t>(start);
      if ((start > 0 && IsAsciiLetter(s[start - 1])) || (i < n && IsAsciiLetter(s[i])))
        ++by_letters;
    }
  }
  if (invalid < 2 || invalid <= multibyte) return "";
  if (by_letters * 2 < invalid && invalid < 8) return "";
  // The detector reads at most 64 KB, from a little before the first
  // invalid byte.
  std::size_t from = first_bad > 1024 ? first_bad - 1024 : 0;
  std::string_view sample = bytes.substr(from, 1 << 16);
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&err),
                                                                          ucsdet_close);
  if (U_FAILURE(err)) return "";
  ucsdet_enableInputFilter(detector.get(), true);  // skip HTML markup
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &err);
  if (U_FAILURE(err)) return "";
  for (int32_t k = 0; k < count; ++k) {
    std::string_view name = ucsdet_getName(matches[k], &err);
    int32_t confidence = ucsdet_getConfidence(matches[k], &err);
    if (U_FAILURE(err) || confidence < 20) return "";
    // Unicode forms (these bytes are not UTF-8, and UTF-16 would have NUL
    // bytes) and EBCDIC are not what ASCII-looking text is in.
    if (name.starts_with("UTF") || name.starts_with("IBM4")) continue;
    return name == "ISO-8859-1" ? "windows-1252" : std::string(name);
  }
  return "";
}

}  // namespace precis::read
