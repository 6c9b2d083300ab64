#include "text/time_expressions.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

// 2010-07-14 was a Wednesday.
const CivilDate kWednesday{2010, 7, 14};

struct Found {
  std::string text;
  std::string date;
  Granularity granularity;
};

std::vector<Found> Find(std::string_view s, std::optional<CivilDate> anchor = kWednesday) {
  std::vector<Found> out;
  for (const auto& e : FindTimeExpressions(s, anchor))
    out.push_back(
        {std::string(s.substr(e.begin, e.end - e.begin)), IsoDate(e.date), e.granularity});
  return out;
}

// The one expression of `s`, as "text=date".
std::string One(std::string_view s, std::optional<CivilDate> anchor = kWednesday) {
  auto found = Find(s, anchor);
  if (found.size() != 1) return "found " + std::to_string(found.size());
  return found[0].text + "=" + found[0].date;
}

TEST(CalendarTest, DayNumbersRoundTrip) {
  EXPECT_EQ(DayNumber({1970, 1, 1}), 0);
  EXPECT_EQ(DayNumber({2000, 3, 1}) - DayNumber({2000, 2, 28}), 2);  // 2000 was leap
  EXPECT_EQ(DayNumber({1900, 3, 1}) - DayNumber({1900, 2, 28}), 1);  // 1900 was not
  for (long n = -800000; n < 800000; n += 997) EXPECT_EQ(DayNumber(FromDayNumber(n)), n);
}

TEST(CalendarTest, ParsesIsoDatesAndRefusesOthers) {
  EXPECT_EQ(ParseIsoDate("2010-07-14"), (CivilDate{2010, 7, 14}));
  EXPECT_EQ(ParseIsoDate("2010-07-14T08:00:00Z"), (CivilDate{2010, 7, 14}));
  EXPECT_FALSE(ParseIsoDate("2010-02-30"));
  EXPECT_FALSE(ParseIsoDate("2010-7-14"));
  EXPECT_FALSE(ParseIsoDate(""));
  EXPECT_FALSE(ParseIsoDate("2010-07-145"));
  EXPECT_EQ(IsoDate({2009, 4, 5}), "2009-04-05");
}

TEST(TimeExpressionsTest, ExplicitDates) {
  EXPECT_EQ(One("The rig exploded on 20 April 2010 ."), "20 April 2010=2010-04-20");
  EXPECT_EQ(One("The rig exploded on April 20, 2010."), "April 20, 2010=2010-04-20");
  EXPECT_EQ(One("The rig exploded on April 20 , 2010 ."), "April 20 , 2010=2010-04-20");
  EXPECT_EQ(One("Filed 2010-04-20 by the court."), "2010-04-20=2010-04-20");
  EXPECT_EQ(One("Filed 4/20/2010 by the court."), "4/20/2010=2010-04-20");
  EXPECT_EQ(One("Filed 20/4/2010 by the court."), "20/4/2010=2010-04-20");
  // Day first where the clock names a day-first zone; month first otherwise.
  EXPECT_EQ(One("10/04/2024 17:42 CET"), "10/04/2024=2024-04-10");
  EXPECT_EQ(One("Updated 03/05/2011 09:29 GMT"), "03/05/2011=2011-05-03");
  EXPECT_EQ(One("Posted 10/04/2024 5:42 pm EDT"), "10/04/2024=2024-10-04");
  EXPECT_EQ(One("the 20th of April 2010"), "20th of April 2010=2010-04-20");
  EXPECT_EQ(One("By Sept. 19, 2010 the well was dead"), "Sept. 19, 2010=2010-09-19");
  EXPECT_EQ(One("Mon Mar 2 , 2009 4:23 pm EST"), "Mon Mar 2 , 2009=2009-03-02");
  EXPECT_EQ(One("On Tuesday, April 20, 2010, it blew up."), "Tuesday, April 20, 2010=2010-04-20");
  auto found = Find("on 14 July 2010");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].granularity, Granularity::kDay);
}

TEST(TimeExpressionsTest, DatesFollowedByAClockTimeAreStamps) {
  auto stamp = FindTimeExpressions("Sunday 26 April 2009 10.40 BST A couple", kWednesday);
  ASSERT_EQ(stamp.size(), 1u);
  EXPECT_TRUE(stamp[0].stamp);
  auto wire = FindTimeExpressions("Mon Mar 2 , 2009 4:23 pm EST WASHINGTON", kWednesday);
  ASSERT_EQ(wire.size(), 1u);
  EXPECT_TRUE(wire[0].stamp);
  auto said = FindTimeExpressions("It sank on 26 April 2009 after 10 days.", kWednesday);
  ASSERT_EQ(said.size(), 1u);
  EXPECT_FALSE(said[0].stamp);
}

