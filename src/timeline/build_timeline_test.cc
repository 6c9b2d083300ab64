// precis::BuildTimeline and Render(Timeline) through the public API.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "precis/render.h"
#include "precis/timeline.h"

namespace precis {
namespace {

Cluster Story() {
  Cluster c;
  c.id = "harbour";
  c.documents.push_back({"a", "", "2012-03-07", "a.txt",
                         "Café owners in Årdal said on Monday that the harbour bridge had "
                         "collapsed into the fjord.\n\nNobody was hurt when the bridge fell, "
                         "the police said on Monday evening."});
  c.documents.push_back({"b", "", "2012-03-09", "b.txt",
                         "Engineers warned in 2010 that the bridge was unsafe.\n\nThe harbour "
                         "bridge collapsed on 5 March 2012, three days after a storm.\n\nA new "
                         "bridge will open on 1 June 2013, the council said on Thursday."});
  return c;
}

TimelineOptions Options(std::size_t dates, std::size_t per_date) {
  TimelineOptions o;
  o.dates = dates;
  o.sentences_per_date = per_date;
  return o;
}

TEST(BuildTimelineTest, EntriesCiteTheirSentencesInTheCleanedText) {
  auto t = BuildTimeline(Story(), Options(3, 2));
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_FALSE(t->entries.empty());
  EXPECT_EQ(t->entries[0].date, "2012-03-05");  // named by both articles
  for (std::size_t k = 1; k < t->entries.size(); ++k)
    EXPECT_LT(t->entries[k - 1].date, t->entries[k].date);
  for (const auto& e : t->entries) {
    EXPECT_LE(e.sentences.size(), 2u);
    for (const auto& s : e.sentences) {
      const std::string& text = t->documents[s.source.document].text;
      EXPECT_EQ(t->documents[s.source.document].id, s.source.doc_id);
      // start/end are code points: rebuild the span from them.
      std::size_t i = 0, cp = 0, begin = 0, end = text.size();
      while (i < text.size()) {
        if (cp == s.source.start) begin = i;
        if (cp == s.source.end) end = i;
        utf8::Next(text, i);
        ++cp;
      }
      if (cp == s.source.end) end = text.size();
      EXPECT_EQ(text.substr(begin, end - begin), s.text);
    }
  }
  // A plan (2013-06-01, said before it happened) is not an entry.
  for (const auto& e : t->entries) EXPECT_NE(e.date, "2013-06-01");
}

// An entry stands alone under its day: a sentence leaning on the one before
// it ("She was ...", "But ...") is not taken, whatever it scores.
TEST(BuildTimelineTest, EntriesStandAlone) {
  Cluster c;
  c.id = "ward";
  c.documents.push_back({"a", "", "2009-06-16", "a.txt",
                         "A mother died of swine flu in a Glasgow hospital on 14 June 2009.\n\n"
                         "She was seven months pregnant when she died of swine flu on 14 June "
                         "2009.\n\nBut her son died of swine flu in hospital on 14 June 2009."});
  c.documents.push_back({"b", "", "2009-06-17", "b.txt",
                         "Her son, born early, died of swine flu on 14 June 2009 in hospital."});
  auto t = BuildTimeline(c, Options(1, 3));
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_FALSE(t->entries.empty());
  for (const auto& e : t->entries)
    for (const auto& s : e.sentences) {
      EXPECT_FALSE(s.text.starts_with("She ")) << s.text;
      EXPECT_FALSE(s.text.starts_with("But ")) << s.text;
      EXPECT_FALSE(s.text.starts_with("Her son,")) << s.text;
    }
}

TEST(BuildTimelineTest, BadOptionsAndUndatableClustersAreErrors) {
  EXPECT_EQ(CheckTimelineOptions(Options(0, 1)).kind(), Status::Kind::kUsage);
  EXPECT_EQ(CheckTimelineOptions(Options(1, 0)).kind(), Status::Kind::kUsage);
  EXPECT_EQ(CheckTimelineOptions(Options(TimelineOptions::kMaxDates + 1, 1)).kind(),
            Status::Kind::kUsage);
  TimelineOptions klingon = Options(1, 1);
  klingon.language = "klingon";
  EXPECT_EQ(CheckTimelineOptions(klingon).kind(), Status::Kind::kUsage);

  Cluster empty;
  empty.id = "empty";
  EXPECT_EQ(BuildTimeline(empty, Options(1, 1)).status().kind(), Status::Kind::kInput);

  Cluster undated;
  undated.id = "undated";
  undated.documents.push_back(
      {"x", "", "", "x.txt", "The minister resigned on Monday after the vote was lost."});
  auto t = BuildTimeline(undated, Options(1, 1));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("no sentence can be dated to a day"), std::string::npos)
      << t.status().message();
}

TEST(BuildTimelineTest, FewerDaysThanAskedIsAWarning) {
  auto t = BuildTimeline(Story(), Options(50, 1));
  ASSERT_TRUE(t.ok());
  EXPECT_LT(t->entries.size(), 50u);
  ASSERT_FALSE(t->warnings.empty());
  EXPECT_NE(t->warnings[0].find("of 50 dates"), std::string::npos) << t->warnings[0];
}

TEST(RenderTimelineTest, JsonTextAndMarkdown) {
  auto t = BuildTimeline(Story(), Options(2, 1));
  ASSERT_TRUE(t.ok());
  std::string json = Render(*t, OutputFormat::kJson);
  ASSERT_EQ(json.find('\n'), json.size() - 1);  // one line
  auto j = nlohmann::json::parse(json);
  EXPECT_EQ(j["cluster"], "harbour");
  ASSERT_EQ(j["entries"].size(), t->entries.size());
  for (const auto& e : j["entries"]) {
    EXPECT_EQ(e["date"].get<std::string>().size(), 10u);
    for (const auto& s : e["sentences"])
      for (const char* key : {"text", "document", "sentence", "start", "end"})
        EXPECT_TRUE(s.contains(key)) << key;
  }

  std::string text = Render(*t, OutputFormat::kText);
  EXPECT_EQ(text.rfind(t->entries[0].date + "\n  ", 0), 0u) << text;

  std::string md = Render(*t, OutputFormat::kMarkdown);
  EXPECT_NE(md.find("### " + t->entries[0].date), std::string::npos) << md;
  EXPECT_NE(md.find("**Sources**"), std::string::npos);
  EXPECT_NE(md.find(" [1]\n"), std::string::npos) << md;
}

}  // namespace
}  // namespace precis
