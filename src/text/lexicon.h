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

// A folded word as matching reads it: its stem's id and whether it is a
// stopword (then the id is the folded word's own). 4 bytes: selection keeps
// one for every word of a large cluster.
struct TermToken {
  std::uint32_t term : 31 = 0;
  bool stop : 1 = false;
};
static_assert(sizeof(TermToken) == 4);

class Lexicon {
 public:
  using Id = std::uint32_t;

  Lexicon() : serial_(NewSerial()) {}
  Lexicon(const Lexicon&) = delete;  // large; moved, not copied
  Lexicon& operator=(const Lexicon&) = delete;
  // A moved-from lexicon is empty and gets a serial of its own.
  Lexicon(Lexicon&& other) noexcept;
  Lexicon& operator=(Lexicon&& other) noexcept;

  // Distinct for every lexicon of the process (and for one emptied by a
  // move): while it stays the same, an id keeps meaning the same string, so
  // what a caller learns about a word by its id may be kept from call to call.
  std::uint64_t serial() const { return serial_; }

  Id Intern(std::string_view s);
  // The id of `s` if it was interned, else kNotFound.
  static constexpr Id kNotFound = 0xFFFFFFFFu;
  Id Find(std::string_view s) const;
  // `id` must come from Intern() on this lexicon; the view lives as long as it.
  std::string_view Text(Id id) const { return strings_[id]; }
  // Fnv1a64(Text(id)), made when the string was interned (stages that
  // fingerprint word sequences read it instead of hashing every occurrence).
  std::uint64_t TextHash(Id id) const { return text_hashes_[id]; }
  // Whether Text(id) holds a space (NFKC folding makes "\uFDFA" four words).
  bool HoldsSpace(Id id) const { return holds_space_[id] != 0; }
  std::size_t size() const { return strings_.size(); }

  // The stem and stopword flag of folded word `norm`, by whether the word
  // had a letter ("1990's" folds to "1990" and is no number), set once by
  // the Analyzer that interned it: a property of the word, kept here once
  // rather than in each of its occurrences. ClassOf() needs it set.
  void SetClass(Id norm, bool has_letter, TermToken c);
  bool HasClass(Id norm, bool has_letter) const {
    const std::size_t i = ClassIndex(norm, has_letter);
    return i < classes_.size() && classes_[i].term != kNoClass;
  }
  TermToken ClassOf(Id norm, bool has_letter) const {
    return classes_[ClassIndex(norm, has_letter)];
  }

 private:
  void Grow();
  static std::size_t ClassIndex(Id norm, bool has_letter) {
    return 2 * static_cast<std::size_t>(norm) + (has_letter ? 1 : 0);
  }
  static constexpr std::uint32_t kNoClass = 0x7FFFFFFFu;  // no id reaches it
  std::deque<std::string> strings_;
  std::vector<std::uint64_t> text_hashes_;  // by id: Fnv1a64 of the string
  std::vector<std::uint8_t> holds_space_;   // by id: 1 when the string holds a ' '
  std::vector<TermToken> classes_;          // by ClassIndex(); term kNoClass when unset
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
  static std::uint64_t NewSerial();
  std::vector<Slot> slots_;
  std::uint64_t serial_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_LEXICON_H_
