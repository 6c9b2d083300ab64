// Hand-made clusters with known answers: figures that agree, differ and make
// a series, and numbers that must not be grouped.
#include <gtest/gtest.h>

#include "base/parallel.h"
#include "figures/find_figures.h"
#include "figures/tables.h"
#include "precis/figures.h"
#include "text/analyzer.h"

namespace precis {
namespace {

Cluster Make(std::vector<std::pair<std::string, std::string>> date_text) {
  Cluster c;
  c.id = "test";
  for (std::size_t i = 0; i < date_text.size(); ++i)
    c.documents.push_back(
        {"d" + std::to_string(i), "", date_text[i].first, "", date_text[i].second});
  return c;
}

std::vector<Figure> FiguresOf(const Cluster& c) {
  auto f = BuildFigures(c, {});
  EXPECT_TRUE(f.ok()) << f.status().message();
  return f.ok() ? f->figures : std::vector<Figure>{};
}

const Figure* Find(const std::vector<Figure>& fs, std::string_view what, std::string_view unit) {
  for (const auto& f : fs)
    if (f.what == what && f.unit == unit) return &f;
  return nullptr;
}

TEST(Figures, AgreeWithinRounding) {
  auto fs = FiguresOf(Make({
      {"2020-03-01", "A bus crash on the coast road killed 12 people on Sunday, police said."},
      {"2020-03-01", "Twelve people were killed when the bus left the road near the harbour."},
      {"2020-03-02", "About 12 people died in the crash, the regional governor said today."},
  }));
  const Figure* f = Find(fs, "killed", "people");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->values.size(), 3u);
  EXPECT_EQ(f->status, FigureStatus::kAgree);
  EXPECT_EQ(f->values[0].value, 12);
  EXPECT_EQ(f->values[1].mention, "Twelve people");
  EXPECT_EQ(f->values[2].mention, "About 12 people");
}

TEST(Figures, DifferOnTheSameDay) {
  auto fs = FiguresOf(Make({
      {"2021-05-04", "The explosion at the chemical plant killed 40 people, officials said."},
      {"2021-05-04", "At least 55 people were killed in the explosion at the chemical plant."},
  }));
  const Figure* f = Find(fs, "killed", "people");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->status, FigureStatus::kDiffer);
  EXPECT_EQ(f->values[0].date, "2021-05-04");
}

TEST(Figures, SeriesInDateOrder) {
  auto fs = FiguresOf(Make({
      {"2013-07-25",
       "More than 100,000 people have died in the war, the UN chief said on Thursday."},
      {"2013-02-18", "The conflict has killed 70,000 people, the United Nations says."},
      {"2013-06-13", "The UN says 93,000 people have been killed since the uprising began."},
  }));
  const Figure* f = Find(fs, "killed", "people");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->values.size(), 3u);
  EXPECT_EQ(f->status, FigureStatus::kSeries);
  EXPECT_EQ(f->values[0].value, 70000);
  EXPECT_EQ(f->values[0].date, "2013-02-18");
  EXPECT_EQ(f->values[1].value, 93000);
  EXPECT_EQ(f->values[2].value, 100000);
  EXPECT_EQ(f->values[2].source.doc_id, "d0");
  EXPECT_EQ(f->values[2].source.sentence, 0u);
  EXPECT_EQ(f->values[2].source.start, 0u);
}

TEST(Figures, NoDatesToTellIsDiffer) {
  auto fs = FiguresOf(Make({
      {"", "The fighting has killed 3,500 people across the country, activists say."},
      {"", "More than 94,000 lives have been lost in the fighting, monitors say."},
  }));
  const Figure* f = Find(fs, "killed", "people");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->values.size(), 2u);
  EXPECT_EQ(f->status, FigureStatus::kDiffer);
  EXPECT_TRUE(f->values[0].date.empty());
}

