// A tolerant scanner for news SGML (TREC/DUC): finds elements by name without
// assuming well-formed markup. Tag names match without regard to case; an
// element without its end tag runs to the next start tag of the same name or
// to the end of the text. Attributes (<F P=100>) are allowed. Linear time.
// Pure; thread-safe. Results point into the scanned text.
#ifndef PRECIS_READ_SGML_SCANNER_H_
#define PRECIS_READ_SGML_SCANNER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::read {

struct SgmlElement {
  std::size_t begin = 0;     // offset of '<' of the start tag
  std::size_t end = 0;       // offset just past the end tag (or content)
  std::string_view content;  // between the tags
};

// Every element named `name` (e.g. "TEXT"), in document order.
std::vector<SgmlElement> FindElements(std::string_view text, std::string_view name);

// The content of the first such element; `found` tells whether there was one.
std::string_view FirstContent(std::string_view text, std::string_view name, bool* found = nullptr);

// The text with every `name` element (tags and content) removed.
std::string RemoveElements(std::string_view text, std::string_view name);

// The text with tags removed. A '<' that does not open a tag (not followed
// by a letter, '/', '!' or '?', or not closed before the next '<') is text.
std::string StripTags(std::string_view text);

// True when `text` contains a start or end tag named `name`.
bool HasTag(std::string_view text, std::string_view name);

// Offsets of the tags named `name` (start or end tags): [begin, end) pairs.
std::vector<std::pair<std::size_t, std::size_t>> FindTags(std::string_view text,
                                                          std::string_view name);

}  // namespace precis::read

#endif  // PRECIS_READ_SGML_SCANNER_H_
