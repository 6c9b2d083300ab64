// Finds the paragraphs of an SGML body (the content of <TEXT>, <LP> or
// <LEADPARA>, tags still in), following the conventions of each newswire:
// <P> elements when present; otherwise a blank or indented line starts a
// paragraph, except SJMN (";" followed by 2+ whitespace characters) and FT
// (no markup: a line ends a paragraph when the next line's first word would
// have fitted on it). Tags are removed and entities decoded. Pure; thread-safe.
#ifndef PRECIS_READ_SGML_PARAGRAPHS_H_
#define PRECIS_READ_SGML_PARAGRAPHS_H_

#include <string_view>

#include "read/paragraphs.h"

namespace precis::read {

enum class SgmlLayout {
  kLines,  // blank or indented lines start paragraphs (AP, WSJ, FBIS, AQUAINT)
  kSjmn,   // San Jose Mercury News: "; " separators
  kFt,     // Financial Times: wrapped at 76 columns, no paragraph markup
};

// The layout of a document, from its DOCNO.
SgmlLayout LayoutForDocno(std::string_view docno);

// Appends the paragraphs of `body` to `out`.
void SgmlParagraphs(std::string_view body, SgmlLayout layout, ParagraphList& out);

}  // namespace precis::read

#endif  // PRECIS_READ_SGML_PARAGRAPHS_H_
