#include "text/analyzer.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "base/parallel.h"
#include "base/sentence_end.h"

namespace precis::text {

namespace {
constexpr std::size_t kMaxWordBytes = 128;

// The sentence of `text` whose text is `body`, looked for from `*next` on
// (edits keep the sentences' order), or nullptr; `*next` moves past it. The
// search goes a bounded way, so that a long paragraph costs linear time.
const AnalyzedSentence* FindSentence(const AnalyzedText& text, std::string_view body,
                                     std::size_t* next) {
  constexpr std::size_t kLookAhead = 64;
  const std::size_t end = std::min(text.sentences.size(), *next + kLookAhead);
  for (std::size_t k = *next; k < end; ++k) {
    const AnalyzedSentence& s = text.sentences[k];
    if (s.end - s.begin == body.size() &&
        std::string_view(text.text).substr(s.begin, body.size()) == body) {
      *next = k + 1;
      return &s;
    }
  }
  return nullptr;
}
}  // namespace

Result<Analyzer> Analyzer::Create(const std::string& language) {
  auto splitter = SentenceSplitter::Create(language);
  if (!splitter.ok()) return splitter.status();
  auto stemmer = Stemmer::Create(language);
  if (!stemmer.ok()) return stemmer.status();
  return Analyzer(std::move(splitter).value(), std::move(stemmer).value(), language);
}

AnalyzedText Analyzer::Analyze(std::string text) {
  return Analyze(std::move(text), nullptr, nullptr);
}

AnalyzedText Analyzer::AnalyzeEdited(std::string text, const AnalyzedText& before,
                                     std::vector<std::size_t>* read) {
  return Analyze(std::move(text), &before, read);
}

AnalyzedText Analyzer::Analyze(std::string text, const AnalyzedText* before,
                               std::vector<std::size_t>* read) {
  AnalyzedText out;
  if (text.size() > AnalyzedText::kMaxBytes) text.resize(AnalyzedText::kMaxBytes);
  out.text = std::move(text);
  const std::string_view all = out.text;
  // Words and sentences gather in the analyzer's own arrays and are copied
  // out at their exact size: kept for every document of a cluster, growth
  // slack would be a third of their memory.
  std::vector<AnalyzedWord>& words = words_;
  std::vector<AnalyzedSentence>& sentences = sentences_;
  words.clear();
  sentences.clear();
  std::size_t next_before = 0;  // where to look for the next sentence in `before`
  for (const auto& span : splitter_.Split(all)) {
    AnalyzedSentence s;
    s.begin = span.begin;
    s.end = span.end;
    s.first_word = words.size();
    std::string_view body = all.substr(span.begin, span.end - span.begin);
    if (before != nullptr) {
      if (const AnalyzedSentence* same = FindSentence(*before, body, &next_before)) {
        for (const AnalyzedWord& word : before->WordsOf(*same)) {
          AnalyzedWord w = word;
          w.begin = static_cast<std::uint32_t>(w.begin - same->begin + span.begin);
          words.push_back(w);
        }
        s.words = same->words;
        s.content_words = same->content_words;
        s.candidate = same->candidate;
        sentences.push_back(s);
        continue;
      }
      if (read != nullptr) read->push_back(sentences.size());
    }
    bool overlong = false;
    WordScanner scanner(body);
    while (scanner.Next()) {
      const std::string_view norm = scanner.norm();
      overlong |= norm.size() > kMaxWordBytes;
      AnalyzedWord w;
      w.begin = static_cast<std::uint32_t>(span.begin + scanner.begin());
      w.norm = lexicon_.Intern(norm);
      w.has_letter = scanner.has_letter();
      if (!Classify(w.norm, w.has_letter).stop) ++s.content_words;
      ++s.words;
      words.push_back(w);
    }
    // Headings, captions and fragments are kept in the text but not offered
    // for the summary: a candidate is a finished sentence, or a long line.
    // A "word" of hundreds of bytes is a web address, code or garbage, and
    // would let a one-word budget hold a megabyte.
    s.candidate =
        s.content_words >= 2 && s.words >= 5 && (EndsSentence(body) || s.words >= 12) && !overlong;
    sentences.push_back(s);
  }
  out.words.assign(words.begin(), words.end());
  out.sentences.assign(sentences.begin(), sentences.end());
  if (words.capacity() > kMaxKeptScratch) words = {};
  if (sentences.capacity() > kMaxKeptScratch) sentences = {};
  return out;
}

TermToken Analyzer::Classify(Lexicon::Id norm, bool has_letter) {
  if (lexicon_.HasClass(norm, has_letter)) return lexicon_.ClassOf(norm, has_letter);
  word_.assign(lexicon_.Text(norm));
  TermToken c;
  c.stop = !has_letter || stopwords_->Contains(word_);
  c.term = c.stop ? norm : lexicon_.Intern(stemmer_.Stem(word_));
  lexicon_.SetClass(norm, has_letter, c);
  return c;
}

std::size_t WordEnd(std::string_view sentence, std::size_t sentence_begin, const AnalyzedWord& w) {
  WordScanner scanner(sentence.substr(w.begin - sentence_begin));
  return scanner.Next() ? w.begin + scanner.end() : w.begin;
}

std::vector<TermToken> TermTokensOf(std::span<const AnalyzedWord> words, const Lexicon& lexicon) {
  std::vector<TermToken> out;
  out.reserve(words.size());
  for (const AnalyzedWord& w : words) out.push_back(TokenOf(w, lexicon));
  return out;
}

AnalyzedText AnalyzedText::Join(std::string_view separator, std::vector<AnalyzedText> parts) {
  if (parts.size() == 1) return std::move(parts[0]);
  AnalyzedText out;
  std::size_t bytes = 0, words = 0, sentences = 0;
  for (const auto& p : parts) {
    bytes += p.text.size() + separator.size();
    words += p.words.size();
    sentences += p.sentences.size();
  }
  out.text.reserve(bytes);
  out.words.reserve(words);
  out.sentences.reserve(sentences);
  for (auto& p : parts) {
    if (!out.text.empty()) out.text += separator;
    const std::size_t shift = out.text.size(), word_shift = out.words.size();
    out.text += p.text;
    for (auto w : p.words) {
      w.begin += static_cast<std::uint32_t>(shift);
      out.words.push_back(w);
    }
    for (auto s : p.sentences) {
      s.begin += shift;
      s.end += shift;
      s.first_word += word_shift;
      out.sentences.push_back(s);
    }
    p = AnalyzedText();
  }
  return out;
}

std::vector<Lexicon::Id> Analyzer::Adopt(const Lexicon& other) {
  std::vector<Lexicon::Id> map(other.size());
  for (std::size_t id = 0; id < other.size(); ++id)
    map[id] = lexicon_.Intern(other.Text(static_cast<Lexicon::Id>(id)));
  // The classes other's words have there (this lexicon's are the same
  // where it has them: a word's class depends on its text alone).
  for (std::size_t id = 0; id < other.size(); ++id)
    for (const bool has_letter : {false, true}) {
      const auto norm = static_cast<Lexicon::Id>(id);
      if (!other.HasClass(norm, has_letter) || lexicon_.HasClass(map[id], has_letter)) continue;
      const TermToken c = other.ClassOf(norm, has_letter);
      lexicon_.SetClass(map[id], has_letter, {map[c.term], c.stop});
    }
  return map;
}

void RemapIds(std::span<AnalyzedWord> words, std::span<const Lexicon::Id> map) {
  for (AnalyzedWord& w : words) {
    w.norm = map[w.norm];
  }
}

void AnalyzeInChunks(
    const std::vector<std::size_t>& bounds, Analyzer& analyzer,
    const std::function<void(std::size_t, Analyzer&)>& work,
    const std::function<void(std::size_t, std::span<const Lexicon::Id>)>& adopted) {
  std::vector<std::unique_ptr<Analyzer>> own(bounds.size() - 1);
  RunChunks(bounds, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
    Analyzer* a = &analyzer;
    if (chunk > 0) {
      auto made = Analyzer::Create(analyzer.language());
      if (!made.ok()) throw std::runtime_error(made.status().message());
      own[chunk] = std::make_unique<Analyzer>(std::move(made).value());
      a = own[chunk].get();
    }
    for (std::size_t d = begin; d < end; ++d) work(d, *a);
  });
  for (std::size_t chunk = 1; chunk + 1 < bounds.size(); ++chunk) {
    const std::vector<Lexicon::Id> map = analyzer.Adopt(own[chunk]->lexicon());
    own[chunk].reset();
    for (std::size_t d = bounds[chunk]; d < bounds[chunk + 1]; ++d) adopted(d, map);
  }
}

