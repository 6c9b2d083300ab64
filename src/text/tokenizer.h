// Words of a sentence for matching: runs of letters and digits (with
// apostrophes inside words and decimal points or thousands separators inside
// numbers), case-folded and NFKC-normalised, curly apostrophes folded,
// possessive 's dropped. Stateless; thread-safe.
#ifndef PRECIS_TEXT_TOKENIZER_H_
#define PRECIS_TEXT_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

struct Word {
  std::string norm;       // folded form used for matching and stemming
  std::size_t begin = 0;  // byte offsets in the input
  std::size_t end = 0;
  bool has_letter = false;  // false for pure numbers
};

std::vector<Word> Tokenize(std::string_view text);

// Case-folds and NFKC-normalises a string (ASCII fast path).
std::string Fold(std::string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TOKENIZER_H_
