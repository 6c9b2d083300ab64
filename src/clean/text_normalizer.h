// Puts raw article text into the form every later stage sees: NFC, odd
// spaces (no-break, thin, zero-width) made plain, mojibake of the no-break
// space ("Â ") repaired, whitespace inside a paragraph collapsed, and one
// paragraph per line-separated block, TeX quotes (``so'') made typographic
// (“so”), HTML character references a crawl left ("AT&amp;T", "&#124;")
// decoded, and the spaces a tokenizer left closed up (`" so "` -> `"so"`,
// `$ 3` -> `$3`; see tokenizer_spacing.h). Pure functions; thread-safe.
#ifndef PRECIS_CLEAN_TEXT_NORMALIZER_H_
#define PRECIS_CLEAN_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::clean {

// Paragraphs of `text`: split at line breaks, each normalised and trimmed;
// empty ones dropped.
std::vector<std::string> NormalizedParagraphs(std::string_view text);

// NFC plus space repairs for one line.
std::string NormalizeLine(std::string_view line);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_TEXT_NORMALIZER_H_
