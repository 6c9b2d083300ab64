// Small ids for the distinct strings of one analysis (folded words and
// stems): each string is hashed once, then later stages compare, count and
// store 32-bit ids instead of strings. Ids are dense, from 0, in order of
// first appearance. Not thread-safe; an Analyzer owns one.
#ifndef PRECIS_TEXT_LEXICON_H_
#define PRECIS_TEXT_LEXICON_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

class Lexicon {
 public:
  using Id = std::uint32_t;

  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;  // large; moved, not copied
  Lexicon& operator=(const Lexicon&) = delete;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;

  Id Intern(std::string_view s);
  // `id` must come from Intern() on this lexicon; the view lives as long as it.
  std::string_view Text(Id id) const { return strings_[id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  void Grow();
  std::deque<std::string> strings_;
  // Open addressing (linear probing, at most half full). Flat, so a lookup
  // touches one cache line or two: this is hit for every word of every text
  // analysed. A string of up to 7 bytes is compared in its slot (most words
  // are that short), a longer one against its text.
  struct Slot {
    std::uint64_t head = 0;  // the first 7 bytes, zero-padded, and the size (up to 8) on top
    std::uint32_t tag = 0;   // 32 bits of the string's hash
    std::uint32_t id = 0;    // id + 1; 0 is an empty slot
  };
  static std::uint64_t Head(std::string_view s);
  std::vector<Slot> slots_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_LEXICON_H_