TEST(TimeExpressionsTest, DatesWithoutAYearTakeTheArticlesYear) {
  EXPECT_EQ(One("It began on April 20."), "April 20=2010-04-20");
  EXPECT_EQ(One("It began on 20 April."), "20 April=2010-04-20");
  // In January, "December 30" is last year's.
  EXPECT_EQ(One("It began on December 30.", CivilDate{2011, 1, 3}), "December 30=2010-12-30");
  // ... and "January 5" said in December of the future is next year's.
  EXPECT_EQ(One("Talks will resume on January 5.", CivilDate{2010, 12, 20}),
            "January 5=2011-01-05");
  // Without an article date there is no year to give.
  EXPECT_TRUE(Find("It began on April 20.", std::nullopt).empty());
}

TEST(TimeExpressionsTest, WeekdaysResolveAgainstTheArticleDate) {
  EXPECT_EQ(One("BP said on Monday it would try again."), "Monday=2010-07-12");
  EXPECT_EQ(One("The cap was fitted on Wednesday."), "Wednesday=2010-07-14");
  EXPECT_EQ(One("The cap was fitted on Thursday."), "Thursday=2010-07-08");
  EXPECT_EQ(One("The hearing is next Monday."), "next Monday=2010-07-19");
  EXPECT_EQ(One("The hearing will be held on Friday."), "Friday=2010-07-16");
  EXPECT_EQ(One("It failed last Wednesday."), "last Wednesday=2010-07-07");
  EXPECT_TRUE(Find("BP said on Monday", std::nullopt).empty());
}

TEST(TimeExpressionsTest, RelativeDays) {
  EXPECT_EQ(One("Officials said yesterday that"), "yesterday=2010-07-13");
  EXPECT_EQ(One("Today the well is capped"), "Today=2010-07-14");
  EXPECT_EQ(One("It will open tomorrow"), "tomorrow=2010-07-15");
  EXPECT_EQ(One("Protests went on last night"), "last night=2010-07-13");
  EXPECT_EQ(One("The spill began three days ago"), "three days ago=2010-07-11");
  EXPECT_EQ(One("The spill began 85 days ago"), "85 days ago=2010-04-20");
}

TEST(TimeExpressionsTest, WeeksMonthsAndYearsAreCoarse) {
  auto week = Find("Talks failed last week .");
  ASSERT_EQ(week.size(), 1u);
  EXPECT_EQ(week[0].text, "last week");
  EXPECT_EQ(week[0].date, "2010-07-05");  // the Monday of the week before
  EXPECT_EQ(week[0].granularity, Granularity::kWeek);

  auto month = Find("Sales fell last month.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].date, "2010-06-01");
  EXPECT_EQ(month[0].granularity, Granularity::kMonth);

  auto march = Find("The virus appeared in March.");
  ASSERT_EQ(march.size(), 1u);
  EXPECT_EQ(march[0].text, "March");
  EXPECT_EQ(march[0].date, "2010-03-01");
  EXPECT_EQ(march[0].granularity, Granularity::kMonth);
  EXPECT_EQ(One("It flared up in mid-December.", CivilDate{2011, 1, 20}), "December=2010-12-01");
  EXPECT_EQ(One("Elections will be held in September.", CivilDate{2011, 2, 10}),
            "September=2011-09-01");
  EXPECT_EQ(One("Unemployment rose in March 2009 ."), "March 2009=2009-03-01");

  auto year = Find("Since 2009 the rules changed.");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].date, "2009-01-01");
  EXPECT_EQ(year[0].granularity, Granularity::kYear);
}

TEST(TimeExpressionsTest, NumbersAndNamesThatAreNotDates) {
  EXPECT_TRUE(Find("About 36,000 people die, 2,009 in May alone?").size() == 1);  // "May" only
  EXPECT_TRUE(Find("It cost $2010 and 1,2010 units.").empty());
  EXPECT_TRUE(Find("April Jones may march on; he scored 25 in 10 games.").empty());
  EXPECT_TRUE(Find("The Sun and Sat reported it").empty());
  EXPECT_TRUE(Find("Room 12 at 4:30, 99.5% sure").empty());
  EXPECT_TRUE(Find("It happened on April 31.").size() <= 1);
  for (const auto& f : Find("It happened on April 31, 2010."))
    EXPECT_NE(f.granularity, Granularity::kDay);
}

TEST(TimeExpressionsTest, ExpressionsComeInOrderWithoutOverlap) {
  auto found = Find("On Monday, 12 July 2010, and again yesterday and in 2009.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].date, "2010-07-12");
  EXPECT_EQ(found[1].text, "yesterday");
  EXPECT_EQ(found[2].text, "2009");
}

TEST(TimeExpressionsTest, BadInputIsSafe) {
  std::string garbage;
  for (int k = 0; k < 20000; ++k) garbage += static_cast<char>((k * 7919) % 256);
  garbage += " 99999999999999999999 days ago 0/0/0000 9999-99-99 Monday, 31 February 2010";
  for (auto anchor : {std::optional<CivilDate>(), std::optional<CivilDate>(CivilDate{1000, 1, 1}),
                      std::optional<CivilDate>(CivilDate{2999, 12, 31})})
    for (const auto& e : FindTimeExpressions(garbage, anchor)) {
      EXPECT_LT(e.begin, e.end);
      EXPECT_LE(e.end, garbage.size());
    }
}

}  // namespace
}  // namespace precis::text
