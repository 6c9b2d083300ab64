#include "text/number_expressions.h"

#include "base/ascii.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace precis::text {
namespace {

// ---- The words, as data ----------------------------------------------------

struct Word {
  std::string_view text;
  double value;
};

// Written numbers below a hundred.
constexpr std::array<Word, 28> kSmallNumbers = {{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
}};

// Multipliers: after a numeral ("1.2 million", "$2.9bn") or a written number.
constexpr std::array<Word, 9> kScales = {{
    {"hundred", 1e2},
    {"thousand", 1e3},
    {"million", 1e6},
    {"billion", 1e9},
    {"trillion", 1e12},
    {"bn", 1e9},
    {"mn", 1e6},
    {"tn", 1e12},
    {"dozen", 12},
}};
// Glued to a money figure only ("$300m", "£40k"): "300m" alone is a distance.
constexpr std::array<Word, 3> kMoneySuffixes = {{{"m", 1e6}, {"k", 1e3}, {"b", 1e9}}};

struct Phrase {
  std::string_view words;  // lower case, one space between words
  Qualifier qualifier;
};
// Words before a number that say how exact it is; the longest match wins.
constexpr std::array<Phrase, 28> kQualifiers = {{
    {"more than", Qualifier::kAtLeast},    {"over", Qualifier::kAtLeast},
    {"at least", Qualifier::kAtLeast},     {"upwards of", Qualifier::kAtLeast},
    {"in excess of", Qualifier::kAtLeast}, {"no fewer than", Qualifier::kAtLeast},
    {"no less than", Qualifier::kAtLeast}, {"well over", Qualifier::kAtLeast},
    {"about", Qualifier::kAbout},          {"around", Qualifier::kAbout},
    {"approximately", Qualifier::kAbout},  {"roughly", Qualifier::kAbout},
    {"some", Qualifier::kAbout},           {"nearly", Qualifier::kAbout},
    {"almost", Qualifier::kAbout},         {"close to", Qualifier::kAbout},
    {"an estimated", Qualifier::kAbout},   {"estimated", Qualifier::kAbout},
    {"just over", Qualifier::kAtLeast},    {"approx", Qualifier::kAbout},
    {"as many as", Qualifier::kAbout},     {"perhaps", Qualifier::kAbout},
    {"up to", Qualifier::kAtMost},         {"fewer than", Qualifier::kAtMost},
    {"less than", Qualifier::kAtMost},     {"under", Qualifier::kAtMost},
    {"no more than", Qualifier::kAtMost},  {"at most", Qualifier::kAtMost},
}};

struct Currency {
  std::string_view sign;  // as written, case-sensitive
  std::string_view name;
};
// Signs glued before the number ("$2.9", "US$ 40"), codes before it.
constexpr std::array<Currency, 16> kCurrencySigns = {{
    {"US$", "dollars"},
    {"A$", "dollars"},
    {"C$", "dollars"},
    {"HK$", "dollars"},
    {"NZ$", "dollars"},
    {"$", "dollars"},
    {"\xC2\xA3", "pounds"},
    {"\xE2\x82\xAC", "euros"},
    {"\xC2\xA5", "yen"},
    {"\xE2\x82\xB9", "rupees"},
    {"USD", "dollars"},
    {"GBP", "pounds"},
    {"EUR", "euros"},
    {"JPY", "yen"},
    {"CNY", "yuan"},
    {"Rs", "rupees"},
}};
// Currency words after the number ("2 million euros").
constexpr std::array<Currency, 12> kCurrencyWords = {{
    {"dollars", "dollars"},
    {"dollar", "dollars"},
    {"pounds", "pounds"},
    {"pound", "pounds"},
    {"sterling", "pounds"},
    {"euros", "euros"},
    {"euro", "euros"},
    {"yen", "yen"},
    {"yuan", "yuan"},
    {"rupees", "rupees"},
    {"rupee", "rupees"},
    {"francs", "francs"},
}};

constexpr std::array<std::string_view, 4> kOrdinalSuffixes = {"st", "nd", "rd", "th"};
constexpr std::array<std::string_view, 3> kAgeWordsBefore = {"aged", "age", "ages"};
constexpr std::array<std::string_view, 3> kPercentWords = {"percent", "pc", "percentage"};

// ---- Tokens ------------------------------------------------------------------

enum class Kind { kWord, kNumeral, kSymbol };

struct Token {
  std::size_t begin = 0, end = 0;
  Kind kind = Kind::kSymbol;
  bool gap_before = false;  // white space before it
  std::string_view lower;   // words in lower case (a view into the lowered sentence)
};

// The sentence's tokens; `lowered` gets the sentence in ASCII lower case,
// which the words' `lower` views.
std::vector<Token> Tokenize(std::string_view s, std::string& lowered) {
  lowered.assign(s);
  for (char& ch : lowered) ch = AsciiLower(ch);
  std::vector<Token> out;
  std::size_t i = 0;
  bool gap = true;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      gap = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      gap = true;  // no-break space
      i += 2;
      continue;
    }
    Token t;
    t.begin = i;
    t.gap_before = gap;
    gap = false;
    if (IsAsciiDigit(s[i])) {
      t.kind = Kind::kNumeral;
      std::size_t j = i;
      while (j < s.size()) {
        if (IsAsciiDigit(s[j])) {
          ++j;
        } else if ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && IsAsciiDigit(s[j + 1])) {
          ++j;
        } else {
          break;
        }
      }
      t.end = j;
    } else if (IsAsciiAlpha(s[i])) {
      t.kind = Kind::kWord;
      std::size_t j = i;
      while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
      t.lower = std::string_view(lowered).substr(i, j - i);
      t.end = j;
    } else {
      t.kind = Kind::kSymbol;
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      t.end = std::min(s.size(), i + len);
    }
    i = t.end;
    out.push_back(std::move(t));
  }
  return out;
}

