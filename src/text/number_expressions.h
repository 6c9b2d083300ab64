// Finds the number expressions of an English sentence and reads their value:
// numerals ("3,500", "70,000", "1.2", "2.9bn"), written numbers ("forty-five",
// "two hundred and fifty", "two dozen", "a million"), scale words ("1.2
// million"), currencies ("$2.9 billion", "£300m", "2 million euros") and the
// qualifier before them ("more than 100", "at least 40", "about 70,000").
// Numbers that count nothing are recognised by their shape and marked so
// (percentages, ordinals, clock times, ranges and scores, phone numbers,
// ages, numeric dates): they are found so that nothing else mistakes them
// for counts. The words are data tables in number_expressions.cc. Linear in
// the sentence, never throws; pure functions, thread-safe.
#ifndef PRECIS_TEXT_NUMBER_EXPRESSIONS_H_
#define PRECIS_TEXT_NUMBER_EXPRESSIONS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis::text {

enum class Qualifier {
  kExact,    // "70,000"
  kAbout,    // "about", "around", "nearly", "some", "an estimated", ...
  kAtLeast,  // "more than", "over", "at least", ...
  kAtMost,   // "fewer than", "up to", "under", ...
};

enum class NumberShape {
  kCount,    // a plain quantity: may count something
  kPercent,  // "40%", "40 percent"
  kOrdinal,  // "3rd", "21st"
  kTime,     // "10:54", "9.30am"
  kRange,    // "30-40", "3-1" (also sports scores), "between 30 and 40" is two counts
  kPhone,    // "020 7946 0958", "+44 20 7946", "555-0199"
  kAge,      // "45-year-old", "aged 45", "45 years old"
  kDate,     // "21/11/2011", "2011-11-21"
  kOther,    // part of a name or code ("G20", "F-16", "#3"), a compound ("a 10-year"), "300m"
};

struct NumberExpression {
  std::size_t begin = 0;  // byte offsets into the sentence: qualifier to scale word
  std::size_t end = 0;
  std::size_t number_begin = 0;  // the number itself (currency sign and scale word included)
  double value = 0;
  // The place of the last significant digit, to compare rounded figures:
  // 1 for "3,512", 100 for "3,500", 10,000 for "70,000", 100,000 for "1.2 million".
  double precision = 1;
  Qualifier qualifier = Qualifier::kExact;
  NumberShape shape = NumberShape::kCount;
  // "dollars", "pounds", "euros", ... for a currency sign or code ("$", "US$",
  // "£", "EUR") or a currency word after the number; empty otherwise.
  std::string_view currency;
  bool written = false;  // spelled out ("forty-five")
};

// True when `lower` (lower case) is a written number from one to ninety or
// a scale word ("hundred", "thousand", "million", "billion", "trillion",
// "dozen"): the one list of them that readers of numbers share.
bool IsNumberWord(std::string_view lower);

// The number expressions of `sentence`, in text order, not overlapping.
std::vector<NumberExpression> FindNumberExpressions(std::string_view sentence);

// Whether two stated figures are the same within their rounding: equal, or
// one is approximate ("about 70,000", "more than 70,000") or round and the
// other rounds to it at its precision ("70,000" and "70,400" do not agree;
// "about 70,000" and "70,400" do).
bool SameWithinRounding(const NumberExpression& a, const NumberExpression& b);
bool SameWithinRounding(double a, double precision_a, bool approximate_a, double b,
                        double precision_b, bool approximate_b);

}  // namespace precis::text

#endif  // PRECIS_TEXT_NUMBER_EXPRESSIONS_H_
