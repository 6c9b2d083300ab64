// The view of a cluster that selection methods work on: unique sentences with
// their terms, plus cluster-wide term statistics. Built once per cluster by
// the pipeline (or by hand in tests); read-only afterwards, so methods may
// share it across threads.
#ifndef PRECIS_SELECT_CLUSTER_MODEL_H_
#define PRECIS_SELECT_CLUSTER_MODEL_H_

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/id_scratch.h"
#include "text/analyzer.h"

namespace precis::select {

// A word of a sentence after normalisation and stemming.
// 4 bytes: one is kept for every word of every candidate sentence.
struct Token {
  int term : 31 = 0;      // id into ClusterModel::terms
  bool stop : 1 = false;  // stopword or punctuation-only; not a content word
};
static_assert(sizeof(Token) == 4);

struct SentenceUnit {
  std::size_t doc = 0;        // index of the document (ClusterModel::docs)
  std::size_t position = 0;   // sentence index within its document
  std::string text;           // the sentence as it appears in the cleaned text
  std::size_t words = 0;      // whitespace-separated words (as ROUGE -l counts)
  std::size_t bytes = 0;      // UTF-8 bytes of text
  std::vector<Token> tokens;  // every word, in order
  std::size_t copies = 1;     // how many documents carry this sentence
  // Inside a quotation the sentence before it opened (AnalyzedSentence).
  bool in_quotation = false;
};

struct DocumentInfo {
  std::string id;
  std::string date;           // ISO date or empty
  std::size_t sentences = 0;  // sentences in the document (incl. duplicates)
};

struct ClusterModel {
  std::vector<DocumentInfo> docs;
  std::vector<SentenceUnit> sentences;  // document order, then position
  std::vector<std::string> terms;       // term id -> stemmed form
  std::vector<int> doc_freq;            // term id -> documents containing it
  std::vector<int> query_terms;         // content terms of the query, if any
  // What the reader has already read (update summaries): the tokens of each
  // sentence of those documents, the document of each, and their number.
  std::vector<std::vector<Token>> seen_sentences;
  std::vector<std::size_t> seen_sentence_doc;
  std::size_t seen_docs = 0;

  std::size_t num_terms() const { return terms.size(); }
  // Content term ids of sentence i, in order (stopwords dropped).
  std::vector<int> ContentTerms(std::size_t i) const;
};

// Builds a ClusterModel from already-tokenised sentences. Term ids are
// assigned in order of first appearance, so results are deterministic.
class ClusterModelBuilder {
 public:
  ClusterModelBuilder();
  ClusterModelBuilder(const ClusterModelBuilder& other);  // a copy has an array of its own
  ClusterModelBuilder& operator=(const ClusterModelBuilder&) = delete;
  ClusterModelBuilder(ClusterModelBuilder&& other) noexcept;
  ClusterModelBuilder& operator=(ClusterModelBuilder&&) = delete;
  ~ClusterModelBuilder();

