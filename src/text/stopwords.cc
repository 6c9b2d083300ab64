#include "text/stopwords.h"

#include <algorithm>

#include "text/sentence_splitter.h"

namespace precis::data {
extern const std::string_view stopwords_english;
}

namespace precis::text {

Stopwords::Stopwords(std::string_view language) {
  std::string_view list;
  if (LanguageCode(language) == "en") list = data::stopwords_english;
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find('\n', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view w = list.substr(start, end - start);
    if (!w.empty()) {
      words_.emplace(w);
      longest_ = std::max(longest_, w.size());
    }
    start = end + 1;
  }
}

bool Stopwords::Contains(std::string_view word) const {
  // One code point or none (utf8::CodePoints(word) <= 1), looking no
  // further than the second one.
  std::size_t starts = 0;
  for (char c : word)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++starts > 1) break;
  if (starts <= 1) return true;
  return word.size() <= longest_ && words_.find(word) != words_.end();
}

}  // namespace precis::text