// ---- Reading numerals -------------------------------------------------------

struct Numeral {
  double value = 0;
  double precision = 1;
  bool ok = false;       // a well-formed quantity ("3,500", "1.2", "70000")
  bool grouped = false;  // has thousands separators
  bool decimal = false;
  std::size_t digits = 0;
};

Numeral ReadNumeral(std::string_view text) {
  Numeral n;
  std::size_t dots = 0, commas = 0;
  for (char c : text) {
    dots += c == '.';
    commas += c == ',';
    n.digits += IsAsciiDigit(c);
  }
  if (dots > 1 || n.digits > 15) return n;
  // Thousands separators: 1-3 digits, then groups of exactly 3.
  const std::size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  if (commas > 0) {
    // Groups between commas: the first of 1-3 digits, the others of exactly 3.
    std::size_t start = 0, group = 0;
    while (true) {
      std::size_t comma = whole.find(',', start);
      std::size_t len = (comma == std::string_view::npos ? whole.size() : comma) - start;
      if (group == 0 ? (len < 1 || len > 3) : len != 3) return n;
      if (comma == std::string_view::npos) break;
      start = comma + 1;
      ++group;
    }
  }
  double value = 0;
  for (char c : whole)
    if (IsAsciiDigit(c)) value = value * 10 + (c - '0');
  double precision = 1;
  if (dot != std::string_view::npos) {
    double scale = 1;
    for (char c : text.substr(dot + 1)) {
      scale /= 10;
      value += (c - '0') * scale;
    }
    precision = scale;
    n.decimal = true;
  } else {
    // The place of the last non-zero digit.
    std::uint64_t v = static_cast<std::uint64_t>(value);
    while (v != 0 && v % 10 == 0) {
      v /= 10;
      precision *= 10;
    }
  }
  n.value = value;
  n.precision = precision;
  n.grouped = commas > 0;
  n.ok = true;
  return n;
}

std::optional<double> SmallNumber(std::string_view w) {
  // Every written number below a hundred starts with one of these letters,
  // and has 3 to 9 of them; compared only with those of its length.
  constexpr std::size_t kLongest = 9;
  if (w.size() < 3 || w.size() > kLongest ||
      std::string_view("zotfsen").find(w[0]) == std::string_view::npos)
    return std::nullopt;
  static const auto* by_length = [] {
    auto* t = new std::array<std::vector<const Word*>, kLongest + 1>();
    for (const auto& x : kSmallNumbers) (*t)[x.text.size()].push_back(&x);
    return t;
  }();
  for (const Word* x : (*by_length)[w.size()])
    if (x->text == w) return x->value;
  return std::nullopt;
}

std::optional<double> Scale(std::string_view w) {
  for (const auto& x : kScales)
    if (x.text == w) return x.value;
  return std::nullopt;
}

