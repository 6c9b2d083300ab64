// Analyses text once, for every later stage: ICU sentence spans, the words
// of each (folded, with byte offsets), Snowball stems and stopword flags,
// and whether a sentence may appear in a summary. The cleaner judges
// paragraphs from this analysis and the selection reads it; nothing
// tokenises or stems the same text again. An Analyzer owns an ICU iterator
// and is not thread-safe: make one per thread (creation clones a prototype).
#ifndef PRECIS_TEXT_ANALYZER_H_
#define PRECIS_TEXT_ANALYZER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/chunk_pool.h"
#include "precis/status.h"
#include "text/lexicon.h"
#include "text/sentence_splitter.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace precis::text {

// A word as later stages see it: where it starts, and its folded form's id.
// 8 bytes: one is kept for every word of every document of a cluster (its
// stem and stopword flag, properties of the folded word, are the lexicon's:
// TokenOf()). Ids take 31 bits (a lexicon of 2^31 words would need tens of
// gigabytes).
struct AnalyzedWord {
  std::uint32_t begin = 0;    // byte offset into AnalyzedText::text (the end: WordEnd())
  Lexicon::Id norm : 31 = 0;  // the folded word
  bool has_letter : 1 = false;
  bool operator==(const AnalyzedWord&) const = default;
};
static_assert(sizeof(AnalyzedWord) == 8);

// Where word `w` of `sentence` ends: a byte offset into the text, as
// `sentence_begin` and `w.begin` are. The word is read again from its start
// (a word's extent depends on its own characters alone): few readers need
// it, and keeping it would make every word of a cluster half as large again.
std::size_t WordEnd(std::string_view sentence, std::size_t sentence_begin, const AnalyzedWord& w);

// The word's stem and stopword flag, from the lexicon its ids refer to.
inline TermToken TokenOf(const AnalyzedWord& w, const Lexicon& lexicon) {
  return lexicon.ClassOf(w.norm, w.has_letter);
}
// The same for code reading words and tokens alike.
inline TermToken TokenOf(const TermToken& t, const Lexicon&) { return t; }
std::vector<TermToken> TermTokensOf(std::span<const AnalyzedWord> words, const Lexicon& lexicon);

// 24 bytes (32-bit offsets and counts: texts are at most kMaxBytes): one is
// kept for every sentence of every document of a cluster.
struct AnalyzedSentence {
  std::uint32_t begin = 0;  // byte offsets into AnalyzedText::text
  std::uint32_t end = 0;
  std::uint32_t first_word = 0;  // [first_word, first_word + words) in AnalyzedText::words
  std::uint32_t words = 0;
  std::uint32_t content_words = 0;
  bool candidate = false;  // fit to appear in a summary
  // Inside a quotation an earlier sentence of its paragraph opened, with no
  // speaker of its own (MarkQuotations, text/context_dependence.h).
  bool in_quotation = false;
  bool operator==(const AnalyzedSentence&) const = default;
};
static_assert(sizeof(AnalyzedSentence) == 24);

// A text's words, from the chunk pool: a large cluster's words are most of
// its memory and are freed document by document (base/chunk_pool.h).
using AnalyzedWords = std::vector<AnalyzedWord, PooledAllocator<AnalyzedWord>>;

// Text and its analysis; ids refer to the lexicon of the Analyzer that made
// it. Texts are at most kMaxBytes (offsets are 32-bit).
struct AnalyzedText {
  static constexpr std::size_t kMaxBytes = 0xFFFFFFFFu;
  std::string text;
  AnalyzedWords words;  // in order
  std::vector<AnalyzedSentence> sentences;

  std::span<const AnalyzedWord> WordsOf(const AnalyzedSentence& s) const {
    return std::span<const AnalyzedWord>(words).subspan(s.first_word, s.words);
  }
  std::string_view SentenceText(std::size_t i) const {
    return std::string_view(text).substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
  }
  // `parts` one after the other with `separator` between them (offsets
  // shifted), each array allocated once at its size (one part is moved).
  static AnalyzedText Join(std::string_view separator, std::vector<AnalyzedText> parts);
};

// Replaces the lexicon ids of `words` by map[id] (from Analyzer::Adopt).
void RemapIds(std::span<AnalyzedWord> words, std::span<const Lexicon::Id> map);

class Analyzer {
 public:
  static Result<Analyzer> Create(const std::string& language);

