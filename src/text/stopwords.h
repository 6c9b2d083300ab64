// Stopword lists, embedded at build time (data/stopwords/<language>.txt).
// Immutable after construction; thread-safe. For() shares one per language
// across the process, so a summarizer does not build a table per call.
#ifndef PRECIS_TEXT_STOPWORDS_H_
#define PRECIS_TEXT_STOPWORDS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace precis::text {

class Stopwords {
 public:
  // The list for `language` (Snowball name or ISO code); empty when precis
  // has none for it, in which case only numbers and one-letter words count.
  explicit Stopwords(std::string_view language);
  // The process-wide list for `language`, built on first use and kept for the
  // life of the process. Thread-safe.
  static const Stopwords& For(std::string_view language);
  // `word` must be folded.
  bool Contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  // Looked up by string_view, without making a std::string per word.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::size_t longest_ = 0;  // bytes of the longest word in the list
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_STOPWORDS_H_