double PrecisionOf(double value) {
  if (value < 1 || value != std::floor(value) || value > 1e15) return 1;
  double p = 1;
  std::uint64_t v = static_cast<std::uint64_t>(value);
  while (v != 0 && v % 10 == 0) {
    v /= 10;
    p *= 10;
  }
  return p;
}

bool IsWordToken(const Token& t, std::string_view w) {
  return t.kind == Kind::kWord && t.lower == w;
}
bool IsSymbol(std::string_view s, const Token& t, std::string_view sym) {
  return t.kind == Kind::kSymbol && s.substr(t.begin, t.end - t.begin) == sym;
}
bool IsDash(std::string_view s, const Token& t) {
  return IsSymbol(s, t, "-") || IsSymbol(s, t, "\xE2\x80\x93");  // hyphen, en dash
}

class Finder {
 public:
  explicit Finder(std::string_view s) : s_(s), t_(Tokenize(s, lowered_)) {}
  // (The tokens view lowered_.)
  Finder(const Finder&) = delete;
  Finder& operator=(const Finder&) = delete;

  std::vector<NumberExpression> Run() {
    std::vector<NumberExpression> out;
    std::size_t i = 0;
    while (i < t_.size()) {
      std::size_t next = i + 1;
      std::optional<NumberExpression> e;
      if (t_[i].kind == Kind::kNumeral) {
        e = FromNumeral(i, next);
      } else if (t_[i].kind == Kind::kWord) {
        e = FromWords(i, next);
      }
      if (e) out.push_back(*e);
      i = next;
    }
    return out;
  }

 private:
  std::string_view Text(const Token& t) const { return s_.substr(t.begin, t.end - t.begin); }
  bool Adjacent(std::size_t k) const { return k < t_.size() && !t_[k].gap_before; }
  bool WordAt(std::size_t k, std::string_view w) const {
    return k < t_.size() && IsWordToken(t_[k], w);
  }

  // Qualifier words ending just before token `first`; sets `begin` to their start.
  Qualifier QualifierBefore(std::size_t first, std::size_t& begin) const {
    Qualifier best = Qualifier::kExact;
    std::size_t best_words = 0;
    if (first == 0 || t_[first - 1].kind != Kind::kWord) return best;
    for (const auto& q : kQualifiers) {
      // The phrase's words, matched backwards from first - 1.
      std::string_view rest = q.words;
      std::size_t k = first, words = 0;
      bool match = true;
      while (!rest.empty()) {
        const std::size_t space = rest.rfind(' ');
        const std::string_view word =
            space == std::string_view::npos ? rest : rest.substr(space + 1);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(0, space);
        if (k == 0 || t_[k - 1].kind != Kind::kWord || t_[k - 1].lower != word) {
          match = false;
          break;
        }
        --k;
        ++words;
      }
      if (!match || words <= best_words) continue;
      best = q.qualifier;
      best_words = words;
      begin = t_[k].begin;
    }
    return best;
  }

  // A currency sign or code right before token `k` (the number); moves `first` to it.
  std::string_view CurrencyBefore(std::size_t k, std::size_t& first) const {
    if (k == 0) return {};
    // Glued signs: "$", "US$" (the "US" a word token glued to "$").
    const Token& p = t_[k - 1];
    for (const auto& c : kCurrencySigns) {
      if (p.kind == Kind::kSymbol && Text(p) == c.sign) {
        first = k - 1;
        // "US$": a word glued before the sign.
        if (k >= 2 && !p.gap_before && t_[k - 2].kind == Kind::kWord) {
          std::string combined = std::string(Text(t_[k - 2])) + std::string(c.sign);
          for (const auto& d : kCurrencySigns)
            if (d.sign == combined) first = k - 2;
        }
        return c.name;
      }
      if (p.kind == Kind::kWord && Text(p) == c.sign) {
        first = k - 1;
        return c.name;
      }
    }
    return {};
  }

