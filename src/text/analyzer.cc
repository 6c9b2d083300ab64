#include "text/analyzer.h"

#include "base/sentence_end.h"

namespace precis::text {

namespace {
constexpr std::size_t kMaxWordBytes = 128;
}  // namespace

Result<Analyzer> Analyzer::Create(const std::string& language) {
  auto splitter = SentenceSplitter::Create(language);
  if (!splitter.ok()) return splitter.status();
  auto stemmer = Stemmer::Create(language);
  if (!stemmer.ok()) return stemmer.status();
  return Analyzer(std::move(splitter).value(), std::move(stemmer).value(), language);
}

AnalyzedText Analyzer::Analyze(std::string text) {
  AnalyzedText out;
  out.text = std::move(text);
  const std::string_view all = out.text;
  for (const auto& span : splitter_.Split(all)) {
    AnalyzedSentence s;
    s.begin = span.begin;
    s.end = span.end;
    s.first_word = out.words.size();
    std::string_view body = all.substr(span.begin, span.end - span.begin);
    std::size_t words = 0;
    bool overlong = false;
    for (auto& w : Tokenize(body)) {
      overlong |= w.norm.size() > kMaxWordBytes;
      bool stop = !w.has_letter || stopwords_->Contains(w.norm);
      s.stems.push_back(stop ? w.norm : stemmer_.Stem(w.norm));
      s.stop.push_back(stop);
      if (!stop) ++s.content_words;
      ++words;
      w.begin += span.begin;
      w.end += span.begin;
      out.words.push_back(std::move(w));
    }
    // Headings, captions and fragments are kept in the text but not offered
    // for the summary: a candidate is a finished sentence, or a long line.
    // A "word" of hundreds of bytes is a web address, code or garbage, and
    // would let a one-word budget hold a megabyte.
    s.candidate =
        s.content_words >= 2 && words >= 5 && (EndsSentence(body) || words >= 12) && !overlong;
    out.sentences.push_back(std::move(s));
  }
  return out;
}

void AnalyzedText::Append(std::string_view separator, AnalyzedText other) {
  if (!text.empty()) text += separator;
  const std::size_t shift = text.size(), word_shift = words.size();
  text += other.text;
  for (auto& w : other.words) {
    w.begin += shift;
    w.end += shift;
    words.push_back(std::move(w));
  }
  for (auto& s : other.sentences) {
    s.begin += shift;
    s.end += shift;
    s.first_word += word_shift;
    sentences.push_back(std::move(s));
  }
}

std::vector<std::string> Analyzer::ContentStems(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& w : Tokenize(text))
    if (w.has_letter && !stopwords_->Contains(w.norm)) out.push_back(stemmer_.Stem(w.norm));
  return out;
}

}  // namespace precis::text
