#include "rouge/porter_stemmer.h"

#include <array>
#include <cstdint>
#include <vector>

namespace precis::rouge {
namespace {

// The Perl stemmer is written with regular expressions that backtrack:
//   c = [^aeiou]   C = c[^aeiouy]*   v = [aeiouy]   V = v[aeiou]*
// and tests such as ^(C)?VC ("m > 0"). Rather than re-deriving the measure
// (which differs from the textbook one around 'y'), the tests below simulate
// those patterns as sets of reachable positions, which is exactly what a
// backtracking matcher answers for "does it match".
class Positions {
 public:
  explicit Positions(size_t n) : size_(n + 1) {
    if (size_ > kInline) big_.assign(size_, 0);
  }
  static Positions Start(size_t n) {
    Positions p(n);
    p.Add(0);
    return p;
  }
  bool Has(size_t i) const { return size_ <= kInline ? (small_ >> i) & 1 : big_[i] != 0; }
  void Add(size_t i) {
    if (size_ <= kInline) {
      small_ |= uint64_t{1} << i;
    } else {
      big_[i] = 1;
    }
  }
  bool Any() const {
    if (size_ <= kInline) return small_ != 0;
    for (char c : big_)
      if (c) return true;
    return false;
  }
  size_t size() const { return size_; }
  void Merge(const Positions& o) {
    if (size_ <= kInline) {
      small_ |= o.small_;
      return;
    }
    for (size_t i = 0; i < size_; ++i) big_[i] |= o.big_[i];
  }

 private:
  // Words of up to 63 letters (all but freak tokens) keep their set in one
  // word, with no allocation; longer ones in a byte per position.
  static constexpr size_t kInline = 64;
  size_t size_;
  uint64_t small_ = 0;
  std::vector<char> big_;
};

// Character classes as lambdas, so each Step and Star is compiled with its test inline.
bool IsAeiou(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
constexpr auto ClassAeiou = [](char c) { return IsAeiou(c); };                   // [aeiou]
constexpr auto ClassC = [](char c) { return !IsAeiou(c); };                      // [^aeiou]
constexpr auto ClassNotAeiouy = [](char c) { return !IsAeiou(c) && c != 'y'; };  // [^aeiouy]
constexpr auto ClassV = [](char c) { return IsAeiou(c) || c == 'y'; };           // [aeiouy]
constexpr auto ClassCvcEnd = [](char c) {                                        // [^aeiouwxy]
  return !IsAeiou(c) && c != 'w' && c != 'x' && c != 'y';
};

template <typename Pred>
Positions Step(std::string_view s, const Positions& in, Pred pred) {
  Positions out(s.size());
  for (size_t i = 0; i < s.size(); ++i)
    if (in.Has(i) && pred(s[i])) out.Add(i + 1);
  return out;
}

template <typename Pred>
Positions Star(std::string_view s, const Positions& in, Pred pred) {
  Positions out(s.size());
  bool on = false;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (in.Has(i)) on = true;
    if (on) out.Add(i);
    if (i < s.size() && !pred(s[i])) on = false;
  }
  return out;
}

Positions MatchC(std::string_view s, const Positions& in) {
  return Star(s, Step(s, in, ClassC), ClassNotAeiouy);
}
Positions MatchV(std::string_view s, const Positions& in) {
  return Star(s, Step(s, in, ClassV), ClassAeiou);
}
// ^(C)?
Positions StartOptC(std::string_view s) {
  Positions start = Positions::Start(s.size());
  Positions c = MatchC(s, start);
  c.Merge(start);
  return c;
}

// ^(C)?VC : m > 0.
bool MeasureGt0(std::string_view s) { return MatchC(s, MatchV(s, StartOptC(s))).Any(); }
// ^(C)?VCVC : m > 1.
bool MeasureGt1(std::string_view s) {
  return MatchC(s, MatchV(s, MatchC(s, MatchV(s, StartOptC(s))))).Any();
}
// ^(C)?VC(V)?$ : m = 1.
bool MeasureEq1(std::string_view s) {
  Positions x = MatchC(s, MatchV(s, StartOptC(s)));
  Positions y = MatchV(s, x);
  y.Merge(x);
  return y.Has(s.size());
}
// ^(C)?v : the stem contains a vowel.
bool HasVowel(std::string_view s) { return Step(s, StartOptC(s), ClassV).Any(); }
// ^Cv[^aeiouwxy]$ : consonant-vowel-consonant ending a short word.
bool Cvc(std::string_view s) {
  Positions p = Step(s, Step(s, MatchC(s, Positions::Start(s.size())), ClassV), ClassCvcEnd);
  return p.Has(s.size());
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  // (The last byte first: most of the rules' suffixes end otherwise.)
  if (suffix.empty()) return true;
  return w.size() >= suffix.size() && w.back() == suffix.back() &&
         w.substr(w.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

constexpr std::array<Rule, 21> kStep2 = {
    {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
     {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
     {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
     {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
     {"logi", "log"}}};
constexpr std::array<Rule, 7> kStep3 = {{{"icate", "ic"},
                                         {"ative", ""},
                                         {"alize", "al"},
                                         {"iciti", "ic"},
                                         {"ical", "ic"},
                                         {"ful", ""},
                                         {"ness", ""}}};
constexpr std::array<std::string_view, 16> kStep4 = {"al",   "ance", "ence",  "er", "ic",  "able",
                                                     "ible", "ant",  "ement", "ou", "ism", "ate",
                                                     "iti",  "ous",  "ive",   "ize"};

// A regex alternation anchored with $ matches at the leftmost position, i.e.
// the longest listed suffix wins.
template <typename List, typename Get>
int LongestSuffix(std::string_view w, const List& list, Get get) {
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string_view s = get(list[i]);
    if (EndsWith(w, s) && s.size() > best_len) {
      best = static_cast<int>(i);
      best_len = s.size();
    }
  }
  return best;
}

}  // namespace

std::string PorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  // A leading y is a consonant: the Perl upper-cases it so no pattern sees a vowel.
  const bool leading_y = w[0] == 'y';
  if (leading_y) w[0] = 'Y';

  // Step 1a.
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }

  // Step 1b.
  if (EndsWith(w, "eed")) {
    if (MeasureGt0(std::string_view(w).substr(0, w.size() - 3))) w.pop_back();
  } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
    std::string stem = w.substr(0, w.size() - (EndsWith(w, "ed") ? 2 : 3));
    if (HasVowel(stem)) {
      w = stem;
      const size_t n = w.size();
      if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] &&
                 std::string_view("aeiouylsz").find(w[n - 1]) == std::string_view::npos) {
        w.pop_back();
      } else if (Cvc(w)) {
        w += 'e';
      }
    }
  }