  std::optional<NumberExpression> FromNumeral(std::size_t i, std::size_t& next) {
    NumberExpression e;
    const Token& t = t_[i];
    e.number_begin = t.begin;
    e.begin = t.begin;
    e.end = t.end;
    next = i + 1;
    const std::string_view raw = Text(t);
    Numeral n = ReadNumeral(raw);
    e.value = n.value;
    e.precision = n.precision;
    e.shape = n.ok ? NumberShape::kCount : NumberShape::kOther;
    if (std::count(raw.begin(), raw.end(), '.') > 1) e.shape = NumberShape::kDate;  // 21.11.2011

    // Glued to letters before: part of a name ("G20", "F-16", "COVID-19").
    if (i > 0 && !t.gap_before &&
        (t_[i - 1].kind == Kind::kWord || (IsDash(s_, t_[i - 1]) && i > 1 &&
                                           !t_[i - 1].gap_before && t_[i - 2].kind == Kind::kWord)))
      e.shape = NumberShape::kOther;
    if (i > 0 && !t.gap_before && (IsSymbol(s_, t_[i - 1], "#") || IsSymbol(s_, t_[i - 1], "+")))
      e.shape = IsSymbol(s_, t_[i - 1], "+") ? NumberShape::kPhone : NumberShape::kOther;

    std::size_t first = i;
    e.currency = CurrencyBefore(i, first);
    if (first != i) e.number_begin = e.begin = t_[first].begin;

    // What is glued after the numeral.
    std::size_t k = i + 1;
    if (Adjacent(k)) {
      const Token& a = t_[k];
      if (IsSymbol(s_, a, "%")) {
        e.shape = NumberShape::kPercent;
        e.end = a.end;
        next = k + 1;
      } else if ((IsSymbol(s_, a, ":") || IsSymbol(s_, a, ".")) && Adjacent(k + 1) &&
                 t_[k + 1].kind == Kind::kNumeral && !n.grouped) {
        // "10:54", "9.30am" (a decimal is one numeral token; "9.30" only
        // becomes a time with am/pm, below).
        e.shape = NumberShape::kTime;
        e.end = t_[k + 1].end;
        next = k + 2;
      } else if (IsSymbol(s_, a, "/") && Adjacent(k + 1) && t_[k + 1].kind == Kind::kNumeral) {
        e.shape = NumberShape::kDate;  // 21/11/2011, 3/4
        std::size_t j = k;
        while (j + 1 < t_.size() && Adjacent(j) && IsSymbol(s_, t_[j], "/") && Adjacent(j + 1) &&
               t_[j + 1].kind == Kind::kNumeral)
          j += 2;
        e.end = t_[j - 1].end;
        next = j;
      } else if (IsDash(s_, a) && Adjacent(k + 1) && t_[k + 1].kind == Kind::kNumeral) {
        // "30-40", "3-1", "2011-11-21", "555-0199".
        std::size_t j = k, digits = n.digits, parts = 1;
        while (j + 1 < t_.size() && Adjacent(j) && IsDash(s_, t_[j]) && Adjacent(j + 1) &&
               t_[j + 1].kind == Kind::kNumeral) {
          for (char c : Text(t_[j + 1])) digits += IsAsciiDigit(c);
          ++parts;
          j += 2;
        }
        e.shape = parts == 3 && n.digits == 4 ? NumberShape::kDate
                  : digits >= 7               ? NumberShape::kPhone
                                              : NumberShape::kRange;
        e.end = t_[j - 1].end;
        next = j;
      } else if (IsDash(s_, a) && Adjacent(k + 1) && t_[k + 1].kind == Kind::kWord) {
        // "45-year-old" (an age), "5,000-strong" (a count), "10-year" (a compound).
        if (WordAt(k + 1, "year") || WordAt(k + 1, "years")) {
          e.shape = Adjacent(k + 2) && Adjacent(k + 3) && WordAt(k + 3, "old")
                        ? NumberShape::kAge
                        : NumberShape::kOther;
        } else if (!WordAt(k + 1, "strong")) {
          e.shape = NumberShape::kOther;
        }
      } else if (a.kind == Kind::kWord) {
        bool known = false;
        for (auto suffix : kOrdinalSuffixes)
          if (a.lower == suffix) {
            e.shape = NumberShape::kOrdinal;
            known = true;
          }
        if (a.lower == "am" || a.lower == "pm") {
          e.shape = NumberShape::kTime;
          known = true;
        }
        if (!known && !e.currency.empty())
          for (const auto& m : kMoneySuffixes)
            if (a.lower == m.text) {
              e.value *= m.value;
              e.precision *= m.value;
              known = true;
            }
        if (!known)
          if (auto scale = Scale(a.lower); scale && a.lower != "hundred" && a.lower != "dozen") {
            e.value *= *scale;  // "2.9bn"
            e.precision *= *scale;
            known = true;
          }
        if (known) {
          e.end = a.end;
          next = k + 1;
        } else {
          e.shape = NumberShape::kOther;  // "300m", "4x4", "3D"
        }
      }
    }
    if (e.shape == NumberShape::kCount) ReadAfter(e, next, n.digits, n.grouped || n.decimal);
    if (e.shape == NumberShape::kCount) CheckAge(e, first);
    if (e.shape == NumberShape::kCount || e.shape == NumberShape::kPercent)
      e.qualifier = QualifierBefore(first, e.begin);
    return e;
  }

