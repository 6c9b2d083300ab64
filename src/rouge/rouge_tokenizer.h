// ROUGE-1.5.5's tokenisation of one (already truncated) unit: every byte outside
// [A-Za-z0-9] separates tokens, A-Z are lower-cased; with -s, tokens found in
// ROUGE's stopword list are dropped; with -m, tokens longer than 3 bytes are
// replaced by their WordNet exception value, else by their Porter stem.
// Tokens become integer ids in the tokenizer's own vocabulary, so equal ids mean
// equal ROUGE tokens. Not thread-safe (the vocabulary grows); one per thread.
#ifndef PRECIS_ROUGE_ROUGE_TOKENIZER_H_
#define PRECIS_ROUGE_ROUGE_TOKENIZER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace precis::rouge {

// ROUGE's embedded stopword list (smart_common_words.txt) and exception table.
bool IsRougeStopword(std::string_view token);
// The exception value for `token`, if it has one. Keys are looked up verbatim.
std::optional<std::string_view> FindWordNetException(std::string_view token);

// The processed form of one raw token (lower-case [a-z0-9]+): "" if it is
// dropped as a stopword, else the token itself, its exception value or its stem.
std::string ProcessRougeToken(std::string_view token, bool stem, bool remove_stopwords);

class RougeTokenizer {
 public:
  RougeTokenizer(bool stem, bool remove_stopwords);

  // Appends the ids of the tokens of `unit` to `out`.
  void Tokenize(std::string_view unit, std::vector<uint32_t>& out);
  // Convenience: the token strings of `unit`.
  std::vector<std::string> TokenStrings(std::string_view unit);

  const std::string& Word(uint32_t id) const { return words_[id]; }
  size_t vocabulary_size() const { return words_.size(); }

 private:
  static constexpr uint32_t kDropped = 0xFFFFFFFFu;
  // A raw token seen before: its bytes in raw_bytes_ and its id (or kDropped).
  struct RawToken {
    uint64_t hash;
    uint32_t offset;
    uint32_t length;
    uint32_t id;
  };
  uint32_t Intern(std::string word);
  uint32_t IdOfRaw(std::string_view raw, uint64_t hash);
  void GrowRawSlots();

  bool stem_;
  bool remove_stopwords_;
  // Raw token -> id, open addressing (linear probing, at most half full):
  // every token of every text is looked up here, so no string is made.
  std::string raw_bytes_;
  std::vector<RawToken> raw_tokens_;
  std::vector<uint32_t> raw_slots_;  // index in raw_tokens_ + 1, or 0 when empty
  int raw_shift_ = 64;
  std::unordered_map<std::string, uint32_t> ids_;  // processed token -> id
  std::vector<std::string> words_;
  std::string token_;  // the token being read, lower-cased
};

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_TOKENIZER_H_
