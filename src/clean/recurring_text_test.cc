#include "clean/recurring_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "clean/boilerplate_cleaner.h"

namespace precis::clean {
namespace {

std::vector<std::uint64_t> ShinglesOf(const std::string& s) {
  static auto analyzer = text::Analyzer::Create("english");
  auto a = analyzer->Analyze(s);
  return RecurringText::Shingles(a.words, analyzer->lexicon());
}

TEST(RecurringTextTest, ShinglesIgnoreCaseNumbersAndPunctuation) {
  auto a = ShinglesOf("Copyright 2016 The Associated Press. All rights reserved.");
  EXPECT_EQ(a, ShinglesOf("COPYRIGHT 2018 the associated press, all rights reserved"));
  EXPECT_EQ(a.size(), 3u);  // 7 words with a letter, shingles of 5
  EXPECT_NE(a, ShinglesOf("Copyright 2016 The Associated Press. All rights kept."));
  EXPECT_TRUE(ShinglesOf("Too short for one.").empty());
}

TEST(RecurringTextTest, FingerprintsAreFixedAcrossBuilds) {
  // The shipped table depends on these values; a change needs a new table.
  RecurringText t;
  t.Count(1, ShinglesOf("you must select a newsletter"));
  EXPECT_EQ(t.ToTsv(1), "53c62973d70f3ba0\t1\n");
}

TEST(RecurringTextTest, CountsDistinctStoriesHoweverArticlesInterleave) {
  RecurringText t;
  auto s = ShinglesOf("Sign up for our newsletter to get the news");
  for (int round = 0; round < 10; ++round)
    for (std::uint64_t story : {7, 8, 7, 8}) t.Count(story, s);
  EXPECT_EQ(t.Stories(s[0]), 2u);  // two stories, however often
  EXPECT_EQ(t.RecurringShare(s), 0);
  t.Count(9, s);
  t.Count(10, s);
  EXPECT_EQ(t.Stories(s[0]), RecurringText::kMinStories);
  EXPECT_EQ(t.RecurringShare(s), 1);
}

TEST(RecurringTextTest, ShortTextsNeedTwiceTheStories) {
  RecurringText t;
  auto s = ShinglesOf("No charges have been filed.");
  ASSERT_EQ(s.size(), 1u);
  for (std::uint64_t story = 0; story < RecurringText::kMinStories; ++story) t.Count(story, s);
  EXPECT_EQ(t.RecurringShare(s), 0);
  for (std::uint64_t story = 100; story < 100 + RecurringText::kMinStories; ++story)
    t.Count(story, s);
  EXPECT_EQ(t.RecurringShare(s), 1);
}

TEST(RecurringTextTest, MemoryIsBoundedAndRecurringShinglesStay) {
  RecurringText t;
  t.set_capacity(1000);
  auto furniture = ShinglesOf("Click here to subscribe to our newsletter today");
  for (std::uint64_t story = 0; story < 2000; ++story) {
    t.Count(story, ShinglesOf("Unique words number " + std::to_string(story) + " alpha beta" +
                              std::string(1, static_cast<char>('a' + story % 26)) +
                              std::to_string(story * 7) + "x gamma delta epsilon"));
    if (story % 100 == 0) t.Count(story, furniture);
    EXPECT_LE(t.size(), 1000u + 10u);
  }
  EXPECT_GE(t.Stories(furniture[0]), RecurringText::kMinStories);
}

TEST(RecurringTextTest, ParseReadsItsOwnTableAndRefusesGarbage) {
  RecurringText t;
  auto s = ShinglesOf("This material may not be published, broadcast, rewritten");
  for (std::uint64_t story = 0; story < 5; ++story) t.Count(story, s);
  auto back = RecurringText::Parse(t.ToTsv());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->Stories(s[0]), 5u);
  EXPECT_EQ(back->RecurringShare(s), 1);
  auto bad = RecurringText::Parse("# comment\nnot a line\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "recurring text table, line 2: expected 16 hex digits, a tab and a count");
}

TEST(RecurringTextTest, TheBuiltinTableKnowsCommonFurniture) {
  const auto& t = RecurringText::Builtin();
  EXPECT_GT(t.recurring(), 1000u);
  for (const char* furniture :
       {"These crawls are part of an effort to archive pages as they are created and archive "
        "the pages that they refer to.",
        "This material may not be published, broadcast, rewritten, or redistributed.",
        "Dow Jones Reprints: This copy is for your personal, non-commercial use only."})
    EXPECT_GE(t.RecurringShare(ShinglesOf(furniture)), 0.8) << furniture;
  for (const char* news :
       {"The council voted on Tuesday to close the old harbor bridge after engineers found deep "
        "cracks in two of its supports.",
        "No charges have been filed.",
        "The company did not immediately respond to a request for comment."})
    EXPECT_LT(t.RecurringShare(ShinglesOf(news)), 0.8) << news;
}

TEST(RecurringTextTest, TheCleanerRemovesRecurringTextAndSaysWhy) {
  RecurringText t;
  const std::string notice = "Stories like this one arrive every morning for members of the club.";
  for (std::uint64_t story = 0; story < 8; ++story) t.Count(story, ShinglesOf(notice));
  BoilerplateCleaner cleaner("english", &t);
  Document d;
  d.id = "a";
  d.text =
      "The council voted on Tuesday to close the old harbor bridge after engineers found "
      "deep cracks.\n\n" +
      notice + "\n\nRepairs are expected to cost about $40 million.";
  auto out = cleaner.Clean({d});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].analysis.text.find("club"), std::string::npos) << out[0].analysis.text;
  std::string reason;
  for (const auto& r : out[0].removed) {
    if (r.text == notice) reason = r.Reason();
    EXPECT_EQ(r.text.find("Repairs"), std::string::npos) << r.Reason();
  }
  EXPECT_EQ(reason, "recurring across stories");
  BoilerplateCleaner without("english", nullptr);
  EXPECT_NE(without.Clean({d})[0].analysis.text.find("club"), std::string::npos);
}

}  // namespace
}  // namespace precis::clean

