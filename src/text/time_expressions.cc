#include "text/time_expressions.h"

#include <array>
#include <cstdio>
#include <unordered_set>

#include "base/ascii.h"
#include "base/calendar_words.h"

namespace precis::text {
namespace {

// ---- Calendar arithmetic (exact integer algorithms; no time zones needed). --

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// Years outside this range are not dates a news story resolves to.
constexpr int kMinYear = 1000, kMaxYear = 2999;

std::optional<CivilDate> MakeDate(int y, int m, int d) {
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m))
    return std::nullopt;
  return CivilDate{y, m, d};
}

// 0 = Sunday ... 6 = Saturday.
int Weekday(const CivilDate& d) {
  long n = DayNumber(d);
  return static_cast<int>(((n % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
}

CivilDate AddDays(const CivilDate& d, long days) { return FromDayNumber(DayNumber(d) + days); }

CivilDate AddMonths(const CivilDate& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  return CivilDate{index / 12, index % 12 + 1, 1};
}

CivilDate MondayOf(const CivilDate& d) { return AddDays(d, -((Weekday(d) + 6) % 7)); }

// ---- Tokens: ASCII words, digit runs, single punctuation bytes. -------------

enum class Kind { kWord, kNumber, kPunct };

struct Token {
  Kind kind = Kind::kPunct;
  std::size_t begin = 0, end = 0;
  std::string lower;  // words: lower-cased; punctuation: the byte
  bool capitalized = false;
  int value = -1;           // numbers: their value when at most 9 digits
  int digits = 0;           // numbers: how many digits (an ordinal suffix not counted)
  bool vocabulary = false;  // words: one of the English time words below
};

bool IsTimeWord(const std::string& word);

// Time zones of countries that write dates day first (Europe, Africa,
// Australia, India).
bool IsDayFirstZone(const std::string& word) { return CalendarValue(kTimeZones, word) == 1; }

std::vector<Token> Tokens(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (IsAsciiAlpha(c) || (c == '\'' && i + 1 < s.size() && IsAsciiAlpha(s[i + 1]))) {
      t.kind = Kind::kWord;
      t.capitalized = c >= 'A' && c <= 'Z';
      t.lower += AsciiLower(c);
      ++i;
      while (i < s.size() && IsAsciiAlpha(s[i])) t.lower += AsciiLower(s[i++]);
      t.vocabulary = IsTimeWord(t.lower);
    } else if (IsAsciiDigit(c)) {
      t.kind = Kind::kNumber;
      long value = 0;
      while (i < s.size() && IsAsciiDigit(s[i])) {
        if (t.digits < 9) value = value * 10 + (s[i] - '0');
        ++t.digits;
        ++i;
      }
      t.value = t.digits <= 9 ? static_cast<int>(value) : -1;
      // An ordinal suffix ("14th") belongs to the number.
      if (i + 1 < s.size() && IsAsciiAlpha(s[i]) && IsAsciiAlpha(s[i + 1]) &&
          (i + 2 >= s.size() || !IsAsciiAlpha(s[i + 2]))) {
        std::string suffix{AsciiLower(s[i]), AsciiLower(s[i + 1])};
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") i += 2;
      }
    } else {
      t.kind = Kind::kPunct;
      t.lower = std::string(1, c);
      ++i;
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

// ---- English vocabulary. ------------------------------------------------------

struct Name {
  const char* text;
  int value;
};

constexpr Name kCounts[] = {{"a", 1},    {"an", 1},   {"one", 1},     {"two", 2},    {"three", 3},
                            {"four", 4}, {"five", 5}, {"six", 6},     {"seven", 7},  {"eight", 8},
                            {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}};

// Words before a bare month name that make it a time ("in March", "since
// April", "mid-June"), so that "April" alone (a name) is not one.
constexpr const char* kMonthLeads[] = {
    "in",      "since", "until", "till", "by",   "during", "from",  "to",
    "through", "early", "late",  "mid",  "last", "next",   "this",  "between",
    "before",  "after", "of",    "and",  "or",   "end",    "start", "beginning"};

// Words that put what follows in the future of the article.
constexpr const char* kFutureCues[] = {"will",    "'ll",      "shall",    "scheduled",
                                       "due",     "expected", "upcoming", "plans",
                                       "planned", "set",      "tomorrow", "later"};

// Every word a rule can start with or test. A sentence is mostly other
// words, and a token that is neither a number nor one of these is passed over
// with one hash lookup.
bool IsTimeWord(const std::string& word) {
  static const std::unordered_set<std::string_view> kWords = [] {
    std::unordered_set<std::string_view> words;
    for (const auto& n : kMonthNames) words.insert(n.text);
    for (const auto& n : kWeekdayNames) words.insert(n.text);
    for (const auto& n : kCounts) words.insert(n.text);
    for (const auto& n : kRelativeDays) words.insert(n.text);
    for (const char* w : {"last", "this", "next"}) words.insert(w);
    return words;
  }();
  return kWords.count(word) > 0;
}

// The index of `word` in `names` (value), optionally only among the first
// `limit` entries; -1 when absent.
template <typename NameT, std::size_t N>
int Lookup(const NameT (&names)[N], const std::string& word, std::size_t limit = N) {
  for (std::size_t k = 0; k < limit && k < N; ++k)
    if (word == names[k].text) return names[k].value;
  return -1;
}

template <std::size_t N>
bool OneOf(const char* const (&words)[N], const std::string& word) {
  for (const char* w : words)
    if (word == w) return true;
  return false;
}

// ---- Matching. ----------------------------------------------------------------

class Matcher {
 public:
  Matcher(std::string_view sentence, std::optional<CivilDate> anchor)
      : tokens_(Tokens(sentence)), anchor_(anchor) {
    // Where clocks read GMT, CET and the like, dates are written day first:
    // "10/04/2024 17:42 CET" is 10 April.
    for (const Token& t : tokens_) day_first_ |= t.kind == Kind::kWord && IsDayFirstZone(t.lower);
  }

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> out;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      std::size_t next = i;
      if (auto e = MatchAt(i, next)) {
        e->stamp = e->explicit_date && e->granularity == Granularity::kDay && IsClockTime(next);
        out.push_back(*e);
        i = next;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const Token* At(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  bool IsWord(std::size_t i, const char* w) const {
    const Token* t = At(i);
    return t && t->kind == Kind::kWord && t->lower == w;
  }
  bool IsPunct(std::size_t i, char c) const {
    const Token* t = At(i);
    return t && t->kind == Kind::kPunct && t->lower[0] == c;
  }
  // Tokens i and i + 1 touch (no space between them).
  bool Adjacent(std::size_t i) const {
    return i + 1 < tokens_.size() && tokens_[i].end == tokens_[i + 1].begin;
  }
  bool IsNumber(std::size_t i, int min_digits, int max_digits) const {
    const Token* t = At(i);
    return t && t->kind == Kind::kNumber && t->digits >= min_digits && t->digits <= max_digits &&
           t->value >= 0;
  }
  // A year written in full: four digits, 1000-2999, not part of a bigger
  // number ("36,000", "3.1415", "$2009").
  bool IsYear(std::size_t i) const {
    if (!IsNumber(i, 4, 4) || tokens_[i].value < kMinYear || tokens_[i].value > kMaxYear)
      return false;
    if (tokens_[i].end - tokens_[i].begin != 4) return false;  // "2009th"
    if (i > 0 && Adjacent(i - 1)) {
      if (IsPunct(i - 1, '$')) return false;
      if ((IsPunct(i - 1, ',') || IsPunct(i - 1, '.')) && i >= 2 && Adjacent(i - 2) &&
          tokens_[i - 2].kind == Kind::kNumber)
        return false;
    }
    if (Adjacent(i) && (IsPunct(i + 1, ',') || IsPunct(i + 1, '.')) && Adjacent(i + 1) &&
        IsNumber(i + 2, 1, 9))
      return false;
    return true;
  }
  // A month name at i; `full_only` refuses abbreviations. Month names are
  // capitalized in English, which keeps "may" and "march" out.
  int MonthAt(std::size_t i, bool full_only = false) const {
    const Token* t = At(i);
    if (!t || t->kind != Kind::kWord || !t->capitalized) return -1;
    return Lookup(kMonthNames, t->lower, full_only ? kFullMonthNames : std::size(kMonthNames));
  }
  // The token after a month name (skipping an abbreviation's '.').
  std::size_t AfterMonth(std::size_t i) const {
    const Token& t = tokens_[i];
    bool abbreviation = Lookup(kMonthNames, t.lower, kFullMonthNames) < 0;
    return abbreviation && Adjacent(i) && IsPunct(i + 1, '.') ? i + 2 : i + 1;
  }
  bool IsDayNumber(std::size_t i) const {
    return IsNumber(i, 1, 2) && tokens_[i].value >= 1 && tokens_[i].value <= 31 &&
           !(Adjacent(i) && (IsPunct(i + 1, ':') || IsPunct(i + 1, '.') || IsPunct(i + 1, '%')) &&
             IsNumber(i + 2, 1, 9));
  }
  // "10.40", "4:23", "09:29" at token i: hours and minutes.
  bool IsClockTime(std::size_t i) const {
    return IsNumber(i, 1, 2) && tokens_[i].value <= 24 && Adjacent(i) &&
           (IsPunct(i + 1, ':') || IsPunct(i + 1, '.')) && Adjacent(i + 1) &&
           IsNumber(i + 2, 2, 2) && tokens_[i + 2].value < 60;
  }
  bool FutureBefore(std::size_t i) const {
    std::size_t from = i > 8 ? i - 8 : 0;
    for (std::size_t k = from; k < i; ++k)
      if (tokens_[k].kind == Kind::kWord && OneOf(kFutureCues, tokens_[k].lower)) return true;
    return false;
  }

  TimeExpression Make(std::size_t first, std::size_t last, CivilDate date, Granularity g,
                      bool explicit_date) const {
    TimeExpression e;
    e.begin = tokens_[first].begin;
    e.end = tokens_[last].end;
    e.date = date;
    e.granularity = g;
    e.explicit_date = explicit_date;
    return e;
  }

  // A day and month without a year: the year that puts it in the article's
  // recent past (or near future when the sentence speaks of the future).
  std::optional<CivilDate> YearFromContext(int month, int day, bool future) const {
    if (!anchor_) return std::nullopt;
    auto date = MakeDate(anchor_->year, month, day);
    if (!date) date = MakeDate(anchor_->year - 1, month, day);  // 29 February
    if (!date) return std::nullopt;
    long delta = DayNumber(*date) - DayNumber(*anchor_);
    int year = date->year;
    if (future ? delta < -7 : delta < -300) ++year;
    if (!future && delta > 60) --year;
    return MakeDate(year, month, day);
  }

  // A date that names its day: ISO, M/D/YYYY, "14 July [2010]", "July 14[,
  // 2010]". Sets `next` past it.
  std::optional<TimeExpression> ExplicitDay(std::size_t i, std::size_t& next) const {
    // 2010-07-14
    if (IsYear(i) && Adjacent(i) && IsPunct(i + 1, '-') && Adjacent(i + 1) &&
        IsNumber(i + 2, 2, 2) && Adjacent(i + 2) && IsPunct(i + 3, '-') && Adjacent(i + 3) &&
        IsNumber(i + 4, 2, 2)) {
      if (auto d = MakeDate(tokens_[i].value, tokens_[i + 2].value, tokens_[i + 4].value)) {
        next = i + 5;
        return Make(i, i + 4, *d, Granularity::kDay, true);
      }
    }
    // 7/14/2010 (month first, unless the first number cannot be a month or
    // the sentence's clock names a day-first time zone)
    if (IsNumber(i, 1, 2) && Adjacent(i) && IsPunct(i + 1, '/') && Adjacent(i + 1) &&
        IsNumber(i + 2, 1, 2) && Adjacent(i + 2) && IsPunct(i + 3, '/') && Adjacent(i + 3) &&
        IsYear(i + 4)) {
      int a = tokens_[i].value, b = tokens_[i + 2].value;
      const bool day_first = a > 12 || (day_first_ && b <= 12);
      auto d =
          day_first ? MakeDate(tokens_[i + 4].value, b, a) : MakeDate(tokens_[i + 4].value, a, b);
      if (d) {
        next = i + 5;
        return Make(i, i + 4, *d, Granularity::kDay, true);
      }
    }
    // 14 July 2010, 14th of July
    if (IsDayNumber(i)) {
      std::size_t m = IsWord(i + 1, "of") ? i + 2 : i + 1;
      int month = MonthAt(m);
      if (month > 0) {
        std::size_t after = AfterMonth(m);
        std::size_t y = IsPunct(after, ',') ? after + 1 : after;
        if (IsYear(y)) {
          if (auto d = MakeDate(tokens_[y].value, month, tokens_[i].value)) {
            next = y + 1;
            return Make(i, y, *d, Granularity::kDay, true);
          }
        } else if (auto d = YearFromContext(month, tokens_[i].value, FutureBefore(i))) {
          next = after;
          return Make(i, after - 1, *d, Granularity::kDay, true);
        }
      }
    }
    // July 14, 2010; July 14
    int month = MonthAt(i);
    if (month > 0) {
      std::size_t day = AfterMonth(i);
      if (IsDayNumber(day)) {
        std::size_t y = IsPunct(day + 1, ',') ? day + 2 : day + 1;
        if (IsYear(y)) {
          if (auto d = MakeDate(tokens_[y].value, month, tokens_[day].value)) {
            next = y + 1;
            return Make(i, y, *d, Granularity::kDay, true);
          }
        } else if (auto d = YearFromContext(month, tokens_[day].value, FutureBefore(i))) {
          next = day + 1;
          return Make(i, day, *d, Granularity::kDay, true);
        }
      }
    }
    return std::nullopt;
  }

  std::optional<TimeExpression> MatchAt(std::size_t i, std::size_t& next) const {
    const Token& t = tokens_[i];
    // Every rule starts with a number or a time word.
    if (t.kind == Kind::kPunct || (t.kind == Kind::kWord && !t.vocabulary)) return std::nullopt;
    if (auto e = ExplicitDay(i, next)) return e;

    if (t.kind == Kind::kWord) {
      // Weekdays: "Monday, July 14, 2010" is the explicit date; "on Monday",
      // "last Monday", "next Monday" are worked out from the article's date.
      int weekday = t.capitalized ? Lookup(kWeekdayNames, t.lower) : -1;
      if (weekday >= 0) {
        std::size_t d = IsPunct(i + 1, ',') ? i + 2 : i + 1;
        if (d < tokens_.size()) {
          std::size_t after = d;
          if (auto e = ExplicitDay(d, after)) {
            next = after;
            e->begin = t.begin;
            return e;
          }
        }
        bool full = Lookup(kWeekdayNames, t.lower, kFullWeekdayNames) >= 0;
        if (full && anchor_) {
          bool last = i > 0 && IsWord(i - 1, "last");
          bool coming = i > 0 && (IsWord(i - 1, "next") || IsWord(i - 1, "this"));
          bool future = IsWord(i - 1, "next") || (!last && FutureBefore(i));
          int today = Weekday(*anchor_);
          long delta = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
          if (delta == 0 && (last || IsWord(i - 1, "next"))) delta = last ? -7 : 7;
          std::size_t first = (last || coming) ? i - 1 : i;
          next = i + 1;
          return Make(first, i, AddDays(*anchor_, delta), Granularity::kDay, false);
        }
      }

      // Days relative to the article.
      if (anchor_) {
        if (IsCalendarName(kRelativeDays, t.lower)) {
          const int offset = CalendarValue(kRelativeDays, t.lower);
          next = i + 1;
          return Make(i, i, AddDays(*anchor_, offset), Granularity::kDay, false);
        }
        if (t.lower == "last" && IsWord(i + 1, "night")) {
          next = i + 2;
          return Make(i, i + 1, AddDays(*anchor_, -1), Granularity::kDay, false);
        }
        if (t.lower == "this" &&
            (IsWord(i + 1, "morning") || IsWord(i + 1, "afternoon") || IsWord(i + 1, "evening"))) {
          next = i + 2;
          return Make(i, i + 1, *anchor_, Granularity::kDay, false);
        }
        // last / this / next week, month, year
        int shift = t.lower == "last" ? -1 : t.lower == "this" ? 0 : t.lower == "next" ? 1 : 99;
        if (shift != 99 && At(i + 1) && At(i + 1)->kind == Kind::kWord) {
          const std::string& unit = tokens_[i + 1].lower;
          std::optional<TimeExpression> e;
          if (unit == "week")
            e = Make(i, i + 1, AddDays(MondayOf(*anchor_), 7L * shift), Granularity::kWeek, false);
          else if (unit == "month")
            e = Make(i, i + 1, AddMonths(*anchor_, shift), Granularity::kMonth, false);
          else if (unit == "year")
            e = Make(i, i + 1, CivilDate{anchor_->year + shift, 1, 1}, Granularity::kYear, false);
          if (e) {
            next = i + 2;
            return e;
          }
        }
        // "three days ago", "a week ago"
        int count = t.kind == Kind::kWord ? Lookup(kCounts, t.lower) : -1;
        if (count > 0 && At(i + 1) && At(i + 1)->kind == Kind::kWord && IsWord(i + 2, "ago")) {
          if (auto e = Ago(i, count)) {
            next = i + 3;
            return e;
          }
        }
      }

      // "in March", "mid-June", "March 2011"
      int month = MonthAt(i, /*full_only=*/true);
      if (month < 0) month = MonthAt(i) > 0 && AfterMonth(i) == i + 2 ? MonthAt(i) : -1;
      if (month > 0) {
        std::size_t after = AfterMonth(i);
        std::size_t y = IsPunct(after, ',') ? after + 1 : after;
        if (IsYear(y)) {
          next = y + 1;
          return Make(i, y, CivilDate{tokens_[y].value, month, 1}, Granularity::kMonth, true);
        }
        std::size_t lead = i;
        if (lead > 0 && IsPunct(lead - 1, '-')) --lead;
        if (anchor_ && lead > 0 && tokens_[lead - 1].kind == Kind::kWord &&
            OneOf(kMonthLeads, tokens_[lead - 1].lower) && MonthAt(i, true) > 0) {
          bool last = tokens_[lead - 1].lower == "last";
          bool future = tokens_[lead - 1].lower == "next" || (!last && FutureBefore(i));
          int year = anchor_->year;
          if (future ? month < anchor_->month : month > anchor_->month) year += future ? 1 : -1;
          if (last && month == anchor_->month) --year;
          std::size_t first =
              (last || tokens_[lead - 1].lower == "next" || tokens_[lead - 1].lower == "this")
                  ? lead - 1
                  : i;
          next = i + 1;
          return Make(first, i, CivilDate{year, month, 1}, Granularity::kMonth, false);
        }
      }
    }

    if (IsYear(i)) {
      next = i + 1;
      return Make(i, i, CivilDate{tokens_[i].value, 1, 1}, Granularity::kYear, true);
    }
    if (t.kind == Kind::kNumber && t.value > 0 && At(i + 1) && At(i + 1)->kind == Kind::kWord &&
        IsWord(i + 2, "ago") && anchor_) {
      if (auto e = Ago(i, t.value)) {
        next = i + 3;
        return e;
      }
    }
    return std::nullopt;
  }

  // "<count> days|weeks|months|years ago", from token i.
  std::optional<TimeExpression> Ago(std::size_t i, int count) const {
    const std::string& unit = tokens_[i + 1].lower;
    if (count > 10000) return std::nullopt;
    if (unit == "day" || unit == "days")
      return Make(i, i + 2, AddDays(*anchor_, -count), Granularity::kDay, false);
    if (unit == "week" || unit == "weeks")
      return Make(i, i + 2, MondayOf(AddDays(*anchor_, -7L * count)), Granularity::kWeek, false);
    if (unit == "month" || unit == "months")
      return Make(i, i + 2, AddMonths(*anchor_, -count), Granularity::kMonth, false);
    if ((unit == "year" || unit == "years") && anchor_->year - count >= kMinYear)
      return Make(i, i + 2, CivilDate{anchor_->year - count, 1, 1}, Granularity::kYear, false);
    return std::nullopt;
  }

  std::vector<Token> tokens_;
  std::optional<CivilDate> anchor_;
  bool day_first_ = false;
};

}  // namespace

// Days from civil (H. Hinnant's algorithm): exact for every Gregorian date.
long DayNumber(const CivilDate& date) {
  long y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate FromDayNumber(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (std::size_t j = 0; j < lengths[k]; ++j) {
      char c = text[starts[k] + j];
      if (!IsAsciiDigit(c)) return std::nullopt;
      parts[k] = parts[k] * 10 + (c - '0');
    }
  if (text.size() > 10 && IsAsciiDigit(text[10])) return std::nullopt;
  return MakeDate(parts[0], parts[1], parts[2]);
}

std::string IsoDate(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::vector<TimeExpression> FindTimeExpressions(std::string_view sentence,
                                                std::optional<CivilDate> article_date) {
  // Only a bad_alloc could escape; a sentence too big to tokenize has none.
  try {
    return Matcher(sentence, article_date).Run();
  } catch (...) {
    return {};
  }
}

}  // namespace precis::text
