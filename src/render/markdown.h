// Markdown pieces shared by the summary and timeline renderings: text from
// articles escaped so it stays text, and one line naming a source document.
// Pure functions; thread-safe.
#ifndef PRECIS_RENDER_MARKDOWN_H_
#define PRECIS_RENDER_MARKDOWN_H_

#include <string>
#include <string_view>

#include "precis/document.h"

namespace precis::render {

// `text` escaped so that nothing in it becomes a link, an image, raw HTML,
// formatting or a list.
std::string MarkdownEscaped(std::string_view text);

// "*Title* (id, date, source)", or "id (date, source)" without a title.
std::string MarkdownSource(const Document& d);

}  // namespace precis::render

#endif  // PRECIS_RENDER_MARKDOWN_H_
