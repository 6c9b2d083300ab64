// Markdown pieces shared by the summary, timeline and figures renderings:
// text from articles escaped so it stays text, one line naming a source
// document, and the sources numbered as they are first cited. Pure
// functions (thread-safe); a SourceNumbers belongs to one rendering.
#ifndef PRECIS_RENDER_MARKDOWN_H_
#define PRECIS_RENDER_MARKDOWN_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis::render {

// `text` escaped so that nothing in it becomes a link, an image, raw HTML,
// formatting or a list.
std::string MarkdownEscaped(std::string_view text);

// "*Title* (id, date, source)", or "id (date, source)" without a title.
std::string MarkdownSource(const Document& d);

// Documents numbered 1, 2, ... in order of first citation, and the
// "**Sources**" list that closes a page.
class SourceNumbers {
 public:
  // The number of document `doc`, given at its first citation.
  int operator()(std::size_t doc);
  // "**Sources**" and one line "n. source" per cited document, in number
  // order (those within `documents`).
  std::string List(const std::vector<Document>& documents) const;

 private:
  std::map<std::size_t, int> number_;
  std::vector<std::size_t> cited_;  // in number order
};

}  // namespace precis::render

#endif  // PRECIS_RENDER_MARKDOWN_H_
