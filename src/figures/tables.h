// The words of figures, read once from the data tables embedded from
// data/figures/: what a number counts (counted.tsv: groups of synonyms,
// matched by Snowball stem) and the nouns of units (units.tsv). Immutable
// after the first call; thread-safe.
#ifndef PRECIS_FIGURES_TABLES_H_
#define PRECIS_FIGURES_TABLES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace precis::figures {

struct Counted {
  std::string name;  // "killed"
  std::string kind;  // the kind of unit it counts: "people", "money", ...
};

struct Unit {
  std::string name;                    // "people"
  std::string kind;                    // "people"
  std::optional<std::size_t> implied;  // index into Tables::counted ("lives": killed)
};

class Tables {
 public:
  static const Tables& Get();

  const std::vector<Counted>& counted() const { return counted_; }
  const std::vector<Unit>& units() const { return units_; }
  // What a folded word (and its English stem) counts, if anything.
  std::optional<std::size_t> CountedOf(std::string_view word, std::string_view stem) const;
  // Whether the word names the count itself ("toll": "the toll rose to 31").
  bool IsCountNoun(std::string_view stem) const {
    return count_nouns_.count(std::string(stem)) > 0;
  }
  // The unit a noun after a number names; `capitalized` for demonyms.
  std::optional<std::size_t> UnitOf(std::string_view word, bool capitalized) const;
  // The unit named after a currency ("dollars"), made on first use.
  std::size_t MoneyUnit(std::string_view currency) const;

 private:
  Tables();
  std::vector<Counted> counted_;
  std::unordered_map<std::string, std::size_t> counted_by_stem_, counted_by_word_;
  std::unordered_set<std::string> count_nouns_;
  std::vector<Unit> units_;
  std::unordered_map<std::string, std::size_t> unit_by_word_, money_units_;
  std::vector<std::pair<std::string, std::size_t>> unit_suffixes_;  // demonym endings
};

}  // namespace precis::figures

#endif  // PRECIS_FIGURES_TABLES_H_
