// Sentence boundaries for news text: ICU's sentence break iterator with
// CLDR abbreviation suppression, plus repairs for what news text needs
// (titles before names, initials, month abbreviations, "No. 5", closing
// quotes). A splitter owns an ICU iterator and is not thread-safe; make one
// per thread (construction is cheap next to summarizing a cluster).
#ifndef PRECIS_TEXT_SENTENCE_SPLITTER_H_
#define PRECIS_TEXT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace precis::text {

// [begin, end) byte offsets into the text given to Split().
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class SentenceSplitter {
 public:
  // `language` is a Snowball language name ("english") or ISO code ("en").
  static Result<SentenceSplitter> Create(std::string_view language = "english");

  // Sentences of valid UTF-8 text; spans exclude surrounding whitespace and
  // never cross a blank line (paragraph break). Empty spans are dropped.
  std::vector<Span> Split(std::string_view text);

  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;
  ~SentenceSplitter();

 private:
  explicit SentenceSplitter(std::unique_ptr<icu::BreakIterator> it);
  void SplitParagraph(std::string_view text, std::size_t offset, std::vector<Span>& out);
  std::unique_ptr<icu::BreakIterator> it_;
  // The paragraph in UTF-16 (ICU's own form, read without a UTF-8 UText's
  // per-character decoding) and each code unit's byte offset; reused.
  std::u16string units_;
  std::vector<std::uint32_t> byte_of_unit_;
  // A paragraph's pieces between the iterator's breaks, and those joined; reused.
  std::vector<Span> pieces_, joined_;
};

// ISO 639-1 code for a Snowball language name ("english" -> "en"); the input
// when it is already a code; empty when unknown.
std::string LanguageCode(std::string_view language);

}  // namespace precis::text

#endif  // PRECIS_TEXT_SENTENCE_SPLITTER_H_
