// Stopword lists, embedded at build time (data/stopwords/<language>.txt).
// Immutable after construction; thread-safe.
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
