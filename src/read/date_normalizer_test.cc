#include "read/date_normalizer.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(DateNormalizer, IsoDatesAndTimestamps) {
  EXPECT_EQ(NormalizeDate("2013-02-25"), "2013-02-25");
  EXPECT_EQ(NormalizeDate(" 2013-02-25T10:04:05Z "), "2013-02-25T10:04:05Z");
  EXPECT_EQ(NormalizeDate("2013-02-25T10:04:05.123+0100"), "2013-02-25T10:04:05+01:00");
  EXPECT_EQ(NormalizeDate("2013-02-25 10:04"), "2013-02-25T10:04:00");
  EXPECT_EQ(NormalizeDate("2013/02/25"), "2013-02-25");
}

TEST(DateNormalizer, NewswireForms) {
  EXPECT_EQ(NormalizeDate("920721"), "1992-07-21");       // FT <DATE>
  EXPECT_EQ(NormalizeDate("  910309  "), "1991-03-09");   // SJMN <PUBDATE>
  EXPECT_EQ(NormalizeDate("29 Jun 1994"), "1994-06-29");  // FBIS <DATE1>
  EXPECT_EQ(NormalizeDate("1 March 1994"), "1994-03-01");
  EXPECT_EQ(NormalizeDate("June 5, 1990, Tuesday, Home Edition"), "1990-06-05");  // LA
  EXPECT_EQ(NormalizeDate("04/18/91"), "1991-04-18");                             // WSJ
  EXPECT_EQ(NormalizeDate("Saturday March 9, 1991"), "1991-03-09");
  EXPECT_EQ(NormalizeDate("19981211"), "1998-12-11");
  EXPECT_EQ(NormalizeDate("21/11/2011"), "2011-11-21");
  EXPECT_EQ(NormalizeDate("02 JUN 93"), "1993-06-02");
}

TEST(DateNormalizer, RejectsNonDates) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("2013-02-30"), "");
  EXPECT_EQ(NormalizeDate("13/13/2013"), "");
  EXPECT_EQ(NormalizeDate("March"), "");
  EXPECT_EQ(NormalizeDate("123"), "");
}

TEST(DateNormalizer, IsoDateChecksTheCalendar) {
  EXPECT_EQ(IsoDate(88, 9, 11), "1988-09-11");
  EXPECT_EQ(IsoDate(4, 2, 29), "2004-02-29");
  EXPECT_EQ(IsoDate(1900, 2, 29), "");
  EXPECT_EQ(IsoDate(2000, 2, 29), "2000-02-29");
  EXPECT_EQ(IsoDate(2001, 0, 1), "");
}

}  // namespace
}  // namespace precis::read
