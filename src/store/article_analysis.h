// What the store keeps of an article's text, computed once when it arrives:
// the cleaned text (boilerplate removed by the cleaner, one document at a
// time) and its 64-bit hash, the content stems with their counts (title
// words counted twice) for the TF-IDF vector, the MinHash signature of its
// word 4-shingles for near-duplicates, and a lead sentence to name a story
// when the article has no title. Not thread-safe (one per thread).
#ifndef PRECIS_STORE_ARTICLE_ANALYSIS_H_
#define PRECIS_STORE_ARTICLE_ANALYSIS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clean/boilerplate_cleaner.h"
#include "clean/recurring_text.h"
#include "precis/store.h"
#include "store/story_clusterer.h"
#include "text/analyzer.h"

namespace precis::store {

inline constexpr std::size_t kMinHashes = 64;
inline constexpr std::size_t kBands = 16;
inline constexpr std::size_t kRowsPerBand = kMinHashes / kBands;
inline constexpr std::size_t kShingleWords = 4;

struct AnalyzedArticle {
  std::string cleaned;
  std::uint64_t hash = 0;                            // of `cleaned`
  std::vector<std::pair<std::string, float>> terms;  // content stem, count (without a TermTable)
  std::vector<std::pair<std::uint32_t, float>> term_ids;  // the same as TermTable ids (with one)
  std::vector<std::uint32_t> signature;                   // kMinHashes, or empty (too short)
  std::string lead;                                       // first sentence, at most ~120 bytes
};

// 64-bit FNV-1a, then mixed.
std::uint64_t Hash64(std::string_view bytes);

// The LSH band keys of a signature (kBands of them), each unique to its band.
std::vector<std::int64_t> BandKeys(const std::vector<std::uint32_t>& signature);

// A signature as stored: its values' bytes in the machine's order.
std::string EncodeSignature(const std::vector<std::uint32_t>& signature);
std::vector<std::uint32_t> DecodeSignature(std::string_view blob);

// Estimated Jaccard similarity: the share of equal MinHash values.
double SignatureSimilarity(const std::vector<std::uint32_t>& a,
                           const std::vector<std::uint32_t>& b);

class ArticleAnalysis {
 public:
  static Result<ArticleAnalysis> Create(const std::string& language);
  AnalyzedArticle Analyze(const Article& article);
  // Gives terms as ids of `terms` (kept by reference) instead of strings.
  void set_terms(TermTable* terms) { terms_ = terms; }
  // The cleaner keeps learning what recurs across stories from the stream:
  // after Analyze() (with set_terms), the store says which story the article
  // joined and that story's centroid before it (nullptr for a new story, whose
  // topic is not known yet: nothing is counted). The sentences mostly off
  // that topic are counted for the story (see clean::RecurringText), on top
  // of the table built into precis, for as long as this object lives.
  void Learn(std::int64_t story, const std::unordered_map<std::uint32_t, float>* centroid);
  const clean::RecurringText& recurring() const { return *recurring_; }

 private:
  ArticleAnalysis(std::string language, text::Analyzer analyzer)
      : language_(std::move(language)),
        recurring_(std::make_unique<clean::RecurringText>(clean::RecurringText::Builtin())),
        cleaner_(std::make_unique<clean::BoilerplateCleaner>(language_, recurring_.get())),
        analyzer_(std::make_unique<text::Analyzer>(std::move(analyzer))) {
    recurring_->set_capacity(kRecurringCapacity);
  }
  // About 40 MB of shingle counts at most.
  static constexpr std::size_t kRecurringCapacity = 500'000;
  std::string language_;
  std::unique_ptr<clean::RecurringText> recurring_;
  std::unique_ptr<clean::BoilerplateCleaner> cleaner_;
  std::unique_ptr<text::Analyzer> analyzer_;
  std::size_t analysed_ = 0;                // since the analyzer was made (its lexicon grows)
  std::vector<std::uint64_t> word_hashes_;  // by folded word id; 0 = not yet
  TermTable* terms_ = nullptr;
  std::vector<std::uint32_t> term_ids_;  // by the analyzer's stem id; kNoId = not yet
  static constexpr std::uint32_t kNoId = 0xFFFFFFFFu;
  // The last analysed article's sentences: shingles and content term ids.
  struct SentenceShingles {
    std::vector<std::uint64_t> shingles;
    std::vector<std::uint32_t> terms;
  };
  std::vector<SentenceShingles> last_sentences_;
};

}  // namespace precis::store

#endif  // PRECIS_STORE_ARTICLE_ANALYSIS_H_
