// Article lines of a stream: {"id", "url"?, "title"?, "date"?, "source"?,
// "text" | "html"} (HTML is read as `summarize` reads a page; dates are
// normalised to ISO 8601). A cluster line (with "documents") gives each of
// its documents. Pure; thread-safe.
#ifndef PRECIS_STORE_ARTICLE_LINES_H_
#define PRECIS_STORE_ARTICLE_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/store.h"

namespace precis::store {

// Appends the line's articles to `out`; returns the problem ("" when fine).
std::string ParseArticleLine(std::string_view line, std::vector<Article>& out);

}  // namespace precis::store

#endif  // PRECIS_STORE_ARTICLE_LINES_H_
