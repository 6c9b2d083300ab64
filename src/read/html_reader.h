// Reads one HTML article with gumbo: picks the article body (itemprop
// articleBody, else the largest <article>, else <main>, else <body>), drops
// page furniture (see html_boilerplate.h) and link lists (blocks whose text is
// mostly link text), turns block elements into paragraph breaks and collapses
// whitespace. Title, date and site name come from the metadata (see
// html_metadata.h). Pure; thread-safe.
#ifndef PRECIS_READ_HTML_READER_H_
#define PRECIS_READ_HTML_READER_H_

#include <string>
#include <string_view>

#include "precis/document.h"
#include "precis/status.h"

namespace precis::read {

// `html` is decoded UTF-8; `path` gives the id (file stem) and, without
// og:site_name, the source. The text may come back empty. A page beyond the
// limits of html_shape.h (nesting, attributes) is an input error.
Result<Document> ReadHtml(std::string_view html, const std::string& path);

}  // namespace precis::read

#endif  // PRECIS_READ_HTML_READER_H_