std::vector<Lexicon::Id> Analyzer::ContentTerms(std::string_view text) {
  std::vector<Lexicon::Id> out;
  for (const auto& w : Tokenize(text))
    if (w.has_letter && !stopwords_->Contains(w.norm))
      out.push_back(lexicon_.Intern(stemmer_.Stem(w.norm)));
  return out;
}

std::vector<Lexicon::Id> Analyzer::KnownContentTerms(std::string_view text) {
  std::vector<Lexicon::Id> out;
  for (const auto& w : Tokenize(text))
    if (w.has_letter && !stopwords_->Contains(w.norm))
      if (const Lexicon::Id id = lexicon_.Find(stemmer_.Stem(w.norm)); id != Lexicon::kNotFound)
        out.push_back(id);
  return out;
}

std::vector<std::string> Analyzer::ContentStems(std::string_view text) {
  std::vector<std::string> out;
  for (Lexicon::Id term : ContentTerms(text)) out.emplace_back(lexicon_.Text(term));
  return out;
}

namespace {

// The thread's own Analyzer and whether it is lent out.
struct ThreadAnalyzer {
  std::string language;
  std::unique_ptr<Analyzer> analyzer;
  bool lent = false;
};

ThreadAnalyzer& ThisThreadsAnalyzer() {
  thread_local ThreadAnalyzer own;
  return own;
}

}  // namespace

Result<AnalyzerLease> AnalyzerLease::Borrow(const std::string& language) {
  ThreadAnalyzer& own = ThisThreadsAnalyzer();
  if (!own.lent && own.analyzer != nullptr && own.language == language) {
    own.lent = true;
    return AnalyzerLease(own.analyzer.get(), nullptr);
  }
  auto fresh = Analyzer::Create(language);
  if (!fresh.ok()) return fresh.status();
  auto analyzer = std::make_unique<Analyzer>(std::move(fresh).value());
  if (!own.lent) {  // becomes the thread's own (for this language)
    own.language = language;
    own.analyzer = std::move(analyzer);
    own.lent = true;
    return AnalyzerLease(own.analyzer.get(), nullptr);
  }
  Analyzer* raw = analyzer.get();
  return AnalyzerLease(raw, std::move(analyzer));
}

AnalyzerLease::AnalyzerLease(AnalyzerLease&& other) noexcept
    : analyzer_(other.analyzer_), owned_(std::move(other.owned_)) {
  other.analyzer_ = nullptr;
}

AnalyzerLease::~AnalyzerLease() {
  if (analyzer_ == nullptr || owned_ != nullptr) return;
  ThreadAnalyzer& own = ThisThreadsAnalyzer();
  own.lent = false;
  if (own.analyzer != nullptr && own.analyzer->lexicon().size() > kMaxKeptWords)
    own.analyzer.reset();
}

}  // namespace precis::text