  // Scale, percent, currency and age words after a count, and phone numbers
  // written as groups of digits.
  void ReadAfter(NumberExpression& e, std::size_t& next, std::size_t digits, bool formatted) {
    std::size_t k = next;
    // "020 7946 0958": plain digit groups in a row.
    if (!formatted && k < t_.size() && t_[k].kind == Kind::kNumeral) {
      std::size_t j = k, total = digits;
      while (j < t_.size() && t_[j].kind == Kind::kNumeral &&
             Text(t_[j]).find_first_of(",.") == std::string_view::npos) {
        total += Text(t_[j]).size();
        ++j;
      }
      if (total >= 7 && j - k >= 1 && (digits <= 4)) {
        e.shape = NumberShape::kPhone;
        e.end = t_[j - 1].end;
        next = j;
        return;
      }
    }
    while (k < t_.size() && t_[k].kind == Kind::kWord) {
      const std::string_view w = t_[k].lower;
      if (auto scale = Scale(w); scale && w != "dozen") {
        e.value *= *scale;
        e.precision = std::max(1.0, e.precision * *scale);
        e.end = t_[k].end;
        next = ++k;
        continue;
      }
      break;
    }
    if (k < t_.size() && t_[k].kind == Kind::kWord) {
      const std::string_view w = t_[k].lower;
      for (auto p : kPercentWords)
        if (w == p) {
          e.shape = NumberShape::kPercent;
          e.end = t_[k].end;
          next = k + 1;
          return;
        }
      if (w == "per" && WordAt(k + 1, "cent")) {
        e.shape = NumberShape::kPercent;
        e.end = t_[k + 1].end;
        next = k + 2;
        return;
      }
      if ((w == "years" || w == "year") && WordAt(k + 1, "old")) {
        e.shape = NumberShape::kAge;
        e.end = t_[k + 1].end;
        next = k + 2;
        return;
      }
      if ((w == "am" || w == "pm") && !formatted) {
        e.shape = NumberShape::kTime;
        e.end = t_[k].end;
        next = k + 1;
        return;
      }
      if (e.currency.empty())
        for (const auto& c : kCurrencyWords)
          if (w == c.sign) e.currency = c.name;  // the word stays the unit, after the number
    }
  }

  // "aged 45", "(45)" after a name.
  void CheckAge(NumberExpression& e, std::size_t first) const {
    if (first > 0 && t_[first - 1].kind == Kind::kWord)
      for (auto w : kAgeWordsBefore)
        if (t_[first - 1].lower == w) e.shape = NumberShape::kAge;
    if (first >= 2 && IsSymbol(s_, t_[first - 1], "(") && t_[first - 2].kind == Kind::kWord &&
        IsAsciiAlpha(s_[t_[first - 2].begin]) && s_[t_[first - 2].begin] >= 'A' &&
        s_[t_[first - 2].begin] <= 'Z' && e.value < 120 && e.precision == 1) {
      // "Jane Smith (45)" — but not "(45 people)" nor "(3,500)".
      std::size_t after = first + 1;
      while (after < t_.size() && t_[after].begin < e.end) ++after;
      if (after < t_.size() && IsSymbol(s_, t_[after], ")")) e.shape = NumberShape::kAge;
    }
  }

