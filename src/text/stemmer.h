// Snowball stemming (libstemmer). Stems are cached per thread and language,
// shared by the Stemmers a thread makes (the pipeline makes a few per
// cluster, and clusters share most of their words). Not thread-safe: one
// Stemmer per thread. Words must be folded (see Fold()).
#ifndef PRECIS_TEXT_STEMMER_H_
#define PRECIS_TEXT_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/status.h"

struct sb_stemmer;

namespace precis::text {

class Stemmer {
 public:
  // `language`: a Snowball algorithm name or ISO code ("english", "en").
  static Result<Stemmer> Create(std::string_view language);
  // The names libstemmer knows.
  static std::vector<std::string> Languages();

  // The stem of `word`; the reference is valid until the next Stem() call
  // on this thread.
  const std::string& Stem(const std::string& word);

 private:
  struct Deleter {
    void operator()(sb_stemmer* s) const;
  };
  using Cache = std::unordered_map<std::string, std::string>;
  Stemmer(sb_stemmer* s, std::size_t language) : stemmer_(s), language_(language) {}
  // This thread's cache for a language id.
  static Cache& ThreadCache(std::size_t language);
  std::unique_ptr<sb_stemmer, Deleter> stemmer_;
  std::size_t language_;  // id of the name given to Create()
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_STEMMER_H_
