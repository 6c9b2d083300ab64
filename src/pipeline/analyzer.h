// Turns cleaned documents into sentences with their words: ICU sentence
// spans, folded tokens, Snowball stems and stopword flags. Owns an ICU
// iterator and a stemmer cache, so it is not thread-safe: one per call.
#ifndef PRECIS_PIPELINE_ANALYZER_H_
#define PRECIS_PIPELINE_ANALYZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "text/sentence_splitter.h"
#include "text/stemmer.h"
#include "text/stopwords.h"

namespace precis::pipeline {

struct AnalyzedSentence {
  std::size_t begin = 0;  // byte offsets into the cleaned document text
  std::size_t end = 0;
  std::vector<std::string> stems;  // one per word
  std::vector<bool> stop;          // stopword, number or one letter
  std::size_t content_words = 0;
  bool candidate = false;  // fit to appear in a summary
};

class Analyzer {
 public:
  static Result<Analyzer> Create(const std::string& language);

  std::vector<AnalyzedSentence> Analyze(std::string_view text);
  // Content stems of free text (a query).
  std::vector<std::string> ContentStems(std::string_view text);

 private:
  Analyzer(text::SentenceSplitter splitter, text::Stemmer stemmer, const std::string& language)
      : splitter_(std::move(splitter)),
        stemmer_(std::move(stemmer)),
        stopwords_(&text::Stopwords::For(language)) {}
  text::SentenceSplitter splitter_;
  text::Stemmer stemmer_;
  const text::Stopwords* stopwords_;  // shared, lives as long as the process
};

}  // namespace precis::pipeline

#endif  // PRECIS_PIPELINE_ANALYZER_H_
