// Checks shared by the reader fuzzers: ParseBytes must never crash, and what
// it returns must be well formed (valid UTF-8 without control characters
// but newline and tab; loose-article texts trimmed,
// non-empty, with paragraphs separated by exactly one blank line).
#ifndef PRECIS_FUZZ_READ_FUZZ_CHECK_H_
#define PRECIS_FUZZ_READ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "precis/reader.h"

namespace precis::fuzz {

// Aborts, naming the broken check's line, so a crash report says which
// promise failed. (A macro: clang 14 has no std::source_location.)
inline void RequireAt(bool condition, int line) {
  if (condition) return;
  std::fprintf(stderr, "check failed: read_fuzz_check.h:%d\n", line);
  std::abort();
}
#define PRECIS_REQUIRE(condition) ::precis::fuzz::RequireAt((condition), __LINE__)

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Text as the loose-article readers promise it.
inline void CheckArticleText(std::string_view text) {
  PRECIS_REQUIRE(!text.empty());
  PRECIS_REQUIRE(!IsSpace(text.front()) && !IsSpace(text.back()));
  PRECIS_REQUIRE(text.find("\n\n\n") == std::string_view::npos);
  PRECIS_REQUIRE(text.find('\r') == std::string_view::npos);
}

inline void CheckParse(const uint8_t* data, size_t size, InputFormat format) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<ReadResult> r = ParseBytes(bytes, "fuzz/input.txt", format);
  if (!r.ok()) {
    PRECIS_REQUIRE(r.status().kind() == Status::Kind::kInput);
    PRECIS_REQUIRE(!r.status().message().empty());
    PRECIS_REQUIRE(r.status().message().find('\n') == std::string::npos);
    return;
  }
  bool loose =
      format == InputFormat::kText || format == InputFormat::kHtml || format == InputFormat::kSgml;
  std::size_t documents = 0;
  for (const Cluster& c : r->clusters) {
    PRECIS_REQUIRE(utf8::IsValid(c.id));
    for (const Document& d : c.documents) {
      ++documents;
      // One check per field, so the failing line names the field.
      PRECIS_REQUIRE(utf8::IsValid(d.id));
      PRECIS_REQUIRE(utf8::IsValid(d.title));
      PRECIS_REQUIRE(utf8::IsValid(d.date));
      PRECIS_REQUIRE(utf8::IsValid(d.text));
      PRECIS_REQUIRE(utf8::IsValid(d.source));
      PRECIS_REQUIRE(!d.id.empty());
      // No control characters reach a terminal or page through any field.
      PRECIS_REQUIRE(!utf8::HasControls(d.id));
      PRECIS_REQUIRE(!utf8::HasControls(d.title));
      PRECIS_REQUIRE(!utf8::HasControls(d.date));
      PRECIS_REQUIRE(!utf8::HasControls(d.source));
      PRECIS_REQUIRE(!utf8::HasControls(d.text));
      if (loose || format == InputFormat::kMultiNews) CheckArticleText(d.text);
    }
  }
  PRECIS_REQUIRE(documents > 0);
  for (const std::string& w : r->warnings) PRECIS_REQUIRE(w.find('\n') == std::string::npos);
}

}  // namespace precis::fuzz

#endif  // PRECIS_FUZZ_READ_FUZZ_CHECK_H_
