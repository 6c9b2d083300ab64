#include "text/stemmer.h"

#include <libstemmer.h>

namespace precis::text {

void Stemmer::Deleter::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Result<Stemmer> Stemmer::Create(std::string_view language) {
  std::string name(language);
  sb_stemmer* s = sb_stemmer_new(name.c_str(), "UTF_8");
  if (!s) {
    std::string choices;
    for (const auto& l : Languages()) choices += (choices.empty() ? "" : ", ") + l;
    return Status::UsageError("unknown language '" + name + "' (choose from: " + choices + ")");
  }
  return Stemmer(s);
}

std::vector<std::string> Stemmer::Languages() {
  std::vector<std::string> out;
  for (const char** l = sb_stemmer_list(); *l; ++l) out.emplace_back(*l);
  return out;
}

const std::string& Stemmer::Stem(const std::string& word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  const sb_symbol* r =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  std::string stem = r ? std::string(reinterpret_cast<const char*>(r),
                                     static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())))
                       : word;
  return cache_.emplace(word, std::move(stem)).first->second;
}

}  // namespace precis::text
