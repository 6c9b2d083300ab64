// Reads DUC/TREC newswire SGML: one Document per <DOC> element. The id is the
// <DOCNO>; the date comes from the DOCNO (AP/WSJ YYMMDD, LA MMDDYY, AQUAINT
// YYYYMMDD) or else <DATE_TIME>, <DATE>, <DATE1> or <PUBDATE>; the title is
// the first <HEADLINE>, <HEAD>, <HL> or <TI> (without FT's "FT 02 JUN 93 / ");
// the text is the lead (<LP>, <LEADPARA>) followed by every <TEXT> block,
// with <ANNOTATION> elements left out. Tolerant of unclosed tags. Pure;
// thread-safe.
#ifndef PRECIS_READ_SGML_READER_H_
#define PRECIS_READ_SGML_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis::read {

// `path` is the documents' source and, with a counter, the id of a <DOC>
// without <DOCNO>. Documents without text are skipped with a warning.
std::vector<Document> ReadSgml(std::string_view text, const std::string& path,
                               std::vector<std::string>* warnings);

// The date a DOCNO encodes ("AP880911-0016" -> "1988-09-11"), or "".
std::string DateFromDocno(std::string_view docno);

}  // namespace precis::read

#endif  // PRECIS_READ_SGML_READER_H_
