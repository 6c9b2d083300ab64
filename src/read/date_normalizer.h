// Normalises the dates found in news markup to ISO 8601: "YYYY-MM-DD", or
// "YYYY-MM-DDTHH:MM:SS" (plus the zone when given) when a time is present.
// Understands ISO dates and timestamps, YYYYMMDD, YYMMDD, MM/DD/YY(YY),
// DD/MM/YYYY (when the first number is over 12) and written dates such as
// "29 Jun 1994" or "Saturday, March 9, 1991". Pure; thread-safe.
#ifndef PRECIS_READ_DATE_NORMALIZER_H_
#define PRECIS_READ_DATE_NORMALIZER_H_

#include <string>
#include <string_view>

namespace precis::read {

// The ISO form of `raw`, or "" when no valid date is recognised.
std::string NormalizeDate(std::string_view raw);

// The ISO date for year/month/day (two-digit years: 00-29 are 20xx, others
// 19xx), or "" when the date does not exist.
std::string IsoDate(int year, int month, int day);

}  // namespace precis::read

#endif  // PRECIS_READ_DATE_NORMALIZER_H_
