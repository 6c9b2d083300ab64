// English month and weekday names with their numbers, the days named from
// the day of writing, and the time zones
// news pages stamp times with: the one list of each that reading (dates in
// metadata), time expressions and the cleaner (a page's time stamps) share.
// Lower case; constant data.
#ifndef PRECIS_BASE_CALENDAR_WORDS_H_
#define PRECIS_BASE_CALENDAR_WORDS_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace precis {

struct CalendarName {
  std::string_view text;
  int value;
};

// Months, 1-12: the full names first, then abbreviations (which may take a '.').
inline constexpr CalendarName kMonthNames[] = {
    {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
    {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sep", 9},
    {"sept", 9},      {"oct", 10},      {"nov", 11},   {"dec", 12}};
inline constexpr std::size_t kFullMonthNames = 12;

// Weekdays, 0 (Sunday) - 6: the full names first, then abbreviations.
inline constexpr CalendarName kWeekdayNames[] = {
    {"sunday", 0}, {"monday", 1},   {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4},
    {"friday", 5}, {"saturday", 6}, {"sun", 0},     {"mon", 1},       {"tue", 2},
    {"tues", 2},   {"wed", 3},      {"thu", 4},     {"thur", 4},      {"thurs", 4},
    {"fri", 5},    {"sat", 6}};
inline constexpr std::size_t kFullWeekdayNames = 7;

// Days named from the day of writing, with their offsets in days.
inline constexpr CalendarName kRelativeDays[] = {
    {"yesterday", -1}, {"today", 0}, {"tonight", 0}, {"tomorrow", 1}};

// Time zones' abbreviations; value 1 for the zones of countries that write
// dates day first (Europe, Africa, Australia, India), 0 for the others.
inline constexpr CalendarName kTimeZones[] = {
    {"edt", 0},  {"est", 0},  {"cdt", 0},  {"cst", 0},  {"mdt", 0},  {"mst", 0},  {"pdt", 0},
    {"pst", 0},  {"et", 0},   {"utc", 0},  {"gmt", 1},  {"bst", 1},  {"ist", 1},  {"wet", 1},
    {"west", 1}, {"cet", 1},  {"cest", 1}, {"met", 1},  {"mest", 1}, {"eet", 1},  {"eest", 1},
    {"msk", 1},  {"sast", 1}, {"cat", 1},  {"eat", 1},  {"wat", 1},  {"awst", 1}, {"acst", 1},
    {"acdt", 1}, {"aest", 1}, {"aedt", 1}, {"nzst", 1}, {"nzdt", 1}};

// The value of `lower` among `names`, -1 when it is not one.
constexpr int CalendarValue(std::span<const CalendarName> names, std::string_view lower) {
  for (const CalendarName& n : names)
    if (n.text == lower) return n.value;
  return -1;
}

constexpr bool IsCalendarName(std::span<const CalendarName> names, std::string_view lower) {
  for (const CalendarName& n : names)
    if (n.text == lower) return true;
  return false;
}

}  // namespace precis

#endif  // PRECIS_BASE_CALENDAR_WORDS_H_
