#include "pipeline/analyzer.h"

#include "base/sentence_end.h"
#include "text/tokenizer.h"

namespace precis::pipeline {

namespace {
constexpr std::size_t kMaxWordBytes = 128;
}  // namespace

Result<Analyzer> Analyzer::Create(const std::string& language) {
  auto splitter = text::SentenceSplitter::Create(language);
  if (!splitter.ok()) return splitter.status();
  auto stemmer = text::Stemmer::Create(language);
  if (!stemmer.ok()) return stemmer.status();
  return Analyzer(std::move(splitter).value(), std::move(stemmer).value(), language);
}

std::vector<AnalyzedSentence> Analyzer::Analyze(std::string_view text) {
  std::vector<AnalyzedSentence> out;
  for (const auto& span : splitter_.Split(text)) {
    AnalyzedSentence s;
    s.begin = span.begin;
    s.end = span.end;
    std::string_view body = text.substr(span.begin, span.end - span.begin);
    std::size_t words = 0;
    bool overlong = false;
    for (const auto& w : text::Tokenize(body)) {
      overlong |= w.norm.size() > kMaxWordBytes;
      bool stop = !w.has_letter || stopwords_->Contains(w.norm);
      s.stems.push_back(stop ? w.norm : stemmer_.Stem(w.norm));
      s.stop.push_back(stop);
      if (!stop) ++s.content_words;
      ++words;
    }
    // Headings, captions and fragments are kept in the text but not offered
    // for the summary: a candidate is a finished sentence, or a long line.
    // A "word" of hundreds of bytes is a web address, code or garbage, and
    // would let a one-word budget hold a megabyte.
    s.candidate =
        s.content_words >= 2 && words >= 5 && (EndsSentence(body) || words >= 12) && !overlong;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> Analyzer::ContentStems(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& w : text::Tokenize(text))
    if (w.has_letter && !stopwords_->Contains(w.norm)) out.push_back(stemmer_.Stem(w.norm));
  return out;
}

}  // namespace precis::pipeline
