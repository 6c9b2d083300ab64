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
  // Open addressing (linear probing, at most half full): each slot holds the
  // string's hash in its high 32 bits and id + 1 in its low 32 bits; 0 is
  // empty. Flat, so a lookup touches one cache line or two: this is hit for
  // every word of every text analysed.
  std::vector<std::uint64_t> slots_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_LEXICON_H_
