// Snowball stemming (libstemmer) with a per-instance cache. Not thread-safe:
// one Stemmer per thread. Words must be folded (see Fold()).
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

  const std::string& Stem(const std::string& word);

 private:
  struct Deleter {
    void operator()(sb_stemmer* s) const;
  };
  explicit Stemmer(sb_stemmer* s) : stemmer_(s) {}
  std::unique_ptr<sb_stemmer, Deleter> stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_STEMMER_H_
