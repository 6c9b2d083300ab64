#include "rouge/rouge_tokenizer.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/hash.h"
#include "rouge/porter_stemmer.h"

namespace precis::data {
extern const std::string_view rouge_stopwords;
extern const std::string_view rouge_wordnet_exceptions;
}  // namespace precis::data

namespace precis::rouge {
namespace {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Loaded once, on first use, from the embedded copies of ROUGE's data files.
const std::unordered_set<std::string, StringHash, std::equal_to<>>& Stopwords() {
  static const auto* set = [] {
    auto* s = new std::unordered_set<std::string, StringHash, std::equal_to<>>();
    std::string_view data = precis::data::rouge_stopwords;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      s->emplace(data.substr(pos, nl - pos));  // Perl chomps only the '\n'
      pos = nl + 1;
    }
    return s;
  }();
  return *set;
}

bool IsTokenByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

}  // namespace

bool IsRougeStopword(std::string_view token) {
  const auto& set = Stopwords();
  return set.find(token) != set.end();
}

namespace {

uint64_t KeyHash(std::string_view key) { return Mix64(Fnv1a64(key)); }

// The exception table's lines ("key\tvalue"), found by key through an open
// addressing index of their offsets made once per process (64 KB): a run
// looks up each distinct token once.
struct ExceptionIndex {
  std::vector<uint32_t> slots;  // line offset + 1; 0 is empty
  int shift = 64;
};

const ExceptionIndex& Exceptions() {
  static const auto* index = [] {
    auto* x = new ExceptionIndex();
    const std::string_view data = precis::data::rouge_wordnet_exceptions;
    std::size_t size = 1024;
    while (size < 2 * static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n') + 1))
      size *= 2;
    x->slots.assign(size, 0);
    x->shift = 64 - std::countr_zero(size);
    for (std::size_t pos = 0; pos < data.size();) {
      std::size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      const std::size_t tab = data.substr(pos, nl - pos).find('\t');
      if (tab != std::string_view::npos) {
        std::size_t slot = static_cast<std::size_t>(KeyHash(data.substr(pos, tab)) >> x->shift);
        while (x->slots[slot] != 0) slot = (slot + 1) & (size - 1);
        x->slots[slot] = static_cast<uint32_t>(pos + 1);
      }
      pos = nl + 1;
    }
    return x;
  }();
  return *index;
}

}  // namespace

std::optional<std::string_view> FindWordNetException(std::string_view token) {
  const std::string_view data = precis::data::rouge_wordnet_exceptions;
  const ExceptionIndex& index = Exceptions();
  const std::size_t mask = index.slots.size() - 1;
  for (std::size_t slot = static_cast<std::size_t>(KeyHash(token) >> index.shift);;
       slot = (slot + 1) & mask) {
    const uint32_t entry = index.slots[slot];
    if (entry == 0) return std::nullopt;
    const std::size_t line = entry - 1;
    const std::size_t tab = line + token.size();
    if (tab < data.size() && data[tab] == '\t' && data.substr(line, token.size()) == token) {
      std::size_t end = data.find('\n', tab);
      if (end == std::string_view::npos) end = data.size();
      return data.substr(tab + 1, end - tab - 1);
    }
  }
}

std::string ProcessRougeToken(std::string_view token, bool stem, bool remove_stopwords) {
  // Stopwords go before stemming, and only exact matches count.
  if (remove_stopwords && IsRougeStopword(token)) return std::string();
  if (!stem || token.size() <= 3) return std::string(token);
  if (const auto value = FindWordNetException(token)) return std::string(*value);
  return PorterStem(token);
}

RougeTokenizer::RougeTokenizer(bool stem, bool remove_stopwords)
    : stem_(stem), remove_stopwords_(remove_stopwords) {}

uint32_t RougeTokenizer::Intern(std::string word) {
  auto [it, inserted] = ids_.try_emplace(std::move(word), static_cast<uint32_t>(words_.size()));
  if (inserted) words_.push_back(it->first);
  return it->second;
}

namespace {
constexpr uint64_t kSlotMultiplier = 0x9E3779B97F4A7C15ull;
}  // namespace

void RougeTokenizer::GrowRawSlots() {
  const size_t size = raw_slots_.empty() ? 1024 : 2 * raw_slots_.size();
  raw_slots_.assign(size, 0);
  raw_shift_ = 64 - std::countr_zero(size);
  const size_t mask = size - 1;
  for (size_t e = 0; e < raw_tokens_.size(); ++e) {
    size_t pos = static_cast<size_t>((raw_tokens_[e].hash * kSlotMultiplier) >> raw_shift_);
    while (raw_slots_[pos] != 0) pos = (pos + 1) & mask;
    raw_slots_[pos] = static_cast<uint32_t>(e + 1);
  }
}

uint32_t RougeTokenizer::IdOfRaw(std::string_view raw, uint64_t hash) {
  if (raw_slots_.empty()) GrowRawSlots();
  const size_t mask = raw_slots_.size() - 1;
  size_t pos = static_cast<size_t>((hash * kSlotMultiplier) >> raw_shift_);
  for (uint32_t e; (e = raw_slots_[pos]) != 0; pos = (pos + 1) & mask) {
    const RawToken& t = raw_tokens_[e - 1];
    if (t.hash == hash && t.length == raw.size() &&
        std::string_view(raw_bytes_).substr(t.offset, t.length) == raw) {
      return t.id;
    }
  }
  std::string processed = ProcessRougeToken(raw, stem_, remove_stopwords_);
  const uint32_t id = processed.empty() ? kDropped : Intern(std::move(processed));
  raw_tokens_.push_back(
      {hash, static_cast<uint32_t>(raw_bytes_.size()), static_cast<uint32_t>(raw.size()), id});
  raw_bytes_.append(raw);
  raw_slots_[pos] = static_cast<uint32_t>(raw_tokens_.size());
  if (2 * raw_tokens_.size() > raw_slots_.size()) GrowRawSlots();
  return id;
}

void RougeTokenizer::Tokenize(std::string_view unit, std::vector<uint32_t>& out) {
  size_t pos = 0;
  while (pos < unit.size()) {
    while (pos < unit.size() && !IsTokenByte(unit[pos])) ++pos;
    if (pos == unit.size()) break;
    // Lower-cased and hashed (FNV-1a) in one pass.
    token_.clear();
    uint64_t hash = 0xcbf29ce484222325ull;
    for (; pos < unit.size() && IsTokenByte(unit[pos]); ++pos) {
      char c = unit[pos];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      token_.push_back(c);
      hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    }
    const uint32_t id = IdOfRaw(token_, hash);
    if (id != kDropped) out.push_back(id);
  }
}

std::vector<std::string> RougeTokenizer::TokenStrings(std::string_view unit) {
  std::vector<uint32_t> ids;
  Tokenize(unit, ids);
  std::vector<std::string> words;
  words.reserve(ids.size());
  for (uint32_t id : ids) words.push_back(words_[id]);
  return words;
}

}  // namespace precis::rouge