  // Step 1c.
  if (!w.empty() && w.back() == 'y') {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
    if (HasVowel(stem)) w.back() = 'i';
  }

  // Step 2.
  if (int r = LongestSuffix(w, kStep2, [](const Rule& x) { return x.suffix; }); r >= 0) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - kStep2[r].suffix.size());
    if (MeasureGt0(stem)) w = std::string(stem) + std::string(kStep2[r].replacement);
  }

  // Step 3.
  if (int r = LongestSuffix(w, kStep3, [](const Rule& x) { return x.suffix; }); r >= 0) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - kStep3[r].suffix.size());
    if (MeasureGt0(stem)) w = std::string(stem) + std::string(kStep3[r].replacement);
  }

  // Step 4, ROUGE's variant: three passes in a fixed order.
  if (int r = LongestSuffix(w, kStep4, [](std::string_view x) { return x; }); r >= 0) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - kStep4[r].size());
    if (MeasureGt1(stem)) w.resize(stem.size());
  }
  if (EndsWith(w, "ment")) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 4);
    if (MeasureGt1(stem)) w.resize(stem.size());
  }
  if (EndsWith(w, "ent")) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 3);
    if (MeasureGt1(stem)) w.resize(stem.size());
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 3);
    if (MeasureGt1(stem)) w.resize(stem.size());
  }

  // Step 5.
  if (!w.empty() && w.back() == 'e') {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
    if (MeasureGt1(stem) || (MeasureEq1(stem) && !Cvc(stem))) w.pop_back();
  }
  if (EndsWith(w, "ll") && MeasureGt1(w)) w.pop_back();

  if (leading_y) w[0] = 'y';
  return w;
}

}  // namespace precis::rouge