TEST(Figures, WhatAndUnit) {
  auto fs = FiguresOf(Make({
      {"2022-01-10",
       "The storm killed 5 people and injured at least 40 others in the north of the island. "
       "Nearly 2,000 homes were destroyed and 3,000 residents fled to shelters. "
       "The government pledged $2.9 billion in aid for the region on Monday."},
      {"2022-01-11", "Officials said 2,000 homes were destroyed by the storm surge."},
  }));
  const Figure* killed = Find(fs, "killed", "people");
  const Figure* injured = Find(fs, "injured", "people");
  const Figure* homes = Find(fs, "destroyed", "homes");
  const Figure* displaced = Find(fs, "displaced", "people");
  const Figure* aid = Find(fs, "aid", "dollars");
  ASSERT_NE(killed, nullptr);
  ASSERT_NE(injured, nullptr);
  ASSERT_NE(homes, nullptr);
  ASSERT_NE(displaced, nullptr);
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(killed->values[0].value, 5);
  EXPECT_EQ(injured->values[0].value, 40);
  EXPECT_EQ(injured->values[0].mention, "at least 40 others");
  EXPECT_EQ(homes->values.size(), 2u);
  EXPECT_EQ(homes->status, FigureStatus::kAgree);  // "nearly 2,000" and "2,000"
  EXPECT_EQ(displaced->values[0].value, 3000);
  EXPECT_EQ(aid->values[0].value, 2.9e9);
  EXPECT_EQ(aid->values[0].mention, "$2.9 billion");
  // Reported by two documents first.
  EXPECT_EQ(fs[0].what, "destroyed");
}

TEST(Figures, NumbersThatCountNothingAreNotFigures) {
  auto fs = FiguresOf(Make({
      {"2019-09-02",
       "A 45-year-old man was killed in the crash, which happened on 3 May 2019. "
       "John Smith, aged 61, was killed in 2009 in a similar crash on the same road. "
       "Call 020 7946 0958 if you saw the crash, in which people were killed. "
       "United won 3-1 on Saturday, when two fans were hurt at 10:30 am. "
       "Some 40% of voters backed the plan, and 52 percent of residents were hurt by the cuts. "
       "The 21st victim was killed in the G20 riots of 2010."},
  }));
  for (const auto& f : fs)
    for (const auto& v : f.values) ADD_FAILURE() << f.what << " " << v.mention;
  // "two fans were hurt": fans are no unit the tables know, and nothing counted is near.
  EXPECT_TRUE(fs.empty());
}

TEST(Figures, UnrelatedCountsAreNotGrouped) {
  auto fs = FiguresOf(Make({
      {"2020-01-01", "Police arrested 30 protesters. The crash killed 30 people."},
      {"2020-01-01", "Voters cast 30,000 votes. The project will cost $30 million."},
  }));
  EXPECT_EQ(fs.size(), 4u);
  for (const auto& f : fs) EXPECT_EQ(f.values.size(), 1u) << f.what;
}

TEST(Figures, EmptyClusterIsAnErrorAndNoFiguresIsNot) {
  Cluster empty;
  EXPECT_FALSE(BuildFigures(empty, {}).ok());
  auto fs = FiguresOf(Make({{"", "Nothing is counted in this sentence about the weather."}}));
  EXPECT_TRUE(fs.empty());
  FigureOptions bad;
  bad.language = "klingon";
  EXPECT_FALSE(CheckFigureOptions(bad).ok());
}

TEST(Figures, QueryKeepsFiguresOnIt) {
  Cluster c = Make({{"2020-01-01",
                     "The flood killed 12 people in the valley. The new bridge will cost "
                     "$40 million to build."}});
  FigureOptions o;
  o.query = "bridge";
  auto f = BuildFigures(c, o);
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->figures.size(), 1u);
  EXPECT_EQ(f->figures[0].what, "cost");
}

TEST(Figures, CitationsAreCodePoints) {
  auto fs =
      FiguresOf(Make({{"2020-01-01", "Café owners said. The fire killed 3 people in Zürich."}}));
  ASSERT_EQ(fs.size(), 1u);
  const auto& v = fs[0].values[0];
  EXPECT_EQ(v.text, "The fire killed 3 people in Zürich.");
  EXPECT_EQ(v.source.start, 18u);  // "Café owners said. " is 18 code points
  EXPECT_EQ(v.source.end, 18u + 35u);
}

