// Analyses text once, for every later stage: ICU sentence spans, the words
// of each (folded, with byte offsets), Snowball stems and stopword flags,
// and whether a sentence may appear in a summary. The cleaner judges
// paragraphs from this analysis and the selection reads it; nothing
// tokenises or stems the same text again. An Analyzer owns an ICU iterator
// and is not thread-safe: make one per thread (creation clones a prototype).
#ifndef PRECIS_TEXT_ANALYZER_H_
#define PRECIS_TEXT_ANALYZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "text/sentence_splitter.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace precis::text {

struct AnalyzedSentence {
  std::size_t begin = 0;  // byte offsets into AnalyzedText::text
  std::size_t end = 0;
  std::size_t first_word = 0;      // [first_word, first_word + stems.size()) in AnalyzedText::words
  std::vector<std::string> stems;  // one per word: the stem, or the folded word when `stop`
  std::vector<bool> stop;          // stopword, number or one letter
  std::size_t content_words = 0;
  bool candidate = false;  // fit to appear in a summary
};

struct AnalyzedText {
  std::string text;
  std::vector<Word> words;  // offsets into `text`, in order
  std::vector<AnalyzedSentence> sentences;

  std::string_view SentenceText(std::size_t i) const {
    return std::string_view(text).substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
  }
  // Appends `other` (its offsets shifted past what is here and `separator`).
  void Append(std::string_view separator, AnalyzedText other);
};

class Analyzer {
 public:
  static Result<Analyzer> Create(const std::string& language);

  AnalyzedText Analyze(std::string text);
  // Content stems of free text (a query).
  std::vector<std::string> ContentStems(std::string_view text);
  const Stopwords& stopwords() const { return *stopwords_; }

 private:
  Analyzer(SentenceSplitter splitter, Stemmer stemmer, const std::string& language)
      : splitter_(std::move(splitter)),
        stemmer_(std::move(stemmer)),
        stopwords_(&Stopwords::For(language)) {}
  SentenceSplitter splitter_;
  Stemmer stemmer_;
  const Stopwords* stopwords_;  // shared, lives as long as the process
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_ANALYZER_H_
