#include "text/stopwords.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "base/utf8.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

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

const Stopwords& Stopwords::For(std::string_view language) {
  // Keyed by ISO code, so "english" and "en" share one table; languages
  // without a list share the empty one.
  static std::mutex mutex;
  static auto* lists = new std::map<std::string, std::unique_ptr<const Stopwords>>();
  std::string code = LanguageCode(language);
  std::lock_guard<std::mutex> lock(mutex);
  auto& list = (*lists)[code];
  if (!list) list = std::make_unique<const Stopwords>(language);
  return *list;
}

bool Stopwords::Contains(std::string_view word) const {
  // One code point or none (utf8::CodePoints(word) <= 1), looking no
  // further than the second one.
  std::size_t starts = 0;
  for (char c : word)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++starts > 1) break;
  if (starts <= 1) {
    std::size_t i = 0;
    return word.empty() || !IsUnspacedScriptChar(utf8::Next(word, i));
  }
  return word.size() <= longest_ && words_.find(word) != words_.end();
}

}  // namespace precis::text
