#include "text/number_expressions.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

// The only expression of `s` (fails when there is not exactly one).
NumberExpression One(std::string_view s) {
  auto all = FindNumberExpressions(s);
  EXPECT_EQ(all.size(), 1u) << s;
  return all.empty() ? NumberExpression{} : all[0];
}

std::string Span(std::string_view s, const NumberExpression& e) {
  return std::string(s.substr(e.begin, e.end - e.begin));
}

TEST(NumberExpressions, Numerals) {
  for (auto [text, value, precision] : {std::tuple{"More than 3,500 Syrians", 3500.0, 100.0},
                                        {"70,000 people", 70000.0, 10000.0},
                                        {"claimed 94,000 lives", 94000.0, 1000.0},
                                        {"1,234,567 votes", 1234567.0, 1.0},
                                        {"12 people", 12.0, 1.0},
                                        {"2.5 kilometres", 2.5, 0.1}}) {
    auto e = One(text);
    EXPECT_EQ(e.value, value) << text;
    EXPECT_DOUBLE_EQ(e.precision, precision) << text;
    EXPECT_EQ(e.shape, NumberShape::kCount) << text;
  }
}

TEST(NumberExpressions, ScalesAndCurrencies) {
  auto e = One("a loss of 1.2 million jobs");
  EXPECT_DOUBLE_EQ(e.value, 1.2e6);
  EXPECT_DOUBLE_EQ(e.precision, 1e5);
  e = One("a $2.9 billion deal");
  EXPECT_EQ(e.value, 2.9e9);
  EXPECT_EQ(e.currency, "dollars");
  EXPECT_EQ(Span("a $2.9 billion deal", e), "$2.9 billion");
  e =
      One("fined \xC2\xA3"
          "300m");
  EXPECT_EQ(e.value, 3e8);
  EXPECT_EQ(e.currency, "pounds");
  e = One("US$40 million in aid");
  EXPECT_EQ(e.value, 4e7);
  EXPECT_EQ(e.currency, "dollars");
  EXPECT_EQ(e.begin, 0u);
  e = One("cost 2 million euros");
  EXPECT_EQ(e.currency, "euros");
  EXPECT_EQ(One("raised \xE2\x82\xAC"
                "5bn")
                .value,
            5e9);
}

TEST(NumberExpressions, Qualifiers) {
  std::string s = "at least 40 people";
  auto e = One(s);
  EXPECT_EQ(e.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(Span(s, e), "at least 40");
  EXPECT_EQ(One("more than 100 were hurt").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("about 70,000 people").qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("nearly 2,000 homes").qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("fewer than 30 votes").qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("70,000 people").qualifier, Qualifier::kExact);
}

TEST(NumberExpressions, WrittenNumbers) {
  for (auto [text, value] : {std::pair{"two dozen people", 24.0},
                             {"forty-five soldiers", 45.0},
                             {"two hundred and fifty homes", 250.0},
                             {"a million refugees", 1e6},
                             {"three million dollars", 3e6},
                             {"twenty five votes", 25.0},
                             {"a dozen bodies", 12.0},
                             {"one hundred thousand people", 1e5},
                             {"seven people", 7.0}}) {
    auto e = One(text);
    EXPECT_EQ(e.value, value) << text;
    EXPECT_TRUE(e.written) << text;
  }
  EXPECT_EQ(One("three million dollars").currency, "dollars");
  EXPECT_TRUE(FindNumberExpressions("dozens of people and hundreds of homes").empty());
  EXPECT_TRUE(FindNumberExpressions("a man and a woman").empty());
}

TEST(NumberExpressions, ShapesThatCountNothing) {
  for (auto [text, shape] : {
           std::pair{"a 45-year-old man", NumberShape::kAge},
           {"John Smith, aged 45, said", NumberShape::kAge},
           {"John Smith (45) said", NumberShape::kAge},
           {"he is 45 years old", NumberShape::kAge},
           {"turnout was 40%", NumberShape::kPercent},
           {"up 12 percent", NumberShape::kPercent},
           {"by 3 per cent", NumberShape::kPercent},
           {"call 020 7946 0958 now", NumberShape::kPhone},
           {"call 555-0199", NumberShape::kPhone},
           {"call +44 now", NumberShape::kPhone},
           {"won 3-1 at home", NumberShape::kRange},
           {"at 10:54 GMT", NumberShape::kTime},
           {"at 9.30am", NumberShape::kTime},
           {"at 5 pm", NumberShape::kTime},
           {"on 21/11/2011", NumberShape::kDate},
           {"on 2011-11-21", NumberShape::kDate},
           {"the 21st century", NumberShape::kOrdinal},
           {"the G20 summit", NumberShape::kOther},
           {"an F-16 jet", NumberShape::kOther},
           {"a 10-year sentence", NumberShape::kOther},
       }) {
    auto all = FindNumberExpressions(text);
    ASSERT_FALSE(all.empty()) << text;
    EXPECT_EQ(all[0].shape, shape) << text;
  }
  // "a 5,000-strong crowd" counts people.
  EXPECT_EQ(One("a 5,000-strong crowd").shape, NumberShape::kCount);
}

TEST(NumberExpressions, SeveralInOneSentence) {
  std::string s = "The blast killed 12 people and injured at least 40 others on 3 May.";
  auto all = FindNumberExpressions(s);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].value, 12);
  EXPECT_EQ(all[1].value, 40);
  EXPECT_EQ(Span(s, all[1]), "at least 40");
  EXPECT_EQ(all[2].value, 3);  // a day of a date: the time expressions say so
}

TEST(NumberExpressions, BadNumeralsAreNotCounts) {
  EXPECT_EQ(One("1,23 things").shape, NumberShape::kOther);
  EXPECT_EQ(One("36,2009 things").shape, NumberShape::kOther);
  EXPECT_TRUE(FindNumberExpressions("").empty());
  EXPECT_TRUE(FindNumberExpressions("no numbers here").empty());
  // Never reads past the end.
  for (std::string s : {"$", "3,", "3.", "US$", "45-", "3-", "at least", "a", "forty-"})
    FindNumberExpressions(s);
}

TEST(NumberExpressions, SameWithinRounding) {
  auto about = One("about 70,000 people");
  auto exact = One("70,000 people");
  auto near = One("70,400 people");
  auto more = One("more than 70,000 people");
  EXPECT_TRUE(SameWithinRounding(about, exact));
  EXPECT_TRUE(SameWithinRounding(about, near));
  EXPECT_TRUE(SameWithinRounding(more, near));
  EXPECT_FALSE(SameWithinRounding(exact, near));
  EXPECT_FALSE(SameWithinRounding(One("3,500 people"), exact));
  EXPECT_TRUE(SameWithinRounding(One("1.2 million"), One("1,200,000")));
}

}  // namespace
}  // namespace precis::text

namespace precis::text {
namespace {

TEST(NumberWords, WrittenNumbersAndScales) {
  for (const char* w : {"one", "twelve", "nineteen", "ninety", "hundred", "million", "dozen"})
    EXPECT_TRUE(IsNumberWord(w)) << w;
  for (const char* w : {"zero", "bn", "mn", "hundreds", "twenty-four", "One", "none", ""})
    EXPECT_FALSE(IsNumberWord(w)) << w;
}

}  // namespace
}  // namespace precis::text
