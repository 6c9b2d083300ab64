#include "read/date_normalizer.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <vector>

#include "base/ascii.h"
#include "base/calendar_words.h"
#include "read/paragraphs.h"

namespace precis::read {

namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsAsciiDigit(c)) return false;
  return true;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// 1-12 for an English month name or its abbreviation ("Sept" too), else 0.
int MonthNumber(std::string_view word) {
  std::string w = AsciiFold(word);
  if (w.size() < 3) return 0;
  // (A prefix of a full name: "janu", "sept" too.)
  for (std::size_t m = 0; m < kFullMonthNames; ++m)
    if (kMonthNames[m].text.starts_with(w)) return kMonthNames[m].value;
  return 0;
}

// Parses "HH:MM[:SS[.fff]][Z|+HH:MM|+HHMM]" at the start of s; returns the
// normalised "THH:MM:SS..." suffix or nullopt.
std::optional<std::string> IsoTime(std::string_view s) {
  if (s.size() < 5 || !IsAsciiDigit(s[0]) || !IsAsciiDigit(s[1]) || s[2] != ':' ||
      !IsAsciiDigit(s[3]) || !IsAsciiDigit(s[4])) {
    return std::nullopt;
  }
  int hh = ToInt(s.substr(0, 2));
  int mm = ToInt(s.substr(3, 2));
  int ss = 0;
  std::size_t i = 5;
  if (i + 2 < s.size() && s[i] == ':' && IsAsciiDigit(s[i + 1]) && IsAsciiDigit(s[i + 2])) {
    ss = ToInt(s.substr(i + 1, 2));
    i += 3;
  }
  while (i < s.size() && (s[i] == '.' || s[i] == ',' || IsAsciiDigit(s[i]))) ++i;  // fractions
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", hh, mm, ss);
  std::string out = buf;
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) return out + "Z";
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    std::string_view z = s.substr(i + 1);
    std::string digits;
    for (char c : z.substr(0, 5)) {
      if (IsAsciiDigit(c))
        digits += c;
      else if (c != ':')
        break;
    }
    if (digits.size() == 4 && ToInt(digits.substr(0, 2)) <= 14 && ToInt(digits.substr(2)) < 60) {
      return out + s[i] + digits.substr(0, 2) + ":" + digits.substr(2);
    }
  }
  return out;
}

// "YYYY-MM-DD" or "YYYY/MM/DD" at the start of s, optionally with a time.
std::string IsoLike(std::string_view s) {
  if (s.size() < 10 || !AllDigits(s.substr(0, 4)) || (s[4] != '-' && s[4] != '/') ||
      !AllDigits(s.substr(5, 2)) || s[7] != s[4] || !AllDigits(s.substr(8, 2))) {
    return "";
  }
  if (s.size() > 10 && IsAsciiDigit(s[10])) return "";
  std::string date = IsoDate(ToInt(s.substr(0, 4)), ToInt(s.substr(5, 2)), ToInt(s.substr(8, 2)));
  if (date.empty() || s.size() == 10) return date;
  if (s[10] == 'T' || s[10] == 't' || s[10] == ' ') {
    if (auto t = IsoTime(s.substr(11))) return date + *t;
  }
  return date;
}

// Splits into runs of letters and runs of digits; everything else separates.
std::vector<std::string_view> Tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t j = i;
    if (std::isalpha(c)) {
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    } else if (std::isdigit(c)) {
      while (j < s.size() && IsAsciiDigit(s[j])) ++j;
    } else {
      ++i;
      continue;
    }
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Numeric forms: YYYYMMDD, YYMMDD, MM/DD/YY(YY), DD/MM/YYYY, DD.MM.YYYY.
std::string Numeric(std::string_view s) {
  if (AllDigits(s) && s.size() == 8) {
    return IsoDate(ToInt(s.substr(0, 4)), ToInt(s.substr(4, 2)), ToInt(s.substr(6, 2)));
  }
  if (AllDigits(s) && s.size() == 6) {
    return IsoDate(ToInt(s.substr(0, 2)), ToInt(s.substr(2, 2)), ToInt(s.substr(4, 2)));
  }
  std::vector<std::string_view> parts = Tokens(s);
  if (parts.size() < 3 || !AllDigits(parts[0]) || !AllDigits(parts[1]) || !AllDigits(parts[2])) {
    return "";
  }
  std::size_t sep = s.find_first_not_of("0123456789");
  if (sep == std::string_view::npos || (s[sep] != '/' && s[sep] != '.' && s[sep] != '-')) return "";
  if (parts[0].size() > 2 || parts[1].size() > 2 ||
      (parts[2].size() != 2 && parts[2].size() != 4)) {
    return "";
  }
  int a = ToInt(parts[0]);
  int b = ToInt(parts[1]);
  int y = ToInt(parts[2]);
  // US order unless the first number cannot be a month; dotted dates are
  // European (day first).
  if (a > 12 || s[sep] == '.') return IsoDate(y, b, a);
  return IsoDate(y, a, b);
}

// Written dates: a month name with a day and a year in either order.
std::string Written(std::string_view s) {
  std::vector<std::string_view> tokens = Tokens(s);
  int month = 0;
  std::size_t month_at = 0;
  for (std::size_t i = 0; i < tokens.size() && month == 0; ++i) {
    if (!AllDigits(tokens[i])) {
      month = MonthNumber(tokens[i]);
      month_at = i;
    }
  }
  if (month == 0) return "";
  int day = 0;
  int year = -1;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!AllDigits(tokens[i]) || tokens[i].size() > 4) continue;
    int v = ToInt(tokens[i]);
    if (tokens[i].size() == 4) {
      if (year < 0) year = v;
    } else if (day == 0 && v >= 1 && v <= 31 && (i + 1 == month_at || i == month_at + 1)) {
      day = v;
    } else if (year < 0 && tokens[i].size() == 2 && i > month_at) {
      year = v;
    }
  }
  if (day == 0 || year < 0) return "";
  return IsoDate(year, month, day);
}

}  // namespace

std::string IsoDate(int year, int month, int day) {
  if (year >= 0 && year < 100) year += year < 30 ? 2000 : 1900;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return "";
  if (day > DaysIn(year, month)) return "";
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string NormalizeDate(std::string_view raw) {
  std::string collapsed = CollapseWhitespace(raw);
  std::string_view s = collapsed;
  if (s.empty() || s.size() > 200) return "";
  if (std::string iso = IsoLike(s); !iso.empty()) return iso;
  if (std::string num = Numeric(s); !num.empty()) return num;
  return Written(s);
}

}  // namespace precis::read
