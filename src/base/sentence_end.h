// Whether a piece of text ends like a finished sentence: final . ! ? or an
// ellipsis, possibly followed by closing quotes or brackets. One rule for the
// readers (titles, wrapped lines), the cleaner (prose vs furniture), the
// analyzer (summary candidates) and the methods (cut article ends).
#ifndef PRECIS_BASE_SENTENCE_END_H_
#define PRECIS_BASE_SENTENCE_END_H_

#include <cstddef>
#include <string_view>

namespace precis {

bool EndsSentence(std::string_view text);

// Where the first sentence of a run of text ends: after a . ! or ? followed
// by a space and a capital or a quotation; the text's size when none does
// (lower-cased crawls run sentences on: "fabulousness awaits! you ...").
std::size_t FirstSentenceEnd(std::string_view text);

// The bytes of the list bullet ("\u2022", "\u25CF", "\u25AA", "\u2023",
// "\u25E6") that `text` opens with, or 0. A bullet standing between spaces in
// a run of text is a list flattened into it: it ends the sentence before it
// and opens an item (the splitter and the cleaner read it so).
inline std::size_t ListBulletLength(std::string_view text) {
  for (std::string_view bullet : {"\u2022", "\u25CF", "\u25AA", "\u2023", "\u25E6"})
    if (text.starts_with(bullet)) return bullet.size();
  return 0;
}

}  // namespace precis

#endif  // PRECIS_BASE_SENTENCE_END_H_