  // Written numbers: "forty-five", "two hundred and fifty", "two dozen", "a million".
  std::optional<NumberExpression> FromWords(std::size_t i, std::size_t& next) {
    next = i + 1;
    const std::string_view w0 = t_[i].lower;
    bool starts_with_a = w0 == "a" || w0 == "an";
    if (!starts_with_a && !SmallNumber(w0)) return std::nullopt;
    if (starts_with_a &&
        !(i + 1 < t_.size() && t_[i + 1].kind == Kind::kWord && Scale(t_[i + 1].lower)))
      return std::nullopt;
    // A word glued to a number or a dash before it is part of something else ("COVID-nineteen").
    double total = 0, current = starts_with_a ? 1 : 0;
    std::size_t k = starts_with_a ? i + 1 : i;
    std::size_t last = i;
    bool any = false;
    while (k < t_.size()) {
      const Token& t = t_[k];
      if (t.kind == Kind::kSymbol && IsDash(s_, t) && Adjacent(k) && Adjacent(k + 1) &&
          k + 1 < t_.size() && t_[k + 1].kind == Kind::kWord && SmallNumber(t_[k + 1].lower) &&
          any) {
        ++k;  // "forty-five"
        continue;
      }
      if (t.kind != Kind::kWord) break;
      if (t.lower == "and" && any && k + 1 < t_.size() && t_[k + 1].kind == Kind::kWord &&
          SmallNumber(t_[k + 1].lower) && current >= 100) {
        ++k;
        continue;
      }
      if (auto v = SmallNumber(t.lower)) {
        // "one two" is not a number; "twenty five" is.
        if (any &&
            !(*v < 10 && static_cast<long long>(current) % 100 >= 20 &&
              static_cast<long long>(current) % 10 == 0) &&
            !(static_cast<long long>(current) % 100 == 0 && current >= 100) && current != 0)
          break;
        current += *v;
      } else if (auto scale = Scale(t.lower)) {
        if (*scale == 100 || *scale == 12) {
          current = (current == 0 ? 1 : current) * *scale;
        } else {
          total += (current == 0 ? 1 : current) * *scale;
          current = 0;
        }
      } else {
        break;
      }
      any = true;
      last = k;
      ++k;
    }
    if (!any || (starts_with_a && last == i)) return std::nullopt;
    NumberExpression e;
    e.written = true;
    e.value = total + current;
    e.precision = PrecisionOf(e.value);
    e.begin = e.number_begin = t_[i].begin;
    e.end = t_[last].end;
    next = last + 1;
    // Vague plurals are no number: "hundreds", "dozens" end in 's' and are not scales.
    if (next < t_.size() && t_[next].kind == Kind::kWord) {
      const std::string_view w = t_[next].lower;
      if (w == "percent" || (w == "per" && WordAt(next + 1, "cent"))) {
        e.shape = NumberShape::kPercent;
        e.end = t_[w == "per" ? next + 1 : next].end;
        next += w == "per" ? 2 : 1;
      } else if ((w == "years" || w == "year") && WordAt(next + 1, "old")) {
        e.shape = NumberShape::kAge;
      } else {
        for (const auto& c : kCurrencyWords)
          if (w == c.sign) e.currency = c.name;
      }
    }
    if (Adjacent(next) && next < t_.size() && IsDash(s_, t_[next]) && WordAt(next + 1, "year"))
      e.shape = NumberShape::kOther;  // "a two-year sentence"
    if (e.shape == NumberShape::kCount) CheckAge(e, i);
    e.qualifier = QualifierBefore(i, e.begin);
    return e;
  }

  std::string_view s_;
  std::string lowered_;  // before t_, which is made from it
  std::vector<Token> t_;
};

}  // namespace

bool IsNumberWord(std::string_view lower) {
  if (lower == "zero") return false;
  for (const Word& w : kSmallNumbers)
    if (w.text == lower) return true;
  // (The scales spelled out, not "bn" or "mn", which are abbreviations.)
  for (const Word& w : kScales)
    if (w.text == lower) return w.text.size() > 2;
  return false;
}

std::vector<NumberExpression> FindNumberExpressions(std::string_view sentence) {
  return Finder(sentence).Run();
}

bool SameWithinRounding(double a, double precision_a, bool approximate_a, double b,
                        double precision_b, bool approximate_b) {
  auto equal = [](double x, double y) {
    return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::max(std::fabs(x), std::fabs(y)));
  };
  if (equal(a, b)) return true;
  if (approximate_a && precision_a > 0 && equal(std::round(b / precision_a) * precision_a, a))
    return true;
  if (approximate_b && precision_b > 0 && equal(std::round(a / precision_b) * precision_b, b))
    return true;
  return false;
}

bool SameWithinRounding(const NumberExpression& a, const NumberExpression& b) {
  return SameWithinRounding(a.value, a.precision, a.qualifier != Qualifier::kExact, b.value,
                            b.precision, b.qualifier != Qualifier::kExact);
}

}  // namespace precis::text