  // `text` longer than AnalyzedText::kMaxBytes is cut there.
  AnalyzedText Analyze(std::string text);
  // The same for an edited version of `before` (analysed by this Analyzer,
  // or adopted into it): a sentence whose text is one of `before`'s takes
  // that sentence's words (a sentence's words depend on its text alone) and
  // is not read again. The indices of the sentences read anew go to `read`,
  // if given.
  AnalyzedText AnalyzeEdited(std::string text, const AnalyzedText& before,
                             std::vector<std::size_t>* read = nullptr);
  // Content stems of free text (a query), as strings and as lexicon ids.
  std::vector<std::string> ContentStems(std::string_view text);
  std::vector<Lexicon::Id> ContentTerms(std::string_view text);
  // The same, but only the stems this Analyzer has met (none is interned:
  // the lexicon is left as it was).
  std::vector<Lexicon::Id> KnownContentTerms(std::string_view text);
  const Stopwords& stopwords() const { return *stopwords_; }
  const Lexicon& lexicon() const { return lexicon_; }

  // Texts analysed on other threads by other Analyzers become this one's:
  // the ids of `other`'s lexicon here (map[id]), its strings interned in the
  // order of their ids. Adopting, in input order, what analysers given
  // consecutive parts of the input made gives every string the id one
  // Analyzer reading all of it in order would have given (ids are in order
  // of first appearance), so results do not depend on the threads.
  std::vector<Lexicon::Id> Adopt(const Lexicon& other);
  const std::string& language() const { return language_; }

 private:
  Analyzer(SentenceSplitter splitter, Stemmer stemmer, const std::string& language)
      : splitter_(std::move(splitter)),
        stemmer_(std::move(stemmer)),
        stopwords_(&Stopwords::For(language)),
        language_(language) {}
  // What a folded word is (its stem's id and whether it is a stopword),
  // found once and kept in the lexicon.
  TermToken Classify(Lexicon::Id norm, bool has_letter);
  AnalyzedText Analyze(std::string text, const AnalyzedText* before,
                       std::vector<std::size_t>* read);

  SentenceSplitter splitter_;
  Stemmer stemmer_;
  const Stopwords* stopwords_;  // shared, lives as long as the process
  std::string language_;
  Lexicon lexicon_;
  std::string word_;  // scratch for the stemmer
  // Scratch for Analyze(); kept between calls up to kMaxKeptScratch entries.
  static constexpr std::size_t kMaxKeptScratch = std::size_t{1} << 20;
  std::vector<AnalyzedWord> words_;
  std::vector<AnalyzedSentence> sentences_;
};

// Per-document work over documents [0, bounds.back()) in the chunks of
// `bounds`, on threads (base/parallel.h's RunChunks): work(d, a) with `a`
// `analyzer` for chunk 0 and a fresh Analyzer of the same language for each
// other chunk, whose lexicon `analyzer` then adopts, chunk by chunk in
// order; adopted(d, map) is called for each document of such a chunk, to
// move the ids it was given into `analyzer`'s (RemapIds). The ids are those
// of `analyzer` reading every document in order.
void AnalyzeInChunks(const std::vector<std::size_t>& bounds, Analyzer& analyzer,
                     const std::function<void(std::size_t, Analyzer&)>& work,
                     const std::function<void(std::size_t, std::span<const Lexicon::Id>)>& adopted);

// An Analyzer lent by the calling thread: its lexicon, stems and ICU
// iterator carry over from one cluster to the next, so a process that
// summarizes many clusters stems each word once. Ids stay valid while the
// lease lives. A nested lease, or one for another language, gets a fresh
// Analyzer; a lexicon grown past kMaxKeptWords is dropped when returned, so
// memory stays bounded. Use it on the thread that borrowed it.
class AnalyzerLease {
 public:
  static constexpr std::size_t kMaxKeptWords = std::size_t{1} << 19;

  static Result<AnalyzerLease> Borrow(const std::string& language);
  AnalyzerLease(AnalyzerLease&& other) noexcept;
  AnalyzerLease& operator=(AnalyzerLease&&) = delete;
  ~AnalyzerLease();

  Analyzer& operator*() const { return *analyzer_; }
  Analyzer* operator->() const { return analyzer_; }

 private:
  explicit AnalyzerLease(Analyzer* analyzer, std::unique_ptr<Analyzer> owned)
      : analyzer_(analyzer), owned_(std::move(owned)) {}
  Analyzer* analyzer_;
  std::unique_ptr<Analyzer> owned_;  // set when not the thread's own
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_ANALYZER_H_
