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

// The same words one at a time, without a string per word: the hot path of
// the analyzer. `text` must outlive the scanner.
class WordScanner {
 public:
  explicit WordScanner(std::string_view text) : text_(text) {}
  // Moves to the next word; false when there is none.
  bool Next();
  std::size_t begin() const { return begin_; }
  std::size_t end() const { return end_; }
  bool has_letter() const { return has_letter_; }
  // The folded word, valid until the next Next().
  std::string_view norm() const { return norm_view_; }

 private:
  std::string_view text_;
  std::size_t next_ = 0;
  std::size_t begin_ = 0, end_ = 0;
  bool has_letter_ = false;
  std::string norm_;
  // The folded word: into the text when it is folded already (an ASCII
  // word without capitals, most words), else into norm_.
  std::string_view norm_view_;
};

// Scripts written without spaces between words (Han, Hiragana, Katakana):
// the scanner makes each such character a word of its own, so that their
// sentences have words to count and compare (character unigrams, as CJK
// retrieval and ROUGE use), and no such word is a stopword.
bool IsUnspacedScriptChar(char32_t c);

// Case-folds and NFKC-normalises a string (ASCII fast path).
std::string Fold(std::string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TOKENIZER_H_
