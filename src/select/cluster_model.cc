#include "select/cluster_model.h"

#include <algorithm>
#include <bit>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "text/tokenizer.h"

namespace precis::select {

std::vector<int> ClusterModel::ContentTerms(std::size_t i) const {
  std::vector<int> out;
  out.reserve(sentences[i].tokens.size());
  for (const Token& t : sentences[i].tokens)
    if (!t.stop) out.push_back(t.term);
  return out;
}

namespace {

struct ThreadArray {
  IdScratch<int> array{-1};
  bool held = false;
};

ThreadArray& ThisThreadsArray() {
  thread_local ThreadArray own;
  return own;
}

}  // namespace

ClusterModelBuilder::ClusterModelBuilder() {
  ThreadArray& own = ThisThreadsArray();
  if (!own.held) {
    own.held = true;
    holds_thread_array_ = true;
    from_lexicon_ = &own.array;
  } else {
    own_from_lexicon_ = std::make_unique<IdScratch<int>>(-1);
    from_lexicon_ = own_from_lexicon_.get();
  }
}

ClusterModelBuilder::ClusterModelBuilder(const ClusterModelBuilder& other)
    : model_(other.model_),
      own_from_lexicon_(other.from_lexicon_ != nullptr
                            ? std::make_unique<IdScratch<int>>(*other.from_lexicon_)
                            : std::make_unique<IdScratch<int>>(-1)),
      ids_(other.ids_),
      extra_terms_(other.extra_terms_),
      lexicon_ids_(other.lexicon_ids_),
      given_doc_freq_(other.given_doc_freq_) {
  from_lexicon_ = own_from_lexicon_.get();
}

ClusterModelBuilder::ClusterModelBuilder(ClusterModelBuilder&& other) noexcept
    : model_(std::move(other.model_)),
      from_lexicon_(other.from_lexicon_),
      own_from_lexicon_(std::move(other.own_from_lexicon_)),
      holds_thread_array_(other.holds_thread_array_),
      ids_(std::move(other.ids_)),
      extra_terms_(std::move(other.extra_terms_)),
      lexicon_ids_(std::move(other.lexicon_ids_)),
      given_doc_freq_(std::move(other.given_doc_freq_)) {
  other.from_lexicon_ = nullptr;
  other.holds_thread_array_ = false;
}

ClusterModelBuilder::~ClusterModelBuilder() {
  if (from_lexicon_ == nullptr) return;  // moved from
  from_lexicon_->Reset();
  if (holds_thread_array_) ThisThreadsArray().held = false;
}

std::size_t ClusterModelBuilder::AddDocument(std::string id, std::string date) {
  model_.docs.push_back({std::move(id), std::move(date), 0});
  return model_.docs.size() - 1;
}

int ClusterModelBuilder::Intern(std::string_view term) {
  if (ids_.empty())  // the terms so far came from a lexicon: index them now
    for (std::size_t t = 0; t < model_.terms.size(); ++t)
      ids_.emplace(model_.terms[t], static_cast<int>(t));
  auto [it, inserted] = ids_.try_emplace(std::string(term), static_cast<int>(model_.terms.size()));
  if (inserted) {
    model_.terms.emplace_back(term);
    lexicon_ids_.push_back(kNoLexiconId);
  }
  return it->second;
}

int ClusterModelBuilder::Intern(text::Lexicon::Id term, const text::Lexicon& lexicon) {
  int& id = from_lexicon_->Touch(term);
  if (id >= 0) return id;
  // Distinct lexicon ids are distinct strings: a new one is a new term,
  // unless strings were interned too (tests, a query given as stems).
  if (!ids_.empty()) {
    id = Intern(lexicon.Text(term));
    if (lexicon_ids_[static_cast<std::size_t>(id)] == kNoLexiconId)
      lexicon_ids_[static_cast<std::size_t>(id)] = term;
    return id;
  }
  id = static_cast<int>(model_.terms.size());
  model_.terms.emplace_back(lexicon.Text(term));
  lexicon_ids_.push_back(term);
  return id;
}

void ClusterModelBuilder::AddSentence(std::size_t doc, std::string text,
                                      const std::vector<std::string>& words,
                                      const std::vector<bool>& stop, std::size_t copies) {
  AddSentenceAt(doc, model_.docs[doc].sentences, std::move(text), words, stop, copies);
}

void ClusterModelBuilder::AddDocumentTerm(std::size_t doc, const std::string& term) {
  if (extra_terms_.size() <= doc) extra_terms_.resize(doc + 1);
  extra_terms_[doc].push_back(Intern(term));
}

void ClusterModelBuilder::AddDocumentTerm(std::size_t doc, text::Lexicon::Id term,
                                          const text::Lexicon& lexicon) {
  if (extra_terms_.size() <= doc) extra_terms_.resize(doc + 1);
  extra_terms_[doc].push_back(Intern(term, lexicon));
}

void ClusterModelBuilder::SetDocumentFrequencies(std::vector<int> by_lexicon_id) {
  given_doc_freq_ = std::move(by_lexicon_id);
}

void ClusterModelBuilder::CountLeftOutSentence(std::size_t doc, std::size_t position) {
  if (model_.docs[doc].sentences <= position) model_.docs[doc].sentences = position + 1;
}

void ClusterModelBuilder::AddSentenceAt(std::size_t doc, std::size_t position, std::string text,
                                        const std::vector<std::string>& words,
                                        const std::vector<bool>& stop, std::size_t copies) {
  AddUnit(doc, position, text, copies);
  model_.sentences.back().text = std::move(text);
  auto& tokens = model_.sentences.back().tokens;
  for (std::size_t i = 0; i < words.size(); ++i)
    tokens.push_back({Intern(words[i]), i < stop.size() && stop[i]});
}

void ClusterModelBuilder::AddSentenceAt(std::size_t doc, std::size_t position, std::string text,
                                        std::span<const text::AnalyzedWord> words,
                                        const text::Lexicon& lexicon, std::size_t copies) {
  AddSentenceWithoutText(doc, position, text, words, lexicon, copies);
  model_.sentences.back().text = std::move(text);
}

template <typename Word>
void ClusterModelBuilder::AppendTokens(std::span<const Word> words, const text::Lexicon& lexicon) {
  auto& tokens = model_.sentences.back().tokens;
  tokens.reserve(words.size());
  for (const auto& word : words) {
    const text::TermToken w = text::TokenOf(word, lexicon);
    tokens.push_back({Intern(w.term, lexicon), w.stop});
  }
}

void ClusterModelBuilder::AddSentenceWithoutText(std::size_t doc, std::size_t position,
                                                 std::string_view text,
                                                 std::span<const text::AnalyzedWord> words,
                                                 const text::Lexicon& lexicon, std::size_t copies) {
  AddUnit(doc, position, text, copies);
  AppendTokens(words, lexicon);
}

void ClusterModelBuilder::AddSentenceWithoutText(std::size_t doc, std::size_t position,
                                                 std::string_view text,
                                                 std::span<const text::TermToken> words,
                                                 const text::Lexicon& lexicon, std::size_t copies) {
  AddUnit(doc, position, text, copies);
  AppendTokens(words, lexicon);
}

void ClusterModelBuilder::AddUnit(std::size_t doc, std::size_t position, std::string_view text,
                                  std::size_t copies) {
  SentenceUnit s;
  s.doc = doc;
  s.position = position;
  if (model_.docs[doc].sentences <= position) model_.docs[doc].sentences = position + 1;
  s.bytes = text.size();
  // Words as ROUGE -l counts them (between spaces), except that each
  // character of a script written without spaces (Japanese, Chinese) counts
  // as one, so that a word budget means something there.
  std::size_t n = 0;
  bool in_word = false;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where none opens such a character (a lead byte
  // of 0xE3 or more): a word starts at a byte that is no space after one
  // that is (or after the previous block's last, as `in_word` says).
  const __m128i kLead = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i kTab = _mm_set1_epi8('\t'), kFour = _mm_set1_epi8(4);
  const __m128i kSpace = _mm_set1_epi8(' ');
  while (i + 16 <= text.size()) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(b, kLead), b)) != 0) break;
    const __m128i from_tab = _mm_sub_epi8(b, kTab);  // \t \n \v \f \r: 0 to 4
    const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(b, kSpace),
                                       _mm_cmpeq_epi8(_mm_min_epu8(from_tab, kFour), from_tab));
    const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(space));
    const unsigned after_space = ((spaces << 1) | (in_word ? 0u : 1u)) & 0xFFFFu;
    n += static_cast<std::size_t>(std::popcount(~spaces & after_space & 0xFFFFu));
    in_word = (spaces & 0x8000u) == 0;
    i += 16;
  }
