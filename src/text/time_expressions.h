// Finds the time expressions of an English sentence ("14 July 2010", "July
// 14", "2010-07-14", "on Monday", "next Friday", "yesterday", "last week",
// "in March", "2009") and resolves them against the article's date. Linear in
// the sentence, never throws; pure functions, thread-safe.
#ifndef PRECIS_TEXT_TIME_EXPRESSIONS_H_
#define PRECIS_TEXT_TIME_EXPRESSIONS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

// A calendar date (proleptic Gregorian). Values are always a real day.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// The date of "YYYY-MM-DD" (a time or zone after it is ignored), or nullopt
// when the text does not start with a real day.
std::optional<CivilDate> ParseIsoDate(std::string_view text);
// "YYYY-MM-DD".
std::string IsoDate(const CivilDate& date);
// Days since 1970-01-01 (negative before), and back.
long DayNumber(const CivilDate& date);
CivilDate FromDayNumber(long days);

enum class Granularity { kDay, kWeek, kMonth, kYear };

struct TimeExpression {
  std::size_t begin = 0;  // byte offsets into the sentence
  std::size_t end = 0;
  // The day for kDay; the Monday of the week for kWeek; the first day of the
  // month or year for kMonth and kYear.
  CivilDate date;
  Granularity granularity = Granularity::kDay;
  // True when the text names the date itself ("14 July 2010"), false when it
  // was worked out from the article's date ("on Monday", "yesterday").
  bool explicit_date = false;
  // True for a full date followed by a clock time ("26 April 2009 10.40
  // BST", "Mon Mar 2, 2009 4:23 pm"): a page's time stamp rather than
  // something said about the day.
  bool stamp = false;
};

// The time expressions of `sentence`, in text order, not overlapping.
// Relative expressions ("on Monday", "last week") and dates without a year
// ("July 14") are resolved against `article_date`; without one they are left
// out. Weekdays and yearless dates are taken in the past of the article
// ("on Monday" is the latest Monday up to the article's day) unless the
// sentence speaks of the future before them ("will", "next", "scheduled").
std::vector<TimeExpression> FindTimeExpressions(std::string_view sentence,
                                                std::optional<CivilDate> article_date);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TIME_EXPRESSIONS_H_
