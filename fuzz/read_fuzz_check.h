// Checks shared by the reader fuzzers: ParseBytes must never crash, and what
// it returns must be well formed (valid UTF-8; loose-article texts trimmed,
// non-empty, with paragraphs separated by exactly one blank line).
#ifndef PRECIS_FUZZ_READ_FUZZ_CHECK_H_
#define PRECIS_FUZZ_READ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "precis/reader.h"

namespace precis::fuzz {

inline void Require(bool condition) {
  if (!condition) std::abort();
}

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Text as the loose-article readers promise it.
inline void CheckArticleText(std::string_view text) {
  Require(!text.empty());
  Require(!IsSpace(text.front()) && !IsSpace(text.back()));
  Require(text.find("\n\n\n") == std::string_view::npos);
  Require(text.find('\r') == std::string_view::npos);
}

inline void CheckParse(const uint8_t* data, size_t size, InputFormat format) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Result<ReadResult> r = ParseBytes(bytes, "fuzz/input.txt", format);
  if (!r.ok()) {
    Require(r.status().kind() == Status::Kind::kInput);
    Require(!r.status().message().empty());
    Require(r.status().message().find('\n') == std::string::npos);
    return;
  }
  bool loose =
      format == InputFormat::kText || format == InputFormat::kHtml || format == InputFormat::kSgml;
  std::size_t documents = 0;
  for (const Cluster& c : r->clusters) {
    Require(utf8::IsValid(c.id));
    for (const Document& d : c.documents) {
      ++documents;
      Require(utf8::IsValid(d.id) && utf8::IsValid(d.title) && utf8::IsValid(d.date) &&
              utf8::IsValid(d.text) && utf8::IsValid(d.source));
      Require(!d.id.empty());
      if (loose || format == InputFormat::kMultiNews) CheckArticleText(d.text);
    }
  }
  Require(documents > 0);
  for (const std::string& w : r->warnings) Require(w.find('\n') == std::string::npos);
}

}  // namespace precis::fuzz

#endif  // PRECIS_FUZZ_READ_FUZZ_CHECK_H_
