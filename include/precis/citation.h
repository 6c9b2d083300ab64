// Where a statement came from, and the one model of a dated, cited fact that
// summaries, timelines and figures share: the exact text of a sentence of a
// cleaned document, where it is, and the day it speaks of. Plain values.
#ifndef PRECIS_CITATION_H_
#define PRECIS_CITATION_H_

#include <cstddef>
#include <string>

#include "precis/export.h"

namespace precis {
PRECIS_API_BEGIN

// A place in a cleaned document: sentence index and [start, end) in Unicode
// code points of Document::text.
struct Citation {
  std::string doc_id;
  std::size_t document = 0;  // index into the result's documents
  std::size_t sentence = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

// A cited sentence and its day. `text` is exactly the cited span (a summary
// sentence cut by Budget::fill is a prefix of it). `date` is YYYY-MM-DD, or
// empty when unknown: a summary sentence's is its document's date, a timeline
// sentence's the day of its entry, a figure's the day the figure is of (the
// day its sentence names, else its article's date).
struct CitedFact {
  std::string text;
  std::string date;
  Citation source;
};

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_CITATION_H_