  std::size_t AddDocument(std::string id, std::string date = "");
  // `words` are normalised (stemmed) terms; `stop` marks non-content words.
  void AddSentence(std::size_t doc, std::string text, const std::vector<std::string>& words,
                   const std::vector<bool>& stop, std::size_t copies = 1);
  // Same, with the sentence's index in its document given explicitly (when
  // some sentences of the document are not candidates).
  void AddSentenceAt(std::size_t doc, std::size_t position, std::string text,
                     const std::vector<std::string>& words, const std::vector<bool>& stop,
                     std::size_t copies = 1);
  // Same, from analysed words (terms are their `term` ids in `lexicon`;
  // every call must pass the same lexicon).
  void AddSentenceAt(std::size_t doc, std::size_t position, std::string text,
                     std::span<const text::AnalyzedWord> words, const text::Lexicon& lexicon,
                     std::size_t copies = 1);
  // Same, but the unit's text is left empty: its words and bytes are
  // measured from `text`, and the caller sets SentenceUnit::text of the
  // units it keeps (a large cluster keeps few of them; copying every
  // sentence would double the text's memory).
  void AddSentenceWithoutText(std::size_t doc, std::size_t position, std::string_view text,
                              std::span<const text::AnalyzedWord> words,
                              const text::Lexicon& lexicon, std::size_t copies = 1);
  void AddSentenceWithoutText(std::size_t doc, std::size_t position, std::string_view text,
                              std::span<const text::TermToken> words, const text::Lexicon& lexicon,
                              std::size_t copies = 1);
  // Room for this many sentences in all.
  void ReserveSentences(std::size_t n) { model_.sentences.reserve(n); }
  // Counts `term` as occurring in `doc` for document frequencies, for text
  // that is not a candidate sentence (duplicates, headings).
  void AddDocumentTerm(std::size_t doc, const std::string& term);
  void AddDocumentTerm(std::size_t doc, text::Lexicon::Id term, const text::Lexicon& lexicon);
  // A candidate sentence left out of the model (a large cluster keeps its
  // likeliest) still counts in its document's length, as a unit would.
  void CountLeftOutSentence(std::size_t doc, std::size_t position);
  // Document frequencies by lexicon id, counted by the caller over the
  // whole cluster as Build() would (a term once per document, every token
  // of a unit, the content tokens of other text): Build() then reads them
  // (0 for a term from no lexicon) instead of counting, and text outside
  // the model needs only NoteTerm(), which stores nothing per document.
  void SetDocumentFrequencies(std::vector<int> by_lexicon_id);
  // Gives `term` its id (in order of first appearance) without counting it.
  void NoteTerm(text::Lexicon::Id term, const text::Lexicon& lexicon) { Intern(term, lexicon); }
  void SetQuery(const std::vector<std::string>& content_terms);
  // A sentence of seen document `seen_doc` (counted from 0); its terms do
  // not count in doc_freq. Add these last, so the other ids do not change.
  void AddSeenSentence(std::size_t seen_doc, std::span<const text::AnalyzedWord> words,
                       const text::Lexicon& lexicon);
  void AddSeenSentence(std::size_t seen_doc, const std::vector<std::string>& words,
                       const std::vector<bool>& stop);
  ClusterModel Build() &&;

 private:
  int Intern(std::string_view term);
  int Intern(text::Lexicon::Id term, const text::Lexicon& lexicon);
  // The last unit's tokens from `words` (AnalyzedWord or TermToken).
  template <typename Word>
  void AppendTokens(std::span<const Word> words, const text::Lexicon& lexicon);
  // Adds a unit measured from `text`, without its text.
  void AddUnit(std::size_t doc, std::size_t position, std::string_view text, std::size_t copies);
  void AddSeen(std::size_t seen_doc, std::vector<Token> tokens);
  ClusterModel model_;
  // Lexicon id -> term id (-1 until seen): the thread's dense array when no
  // other builder of the thread holds it, else one of its own. Direct
  // indexing, and only the entries used are cleared (a lexicon may hold many
  // more words than the cluster).
  IdScratch<int>* from_lexicon_ = nullptr;
  std::unique_ptr<IdScratch<int>> own_from_lexicon_;
  bool holds_thread_array_ = false;
  // Term -> id; filled only once a term is given as a string (the
  // pipeline gives lexicon ids, which need no hashing of strings).
  std::unordered_map<std::string, int> ids_;
  std::vector<std::vector<int>> extra_terms_;  // per document
  // Each term's lexicon id (kNoLexiconId for a term given as a string), and
  // the frequencies of SetDocumentFrequencies().
  static constexpr text::Lexicon::Id kNoLexiconId = 0xFFFFFFFFu;
  std::vector<text::Lexicon::Id> lexicon_ids_;
  std::vector<int> given_doc_freq_;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_CLUSTER_MODEL_H_