#endif
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead >= 0xE3) {
      std::size_t next = i;
      if (text::IsUnspacedScriptChar(utf8::Next(text, next))) {
        ++n;
        in_word = false;
        i = next;
        continue;
      }
    }
    const char c = text[i++];
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  s.words = n;
  s.copies = copies;
  model_.sentences.push_back(std::move(s));
}

void ClusterModelBuilder::AddSeenSentence(std::size_t seen_doc,
                                          std::span<const text::AnalyzedWord> words,
                                          const text::Lexicon& lexicon) {
  std::vector<Token> tokens;
  tokens.reserve(words.size());
  for (const auto& word : words) {
    const text::TermToken w = text::TokenOf(word, lexicon);
    tokens.push_back({Intern(w.term, lexicon), w.stop});
  }
  AddSeen(seen_doc, std::move(tokens));
}

void ClusterModelBuilder::AddSeenSentence(std::size_t seen_doc,
                                          const std::vector<std::string>& words,
                                          const std::vector<bool>& stop) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < words.size(); ++i)
    tokens.push_back({Intern(words[i]), i < stop.size() && stop[i]});
  AddSeen(seen_doc, std::move(tokens));
}

void ClusterModelBuilder::AddSeen(std::size_t seen_doc, std::vector<Token> tokens) {
  model_.seen_sentences.push_back(std::move(tokens));
  model_.seen_sentence_doc.push_back(seen_doc);
  model_.seen_docs = std::max(model_.seen_docs, seen_doc + 1);
}

