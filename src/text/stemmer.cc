#include "text/stemmer.h"

#include <libstemmer.h>

#include <map>
#include <mutex>

namespace precis::text {
namespace {

// Entries a thread's cache may hold before it starts over (about 20 MB).
constexpr std::size_t kMaxCached = 1 << 18;

// A small id per language name, the same in every thread.
std::size_t LanguageId(const std::string& name) {
  static std::mutex mutex;
  static auto* ids = new std::map<std::string, std::size_t>();
  std::lock_guard<std::mutex> lock(mutex);
  return ids->try_emplace(name, ids->size()).first->second;
}

}  // namespace

void Stemmer::Deleter::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Result<Stemmer> Stemmer::Create(std::string_view language) {
  std::string name(language);
  sb_stemmer* s = sb_stemmer_new(name.c_str(), "UTF_8");
  if (!s) {
    std::string choices;
    for (const auto& l : Languages()) choices += (choices.empty() ? "" : ", ") + l;
    return Status::UsageError("unknown language '" + name + "' (choose from: " + choices + ")");
  }
  return Stemmer(s, LanguageId(name));
}

std::vector<std::string> Stemmer::Languages() {
  std::vector<std::string> out;
  for (const char** l = sb_stemmer_list(); *l; ++l) out.emplace_back(*l);
  return out;
}

Stemmer::Cache& Stemmer::ThreadCache(std::size_t language) {
  thread_local std::vector<std::unique_ptr<Cache>> caches;
  if (caches.size() <= language) caches.resize(language + 1);
  if (!caches[language]) caches[language] = std::make_unique<Cache>();
  return *caches[language];
}

const std::string& Stemmer::Stem(const std::string& word) {
  Cache& cache = ThreadCache(language_);
  auto it = cache.find(word);
  if (it != cache.end()) return it->second;
  const sb_symbol* r =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  std::string stem = r ? std::string(reinterpret_cast<const char*>(r),
                                     static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())))
                       : word;
  if (cache.size() >= kMaxCached) cache.clear();
  return cache.emplace(word, std::move(stem)).first->second;
}

}  // namespace precis::text