// A large cluster's documents are read on several threads: the mentions
// are those of one thread, in document order.
TEST(Figures, MentionsOnThreadsAreThoseOfOne) {
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  std::vector<std::string> texts;
  std::vector<text::AnalyzedText> analyses;
  std::vector<std::string> dates;
  std::size_t bytes = 0;
  for (int d = 0; bytes < 3 * kBytesPerThread; ++d) {
    std::string text;
    for (int k = 0; k < 40; ++k)
      text += "Floods killed " + std::to_string(d + k + 2) + " people and left " +
              std::to_string(1000 * (k + 1)) + " homeless in " + std::to_string(d % 9 + 2) +
              " provinces, officials said. ";
    bytes += text.size();
    analyses.push_back(analyzer->Analyze(text));
    texts.push_back(std::move(text));
    dates.push_back(d % 2 ? "2024-04-1" + std::to_string(d % 10) : "");
  }
  std::vector<const std::string*> views;
  for (const auto& t : texts) views.push_back(&t);
  const auto one = figures::FindMentions(views, analyses, dates, analyzer->lexicon(), {}, 1);
  ASSERT_GT(one.size(), texts.size());
  for (int threads : {2, 3}) {
    const auto many =
        figures::FindMentions(views, analyses, dates, analyzer->lexicon(), {}, threads);
    ASSERT_EQ(many.size(), one.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
      EXPECT_EQ(many[i].doc, one[i].doc);
      EXPECT_EQ(many[i].begin, one[i].begin);
      EXPECT_EQ(many[i].what, one[i].what);
      EXPECT_EQ(many[i].unit, one[i].unit);
    }
  }
}

TEST(StatusOf, Rules) {
  auto n = [](double v, text::Qualifier q = text::Qualifier::kExact) {
    text::NumberExpression e;
    e.value = v;
    e.precision = 1;
    double p = 1;
    while (v >= 10 && static_cast<long long>(v) % 10 == 0) {
      v /= 10;
      p *= 10;
    }
    e.precision = p;
    e.qualifier = q;
    return e;
  };
  text::CivilDate d1{2020, 1, 1}, d2{2020, 2, 1};
  EXPECT_EQ(figures::StatusOf({n(5), n(5)}, {d1, std::nullopt}), FigureStatus::kAgree);
  EXPECT_EQ(figures::StatusOf({n(70000, text::Qualifier::kAbout), n(70400)}, {d1, d1}),
            FigureStatus::kAgree);
  EXPECT_EQ(figures::StatusOf({n(70000), n(70400)}, {d1, d1}), FigureStatus::kDiffer);
  EXPECT_EQ(figures::StatusOf({n(70000), n(94000)}, {d1, d2}), FigureStatus::kSeries);
  EXPECT_EQ(figures::StatusOf({n(70000), n(94000)}, {d1, std::nullopt}), FigureStatus::kDiffer);
  EXPECT_EQ(figures::StatusOf({n(1), n(2), n(3)}, {d1, d2, d2}), FigureStatus::kDiffer);
}

TEST(Tables, ReadFromTheData) {
  const auto& t = figures::Tables::Get();
  EXPECT_GE(t.counted().size(), 10u);
  auto killed = t.CountedOf("killing", "kill");
  ASSERT_TRUE(killed);
  EXPECT_EQ(t.counted()[*killed].name, "killed");
  EXPECT_EQ(t.CountedOf("deaths", "death"), killed);
  EXPECT_EQ(t.CountedOf("lives", "live"), killed);
  EXPECT_FALSE(t.CountedOf("live", "live"));
  auto syrians = t.UnitOf("syrians", true);
  ASSERT_TRUE(syrians);
  EXPECT_EQ(t.units()[*syrians].name, "people");
  EXPECT_FALSE(t.UnitOf("syrians", false));
  EXPECT_EQ(t.units()[t.MoneyUnit("euros")].name, "euros");
}

}  // namespace
}  // namespace precis
