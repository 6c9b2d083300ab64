#include "timeline/timeline.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

namespace precis::timeline {
namespace {

// Sentences whose terms are their lower-cased words of 4+ letters.
struct Corpus {
  std::vector<std::string> texts;
  std::vector<Sentence> sentences;
  std::vector<std::optional<text::CivilDate>> dates;
  std::map<std::string, int> ids;

  void Add(std::size_t doc, std::string text) {
    texts.push_back(std::move(text));
    Sentence s;
    s.doc = doc;
    s.position = 0;
    for (const auto& x : sentences)
      if (x.doc == doc) ++s.position;
    std::istringstream in(texts.back());
    for (std::string w; in >> w;) {
      ++s.words;
      std::string lower;
      for (char c : w)
        if (std::isalpha(static_cast<unsigned char>(c)))
          lower += static_cast<char>(std::tolower(c));
      if (lower.size() >= 4)
        s.terms.push_back(ids.try_emplace(lower, static_cast<int>(ids.size())).first->second);
    }
    s.candidate = true;
    sentences.push_back(std::move(s));
  }
  Selection Select(const Params& p) {
    for (auto& s : sentences) s.text = texts[&s - &sentences[0]];
    return SelectTimeline(sentences, dates, {}, p);
  }
};

Params Budget(std::size_t dates, std::size_t per_date) {
  Params p;
  p.dates = dates;
  p.sentences_per_date = per_date;
  return p;
}

TEST(SelectTimelineTest, TheDayMostArticlesNameComesFirstAndEntriesAreInDateOrder) {
  Corpus c;
  c.dates = {text::CivilDate{2010, 4, 22}, text::CivilDate{2010, 4, 23},
             text::CivilDate{2010, 4, 24}};
  c.Add(0, "Filler opening words about nothing in particular here.");
  c.Add(0, "Filler second words about nothing in particular here.");
  c.Add(0, "Filler third words about nothing in particular here.");
  c.Add(0, "The drilling rig exploded on Tuesday killing eleven workers.");  // 2010-04-20
  c.Add(1, "Filler opening words again about nothing much here.");
  c.Add(1, "Filler second words again about nothing much here.");
  c.Add(1, "Filler third words again about nothing much here.");
  c.Add(1, "The rig exploded on April 20 and sank two days later.");
  c.Add(2, "Filler opening words yet again about nothing here.");
  c.Add(2, "Filler second words yet again about nothing here.");
  c.Add(2, "Filler third words yet again about nothing here.");
  c.Add(2, "Oil leaked since the rig exploded on April 20 , 2010 .");
  c.Add(2, "Coast guard ships arrived on April 21.");
  Selection s = c.Select(Budget(1, 2));
  ASSERT_EQ(s.entries.size(), 1u);
  EXPECT_EQ(text::IsoDate(s.entries[0].date), "2010-04-20");
  EXPECT_EQ(s.entries[0].sentences.size(), 2u);

  Selection two = c.Select(Budget(2, 1));
  ASSERT_EQ(two.entries.size(), 2u);
  EXPECT_LT(two.entries[0].date, two.entries[1].date);
}

TEST(SelectTimelineTest, LeadSentencesTakeTheArticleDateOthersDoNot) {
  Corpus c;
  c.dates = {text::CivilDate{2011, 2, 11}};
  c.Add(0, "Mubarak resigned as president after weeks of protest.");
  c.Add(0, "Crowds in Tahrir Square celebrated through the night.");
  c.Add(0, "Analysts expect the army to hold power for months.");
  c.Add(0, "Later paragraphs talk about history and context at length.");
  Params p = Budget(5, 10);
  p.lead_sentences = 2;
  Selection s = c.Select(p);
  ASSERT_EQ(s.entries.size(), 1u);
  EXPECT_EQ(text::IsoDate(s.entries[0].date), "2011-02-11");
  EXPECT_EQ(s.entries[0].sentences.size(), 2u);
  for (std::size_t i : s.entries[0].sentences) EXPECT_LT(i, 2u);
}

TEST(SelectTimelineTest, RedundantLongAndFutureSentencesAreLeftOut) {
  Corpus c;
  c.dates = {text::CivilDate{2009, 4, 30}};
  c.Add(0, "Opening filler line without any day named in it at all.");
  c.Add(0, "Opening filler line two without any day named in it.");
  c.Add(0, "Opening filler line three without any day named in it.");
  c.Add(0, "Mexico closed its schools on Monday because of swine flu.");
  c.Add(0, "Mexico closed its schools on Monday because of the swine flu.");  // same
  c.Add(0, "Officials said on Monday that vaccines would take months to make.");
  std::string long_sentence = "On Monday";
  for (int k = 0; k < 60; ++k) long_sentence += " word";
  c.Add(0, long_sentence + ".");
  c.Add(0, "Ministers will meet on Friday to discuss the outbreak.");  // 2009-05-01: a plan
  Params p = Budget(5, 5);
  p.lead_sentences = 0;
  Selection s = c.Select(p);
  ASSERT_EQ(s.entries.size(), 1u);
  EXPECT_EQ(text::IsoDate(s.entries[0].date), "2009-04-27");
  ASSERT_EQ(s.entries[0].sentences.size(), 2u);  // one of the twins, and the vaccine one
  EXPECT_EQ(s.entries[0].sentences[0] == 3 || s.entries[0].sentences[0] == 4, true);
}

TEST(SelectTimelineTest, NothingDatableGivesNoEntries) {
  Corpus c;
  c.dates = {std::nullopt};
  c.Add(0, "A sentence with no date whatsoever in it.");
  c.Add(0, "The protest went on on Monday and Tuesday.");  // no article date to resolve against
  Selection s = c.Select(Budget(3, 3));
  EXPECT_TRUE(s.entries.empty());
  EXPECT_EQ(s.dated_sentences, 0u);
  EXPECT_TRUE(SelectTimeline({}, {}, {}, Budget(3, 3)).entries.empty());
}

}  // namespace
}  // namespace precis::timeline