namespace precis::clean {
namespace {

TEST(RecurringTextTest, MostlyRecurringAgreesWithTheShare) {
  // Furniture with prose around it, in every proportion: the early answer
  // must be the share's.
  RecurringText t;
  const std::string furniture = "Sign up for our newsletter to get the news you need";
  for (std::uint64_t story = 0; story < 10; ++story) t.Count(story, ShinglesOf(furniture));
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  for (const std::string& text :
       {furniture, "Officials said " + furniture, furniture + " as officials said on Monday",
        std::string("The harbor bridge was closed on Tuesday after inspectors found cracks."),
        std::string("Too short."), "Said: " + furniture + ". " + furniture}) {
    const text::AnalyzedText a = analyzer->Analyze(text);
    const double share = t.RecurringShare(RecurringText::Shingles(a.words, analyzer->lexicon()));
    for (double threshold : {0.0, 0.3, 0.5, 0.8, 1.0})
      EXPECT_EQ(t.MostlyRecurring(a.words, analyzer->lexicon(), threshold), share >= threshold)
          << text << " at " << threshold << " (share " << share << ")";
  }
}

}  // namespace
}  // namespace precis::clean

namespace precis::clean {
namespace {

TEST(RecurringTextTest, TheBuiltInRowsAreTheShippedTable) {
  // The rows compiled in (cmake/embed_rows.cmake) and the text they come from.
  std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/data/clean/recurring-shingles.tsv");
  ASSERT_TRUE(in) << "data/clean/recurring-shingles.tsv";
  const std::string tsv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parsed = RecurringText::Parse(tsv);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const RecurringText& builtin = RecurringText::Builtin();
  EXPECT_EQ(builtin.recurring(), parsed->recurring());
  EXPECT_GT(builtin.recurring(), 1000u);
  EXPECT_EQ(builtin.ToTsv(), tsv);  // sorted, and every row the same
}

TEST(RecurringTextTest, CountingOnFromTheBuiltInTable) {
  RecurringText t = RecurringText::Builtin();
  const std::size_t before = t.recurring();
  auto s = ShinglesOf("An entirely new notice that readers should subscribe today");
  for (std::uint64_t story = 0; story < RecurringText::kMinStories; ++story) t.Count(story, s);
  EXPECT_EQ(t.recurring(), before + s.size());
  EXPECT_EQ(t.RecurringShare(s), 1);
  EXPECT_EQ(RecurringText::Builtin().RecurringShare(s), 0);  // the built-in one is unchanged
}

}  // namespace
}  // namespace precis::clean
