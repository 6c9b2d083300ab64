// Reads one plain-text article. Paragraphs are separated by blank lines; when
// the text is hard-wrapped (lines of similar length that mostly do not end a
// sentence) the lines of a paragraph are joined with spaces, otherwise each
// line is a paragraph. A short headline-like first line becomes the title.
// Pure; thread-safe.
#ifndef PRECIS_READ_TEXT_READER_H_
#define PRECIS_READ_TEXT_READER_H_

#include <string>
#include <string_view>

#include "precis/document.h"

namespace precis::read {

// `text` is decoded text (see text_decoder.h); `path` gives the id (the file
// stem) and the source. The text may come back empty.
Document ReadText(std::string_view text, const std::string& path);

// True for a line that reads like a headline: short, starting with a capital
// or digit, not ending like a sentence or clause, not a dateline or byline.
bool IsTitleLike(std::string_view line);

// True when the line ends a sentence (precis::EndsSentence) or a clause
// that introduces what follows (':').
bool EndsSentence(std::string_view line);

}  // namespace precis::read

#endif  // PRECIS_READ_TEXT_READER_H_
