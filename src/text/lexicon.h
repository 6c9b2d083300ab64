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
#include <unordered_map>

namespace precis::text {

class Lexicon {
 public:
  using Id = std::uint32_t;

  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;  // the map points into `strings_`
  Lexicon& operator=(const Lexicon&) = delete;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;

  Id Intern(std::string_view s);
  // `id` must come from Intern() on this lexicon; the view lives as long as it.
  std::string_view Text(Id id) const { return strings_[id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;  // stable addresses for the map's keys
  std::unordered_map<std::string_view, Id> ids_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_LEXICON_H_