void ClusterModelBuilder::SetQuery(const std::vector<std::string>& content_terms) {
  model_.query_terms.clear();
  for (const auto& t : content_terms) model_.query_terms.push_back(Intern(t));
}

ClusterModel ClusterModelBuilder::Build() && {
  model_.doc_freq.assign(model_.terms.size(), 0);
  if (!given_doc_freq_.empty()) {
    for (std::size_t t = 0; t < model_.terms.size(); ++t)
      if (lexicon_ids_[t] < given_doc_freq_.size())
        model_.doc_freq[t] = given_doc_freq_[lexicon_ids_[t]];
    return std::move(model_);
  }
  // A pass per document, counting each term the first time the document
  // shows it.
  const std::size_t docs = model_.docs.size();
  std::vector<std::vector<std::size_t>> by_doc(docs);
  for (std::size_t i = 0; i < model_.sentences.size(); ++i)
    by_doc[model_.sentences[i].doc].push_back(i);
  std::vector<std::size_t> counted_in(model_.terms.size(), docs);
  auto count = [&](int t, std::size_t d) {
    if (counted_in[t] == d) return;
    counted_in[t] = d;
    ++model_.doc_freq[t];
  };
  for (std::size_t d = 0; d < docs; ++d) {
    for (std::size_t i : by_doc[d])
      for (const Token& t : model_.sentences[i].tokens) count(t.term, d);
    if (d < extra_terms_.size())
      for (int t : extra_terms_[d]) count(t, d);
  }
  return std::move(model_);
}

}  // namespace precis::select
