#include "precis/summarizer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace precis {
namespace {

Cluster Bridge() {
  Cluster c;
  c.id = "bridge";
  c.documents = {
      {"a", "Bridge shut", "2024-04-10", "a.txt",
       "Skip to main content\n\nThe city closed the harbor bridge on Tuesday after inspectors "
       "found cracks in two steel supports.\n\nThe mayor said the bridge would stay shut until "
       "engineers said it was safe.\n\nSubscribe now for unlimited access."},
      {"b", "", "2024-04-09", "b.txt",
       "The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
       "supports.\n\nTraffic was sent through the tunnel, which officials said could cope for "
       "several months."},
  };
  return c;
}

TEST(Summarizer, CreateChecksOptions) {
  SummarizeOptions o;
  o.method = "nosuch";
  auto s = Summarizer::Create(o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().exit_code(), 2);
  o = {};
  o.budget.limit = 0;
  EXPECT_FALSE(Summarizer::Create(o).ok());
  o = {};
  o.language = "klingon";
  EXPECT_FALSE(Summarizer::Create(o).ok());
  o = {};
  o.threads = -1;
  EXPECT_EQ(Summarizer::Create(o).status().exit_code(), 2);
  o.threads = SummarizeOptions::kMaxThreads + 1;
  EXPECT_EQ(Summarizer::Create(o).status().exit_code(), 2);
  o.threads = 2;
  EXPECT_TRUE(Summarizer::Create(o).ok());
  // Fill cuts a sentence to words or bytes; a budget in sentences has
  // nothing to cut to (it was ignored without a word).
  o = {};
  o.budget = {.unit = Budget::Unit::kSentences, .limit = 2, .fill = true};
  Result<Summarizer> filled = Summarizer::Create(o);
  ASSERT_FALSE(filled.ok());
  EXPECT_EQ(filled.status().exit_code(), 2);
  EXPECT_NE(filled.status().message().find("cannot be filled"), std::string::npos);
  o.budget.unit = Budget::Unit::kBytes;
  EXPECT_TRUE(Summarizer::Create(o).ok());
  EXPECT_EQ(Summarizer::Create({})->options().method, "default");
}

// SummarizeEach gives every cluster's summary (or error), in order, as
// Summarize does, on any number of threads.
TEST(Summarizer, SummarizeEachDeliversInOrderWhatSummarizeGives) {
  auto make = [] {
    std::vector<Cluster> clusters;
    for (int i = 0; i < 9; ++i) {
      Cluster c = Bridge();
      c.id = "c" + std::to_string(i);
      if (i == 4)
        c.documents.clear();  // an error, delivered in its place
      else if (i % 3 == 1)
        c.documents.pop_back();
      clusters.push_back(std::move(c));
    }
    return clusters;
  };
  SummarizeOptions o;
  o.budget.limit = 20;
  auto one = Summarizer::Create(o);
  ASSERT_TRUE(one.ok());
  std::vector<Result<Summary>> expected;
  for (auto& c : make()) expected.push_back(one->Summarize(c));
  for (int threads : {1, 2, 4}) {
    o.threads = threads;
    auto s = Summarizer::Create(o);
    ASSERT_TRUE(s.ok());
    std::vector<std::size_t> order;
    s->SummarizeEach(make(), [&](std::size_t i, Result<Summary> r) {
      order.push_back(i);
      ASSERT_LT(i, expected.size());
      ASSERT_EQ(r.ok(), expected[i].ok()) << i;
      if (!r.ok()) {
        EXPECT_EQ(r.status().message(), expected[i].status().message());
        return;
      }
      EXPECT_EQ(r->cluster_id, expected[i]->cluster_id);
      ASSERT_EQ(r->sentences.size(), expected[i]->sentences.size());
      for (std::size_t k = 0; k < r->sentences.size(); ++k)
        EXPECT_EQ(r->sentences[k].text, expected[i]->sentences[k].text);
    });
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8})) << threads;
  }
}

TEST(Summarizer, EmptyClusterIsAnInputError) {
  auto s = Summarizer::Create({});
  ASSERT_TRUE(s.ok());
  Cluster c;
  c.id = "empty";
  auto r = s->Summarize(c);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
  EXPECT_NE(r.status().message().find("empty"), std::string::npos);
  c.documents = {{"x", "", "", "", "Subscribe now.\n\nShare on Facebook"}};
  EXPECT_FALSE(s->Summarize(c).ok());
}

// A cluster given away gives the summary a copy gives, stats and figures
// included.
TEST(Summarizer, ClusterGivenToKeepSummarizesTheSame) {
  SummarizeOptions o;
  o.explain = true;
  auto s = Summarizer::Create(o);
  ASSERT_TRUE(s.ok());
  auto copied = s->Summarize(Bridge());
  ASSERT_TRUE(copied.ok());
  Cluster given = Bridge();
  auto moved = s->Summarize(std::move(given));
  ASSERT_TRUE(moved.ok());
  ASSERT_EQ(moved->sentences.size(), copied->sentences.size());
  for (std::size_t i = 0; i < moved->sentences.size(); ++i) {
    EXPECT_EQ(moved->sentences[i].text, copied->sentences[i].text);
    EXPECT_EQ(moved->sentences[i].source.start, copied->sentences[i].source.start);
    EXPECT_EQ(moved->sentences[i].also_in.size(), copied->sentences[i].also_in.size());
  }
  ASSERT_EQ(moved->stats.size(), copied->stats.size());
  for (std::size_t d = 0; d < moved->stats.size(); ++d) {
    EXPECT_EQ(moved->stats[d].input_chars, copied->stats[d].input_chars);
    EXPECT_EQ(moved->stats[d].words, copied->stats[d].words);
    EXPECT_EQ(moved->documents[d].text, copied->documents[d].text);
  }
  EXPECT_EQ(moved->removed.size(), copied->removed.size());
  EXPECT_EQ(moved->figures.has_value(), copied->figures.has_value());
  for (std::size_t d = 0; d < moved->documents.size(); ++d) {
    EXPECT_EQ(moved->documents[d].id, copied->documents[d].id);
    EXPECT_EQ(moved->documents[d].title, copied->documents[d].title);
    EXPECT_EQ(moved->documents[d].date, copied->documents[d].date);
    EXPECT_EQ(moved->documents[d].source, copied->documents[d].source);
  }
  for (std::size_t r = 0; r < moved->removed.size(); ++r)
    EXPECT_EQ(moved->removed[r].doc_id, copied->removed[r].doc_id);
}

TEST(Summarizer, CleansCollapsesDuplicatesAndCites) {
  SummarizeOptions o;
  o.budget.limit = 60;
  o.explain = true;
  for (const auto& method : MethodNames()) {
    o.method = method;
    auto s = Summarizer::Create(o);
    ASSERT_TRUE(s.ok()) << method;
    auto r = s->Summarize(Bridge());
    ASSERT_TRUE(r.ok()) << method << ": " << r.status().message();
    EXPECT_EQ(r->method, method);
    ASSERT_FALSE(r->sentences.empty()) << method;
    std::size_t words = 0;
    for (const auto& x : r->sentences) {
      const std::string& text = r->documents[x.source.document].text;
      // ASCII text: code points are bytes.
      EXPECT_EQ(text.substr(x.source.start, x.source.end - x.source.start), x.text);
      EXPECT_EQ(x.text.find("Subscribe"), std::string::npos);
      std::istringstream in(x.text);
      for (std::string w; in >> w;) ++words;
      if (x.text.starts_with("The city closed")) {
        // Carried by both documents: cited once, with the copy remembered.
        EXPECT_EQ(x.source.doc_id, "a");
        ASSERT_EQ(x.also_in.size(), 1u);
        EXPECT_EQ(x.also_in[0].doc_id, "b");
      }
    }
    EXPECT_LE(words, 60u) << method;
    EXPECT_EQ(r->stats[1].duplicates, 1u);
    EXPECT_EQ(r->stats[0].removed, 2u);
    EXPECT_EQ(r->removed.size(), 2u);
  }
}

TEST(Summarizer, AnUndatedPageTakesTheDateOfItsRemovedTimeStamp) {
  Cluster c = Bridge();
  c.documents[1].date = "";
  c.documents[1].text =
      "21/11/2011 09:29 GMT | Updated 21/11/2011 10:54 GMT\n\n" + c.documents[1].text;
  auto s = Summarizer::Create({});
  auto r = s->Summarize(c);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->documents[1].date, "2011-11-21");
  EXPECT_EQ(r->documents[1].text.find("GMT"), std::string::npos);
  EXPECT_EQ(r->documents[0].date, "2024-04-10");  // metadata wins
}

TEST(Summarizer, ChronologicalOrderFollowsDates) {
  SummarizeOptions o;
  o.method = "lead";
  o.budget.unit = Budget::Unit::kSentences;
  o.budget.limit = 3;
  auto s = Summarizer::Create(o);
  auto r = s->Summarize(Bridge());
  ASSERT_TRUE(r.ok());
  for (std::size_t i = 1; i < r->sentences.size(); ++i)
    EXPECT_LE(r->documents[r->sentences[i - 1].source.document].date,
              r->documents[r->sentences[i].source.document].date);
}

TEST(Summarizer, FillUsesTheWholeBudget) {
  SummarizeOptions o;
  o.budget.limit = 25;
  o.budget.fill = true;
  auto r = Summarizer::Create(o)->Summarize(Bridge());
  ASSERT_TRUE(r.ok());
  std::size_t words = 0;
  for (const auto& x : r->sentences) {
    std::istringstream in(x.text);
    for (std::string w; in >> w;) ++words;
  }
  EXPECT_EQ(words, 25u);
}

// A summary of `c` in `words` words, the budget filled (`--fill`).
Result<Summary> FilledSummary(const Cluster& c, std::size_t words) {
  SummarizeOptions o;
  o.budget.limit = words;
  o.budget.fill = true;
  return Summarizer::Create(o)->Summarize(c);
}

// The words `--fill` adds to a 16-word summary of documents "a" and "b" (the
// summary's second line).
std::string FillLine(const std::string& a, const std::string& b) {
  Cluster c;
  c.id = "fill";
  c.documents = {{"a", "", "", "", a}, {"b", "", "", "", b}};
  auto r = FilledSummary(c, 16);
  EXPECT_TRUE(r.ok()) << r.status().message();
  if (!r.ok() || r->sentences.size() != 2) return "";
  return r->sentences[1].text;
}

TEST(Summarizer, FillTakesNoSentenceLeaningOnOneLeftOut) {
  // The best sentence left out ("But Kingston was flooded ...") answers a
  // sentence the summary does not hold: the fill takes the other telling.
  EXPECT_EQ(FillLine("Officials met in the capital on Tuesday morning to talk.\n\nBut Kingston "
                     "was flooded by heavy rain, officials said.\n\nGilbert hit Jamaica with "
                     "winds of 120 miles per hour on Monday.",
                     "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\n"
                     "Kingston was flooded by heavy rain."),
            "Kingston was flooded by");
}

TEST(Summarizer, FillCutsNoQuotationOpen) {
  // The best sentence left out is a quotation whose words up to the cut
  // ("\"Kingston was flooded by") open it without closing it: a reader would
  // take them for a piece of a longer quotation. The fill takes the other
  // telling.
  EXPECT_EQ(FillLine("Officials met in the capital on Tuesday morning to talk.\n\n\"Kingston was "
                     "flooded by heavy rain,\" officials said.\n\nGilbert hit Jamaica with winds "
                     "of 120 miles per hour on Monday.",
                     "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\n"
                     "Kingston was flooded by heavy rain and the harbor."),
            "Kingston was flooded by");
}

TEST(Summarizer, FillCutsNoSentenceAtAColon) {
  // Cut to three words, the best sentence left would end in its colon
  // ("Kingston officials said:"), leading into what the summary lacks: the
  // fill takes another.
  Cluster c;
  c.id = "fill";
  c.documents = {
      {"a", "", "", "",
       "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\nKingston "
       "officials said: heavy rain flooded the harbor and the airport of Kingston."},
      {"b", "", "", "",
       "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\nThe storm "
       "moved west toward Mexico on Tuesday night."},
      {"c", "", "", "", "Kingston officials said heavy rain flooded the harbor and the airport."}};
  auto r = FilledSummary(c, 15);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 2u);
  EXPECT_EQ(r->sentences[1].text, "The storm moved");
}

TEST(Summarizer, FillTakesNoSentenceNamingSomeoneTheSummaryNeverIntroduces) {
  // Both tellings show "Kingston was flooded by"; the one of article a
  // names "Mr. Reyes", whom no chosen sentence names: the fill takes b's.
  Cluster c;
  c.id = "fill";
  c.documents = {{"a", "", "", "",
                  "Officials met in the capital on Tuesday morning to talk.\n\nKingston was "
                  "flooded by heavy rain, Mr. Reyes said.\n\nGilbert hit Jamaica with winds of "
                  "120 miles per hour on Monday."},
                 {"b", "", "", "",
                  "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\nKingston "
                  "was flooded by heavy rain."}};
  auto r = FilledSummary(c, 16);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 2u);
  EXPECT_EQ(r->sentences[1].text, "Kingston was flooded by");
  EXPECT_EQ(r->sentences[1].source.document, 1u);
}

TEST(Summarizer, FillTakesNoRetellingOfAChosenSentence) {
  // Every article retells the opening in its own words ("Hurricane Gilbert
  // struck the island ..."): a third of its content words are the chosen
  // sentence's, some rarer ones among them, which the selection calls the
  // same thing said twice. The fill judges so too and takes what one article
  // adds, though fewer articles hold it.
  const std::string opening = "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.";
  const std::string retold =
      "Hurricane Gilbert struck the island of Jamaica on Monday with winds near 120 miles an "
      "hour, the weather service reported.";
  Cluster c;
  c.id = "fill";
  c.documents = {{"a", "", "", "",
                  opening + "\n\n" + retold +
                      "\n\nRelief agencies flew tents and medicine to the island on Tuesday."},
                 {"b", "", "", "", opening + "\n\n" + retold},
                 {"c", "", "", "", retold + "\n\n" + opening}};
  auto r = FilledSummary(c, 16);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 2u);
  EXPECT_EQ(r->sentences[0].text, opening);
  EXPECT_EQ(r->sentences[1].text, "Relief agencies flew tents");
}

TEST(Summarizer, FillGoesLastEvenAfterTheSentenceItFollows) {
  // The fill ("Relief agencies flew tents") follows a's first sentence in
  // its article, which the summary opens on; cut short, it still goes last,
  // not between the opening and b's sentence ("... on Monday. Relief
  // agencies flew tents Kingston was ...").
  Cluster c;
  c.id = "fill";
  c.documents = {
      {"a", "", "", "2024-01-01",
       "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\n"
       "Relief agencies flew tents and medicine to the island on Tuesday."},
      {"b", "", "", "2024-01-02", "Kingston was flooded by heavy rain, and the harbor closed."}};
  auto r = FilledSummary(c, 25);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 3u);
  EXPECT_TRUE(r->sentences[2].truncated);
  EXPECT_EQ(r->sentences[2].text.rfind("Relief agencies", 0), 0u) << r->sentences[2].text;
  EXPECT_FALSE(r->sentences[0].truncated);
  EXPECT_FALSE(r->sentences[1].truncated);
}

TEST(Summarizer, FillShowsNoWordsTheSummaryAlreadySays) {
  // The first sentence left out goes on to say something new, but the four
  // words that fit ("Gilbert hit Jamaica with") repeat the chosen sentence.
  EXPECT_EQ(FillLine("Gilbert hit Jamaica with winds of 120 miles per hour, then flooded Cuba, "
                     "Haiti, the Bahamas and Florida with heavy rain for days.\n\nGilbert hit "
                     "Jamaica with winds of 120 miles per hour on Monday.",
                     "Gilbert hit Jamaica with winds of 120 miles per hour on Monday.\n\n"
                     "Relief agencies flew tents to the island."),
            "Relief agencies flew tents");
}

// A three-sentence summary of `c`: each sentence's document, in order.
std::vector<std::size_t> ThreeSentenceOrder(const Cluster& c) {
  SummarizeOptions o;
  o.budget.unit = Budget::Unit::kSentences;
  o.budget.limit = 3;
  auto r = Summarizer::Create(o)->Summarize(c);
  EXPECT_TRUE(r.ok()) << r.status().message();
  std::vector<std::size_t> order;
  if (r.ok())
    for (const auto& x : r->sentences) order.push_back(x.source.document);
  return order;
}

// Undated documents have no order of their own: the one introducing
// someone goes before the one naming him by title alone.
TEST(Summarizer, IntroducesSomeoneBeforeNamingHimByTitle) {
  Cluster c;
  c.id = "names";
  c.documents = {
      {"a", "", "", "",
       "Heavy rain flooded the river town of Kingston on Monday night.\n\nMr. Reyes said the "
       "water rose faster than anyone in the river town had ever seen."},
      {"b", "", "", "", "Mayor Juan Reyes ordered Kingston evacuated as the water rose."}};
  // Mayor Juan Reyes (b), then a's "Heavy rain ..." and "Mr. Reyes said ...".
  EXPECT_EQ(ThreeSentenceOrder(c), (std::vector<std::size_t>{1, 0, 0}));
  // Dated, the days decide.
  c.documents[0].date = "2024-05-01";
  c.documents[1].date = "2024-05-02";
  EXPECT_EQ(ThreeSentenceOrder(c), (std::vector<std::size_t>{0, 0, 1}));
}

// Undated articles have no order of their own: the summary does not open
// with a sentence that leans on one it left out (here words in the first
// person whose speaker it does not name).
TEST(Summarizer, DoesNotOpenWithASentenceLeaningOnAMissingOne) {
  Cluster c;
  c.id = "opening";
  c.documents = {
      {"a", "", "", "",
       "We saw the water rise faster than anyone in the river town had ever seen on Monday."},
      {"b", "", "", "", "Mayor Juan Reyes ordered Kingston evacuated as the flood came."}};
  EXPECT_EQ(ThreeSentenceOrder(c), (std::vector<std::size_t>{1, 0}));
  // Dated, the days decide.
  c.documents[0].date = "2024-05-01";
  c.documents[1].date = "2024-05-02";
  EXPECT_EQ(ThreeSentenceOrder(c), (std::vector<std::size_t>{0, 1}));
}

// A sentence opening with a connective that only joins it to the one
// before stands alone without it: the summary may take it so, cited from
// after the connective.
TEST(Summarizer, TakesASentenceWithoutAJoiningConnective) {
  Cluster c;
  c.id = "connective";
  const std::string text =
      "Farmers in the plains states waited for rain all summer.\n\nBut Congress provided "
      "nearly $3.9 billion in emergency drought aid to farmers in the plains states.";
  c.documents = {{"a", "", "", "", text}};
  SummarizeOptions o;
  o.budget.limit = 17;
  auto s = Summarizer::Create(o);
  ASSERT_TRUE(s.ok());
  auto summary = s->Summarize(c);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary->sentences.size(), 1u);
  const auto& taken = summary->sentences[0];
  EXPECT_TRUE(taken.text.starts_with("Congress provided nearly $3.9 billion")) << taken.text;
  // (ASCII: code points are bytes.)
  const std::string& cleaned = summary->documents[taken.source.document].text;
  EXPECT_EQ(cleaned.substr(taken.source.start, taken.source.end - taken.source.start), taken.text);
  EXPECT_EQ(cleaned.substr(taken.source.start - 4, 4), "But ");
}

// The AP's underscore before an item of a roundup is a mark, not a word:
// the sentence is offered without it.
TEST(Summarizer, TakesARoundupItemWithoutItsUnderscore) {
  Cluster c;
  c.id = "roundup";
  c.documents = {{"a", "", "", "",
                  "_Alabama: Seventeen people were killed in Huntsville on Wednesday when a "
                  "tornado touched down."}};
  SummarizeOptions o;
  o.budget.unit = Budget::Unit::kSentences;
  o.budget.limit = 1;
  auto summary = Summarizer::Create(o)->Summarize(c);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary->sentences.size(), 1u);
  EXPECT_EQ(summary->sentences[0].text,
            "Alabama: Seventeen people were killed in Huntsville on Wednesday when a tornado "
            "touched down.");
  EXPECT_EQ(summary->sentences[0].source.start, 1u);
}

// Among undated articles, the dated ones take the places of the dated in
// the order of their dates: what a reader sees dated is in true order.
// A cluster of more candidates than the model keeps (1,500) keeps those
// most likely to matter: the story many articles tell, not the filler each
// tells alone, wherever it comes in the input.
TEST(Summarizer, ALargeClusterKeepsTheSentencesMostLikelyToMatter) {
  Cluster c;
  c.id = "large";
  const std::string story =
      "The dam on the upper river burst early on Monday, flooding the valley towns below it.";
  for (int d = 0; d < 1700; ++d) {
    // Made-up words, distinct for every document: each filler sentence is
    // a candidate of its own, with terms no other document holds.
    auto word = [&](int w) { return "w" + std::to_string(d) + "x" + std::to_string(w); };
    const std::string filler = "The " + word(0) + " of " + word(1) + " was in the " + word(2) +
                               " and " + word(3) + " for " + word(4) + ".";
    std::string text = filler;
    // The story, told only by the last articles (past the first 1,500
    // candidates), each the same way.
    if (d >= 1600) text += " " + story;
    c.documents.push_back({"d" + std::to_string(d), "", "", "", text});
  }
  SummarizeOptions o;
  o.budget.limit = 20;
  auto s = Summarizer::Create(o);
  ASSERT_TRUE(s.ok());
  auto summary = s->Summarize(c);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_FALSE(summary->sentences.empty());
  EXPECT_NE(summary->sentences[0].text.find("The dam on the upper river burst"), std::string::npos)
      << summary->sentences[0].text;
  for (const auto& sentence : summary->sentences)
    EXPECT_EQ(sentence.text.find(" was in the "), std::string::npos) << sentence.text;
}

TEST(Summarizer, DatedArticlesAmongUndatedAreInDateOrder) {
  Cluster c;
  c.id = "dates";
  c.documents = {
      {"a", "", "2013-05-02", "",
       "Talks on the repairs resumed on Thursday between the city and its contractors."},
      {"b", "", "", "",
       "The harbor crossing stays closed to traffic while work goes on, officials said."},
      {"c", "", "2011-11-21", "", "Inspectors found cracks in the Kingston bridge on Monday."}};
  // 2011, the undated in its place, 2013.
  EXPECT_EQ(ThreeSentenceOrder(c), (std::vector<std::size_t>{2, 1, 0}));
}

// An update summary: what the new documents add to those already read.
Cluster Update() {
  Cluster c;
  c.id = "update";
  const std::string old_story =
      "The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
      "supports.\n\nTraffic was sent through the tunnel while engineers studied the damage.";
  c.seen = {{"old1", "", "2024-04-09", "", old_story},
            {"old2", "", "2024-04-09", "",
             "Inspectors found cracks in two steel supports of the harbor bridge, and the city "
             "closed it on Tuesday.\n\nThe tunnel took the traffic while engineers studied the "
             "damage."}};
  c.documents = {
      {"new1", "", "2024-04-20", "",
       "The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
       "supports.\n\nThe council voted on Friday to spend four million dollars on new steel "
       "beams for the bridge.\n\nTraffic was sent through the tunnel while engineers studied "
       "the damage."},
      {"new2", "", "2024-04-21", "",
       "Engineers said the harbor bridge would reopen in June once the new steel beams were "
       "fitted.\n\nThe council approved four million dollars for the repair work on Friday."}};
  return c;
}

TEST(Summarizer, UpdateSummariesTellWhatIsNewAndCiteOnlyNewDocuments) {
  SummarizeOptions o;
  o.budget.limit = 25;
  auto s = Summarizer::Create(o);
  ASSERT_TRUE(s.ok());
  Cluster c = Update();
  auto update = s->Summarize(c);
  ASSERT_TRUE(update.ok()) << update.status().message();
  ASSERT_FALSE(update->sentences.empty());
  for (const auto& sentence : update->sentences) {
    EXPECT_EQ(sentence.text.find("closed the harbor bridge on Tuesday"), std::string::npos)
        << sentence.text;
    EXPECT_EQ(sentence.text.find("tunnel"), std::string::npos) << sentence.text;
    EXPECT_TRUE(sentence.source.doc_id == "new1" || sentence.source.doc_id == "new2");
  }
  EXPECT_TRUE(update->warnings.empty());
  ASSERT_EQ(update->documents.size(), 2u);  // the seen documents are not cited documents
}

TEST(Summarizer, AMethodThatIgnoresWhatWasReadSaysSo) {
  SummarizeOptions o;
  o.method = "lead";
  auto s = Summarizer::Create(o);
  ASSERT_TRUE(s.ok());
  auto update = s->Summarize(Update());
  ASSERT_TRUE(update.ok()) << update.status().message();
  ASSERT_EQ(update->warnings.size(), 1u);
  EXPECT_EQ(update->warnings[0],
            "method lead drops sentences already read but does not weigh what is new (these do: "
            "coverage)");
  // Repeats are dropped for every method.
  for (const auto& sentence : update->sentences)
    EXPECT_EQ(sentence.text.find("closed the harbor bridge on Tuesday"), std::string::npos);
}

TEST(Summarizer, NothingNewIsAnInputError) {
  auto s = Summarizer::Create({});
  ASSERT_TRUE(s.ok());
  Cluster c = Update();
  c.documents = {c.seen[0]};
  c.documents[0].id = "again";
  auto r = s->Summarize(c);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "update: nothing new to summarize (every candidate sentence repeats one of the "
            "documents already read)");
}

// The README's list of methods is the registry's.
TEST(Summarizer, ReadmeListsTheMethodRegistry) {
  std::string expected;
  for (const MethodInfo& m : Methods()) {
    std::string honours;
    if (m.honours_query) honours += "honours `--query`";
    if (m.honours_seen) honours += std::string(honours.empty() ? "" : ", ") + "weighs `--seen`";
    if (m.needs_solver) honours += std::string(honours.empty() ? "" : ", ") + "exact solver";
    expected +=
        "- `" + m.name + "`: " + m.help + (honours.empty() ? "" : " (" + honours + ")") + "\n";
  }
  std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/README.md");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string readme = buffer.str();
  const std::string begin = "<!-- methods -->\n", end = "<!-- /methods -->";
  const std::size_t b = readme.find(begin), e = readme.find(end);
  ASSERT_TRUE(b != std::string::npos && e != std::string::npos && b < e) << expected;
  EXPECT_EQ(readme.substr(b + begin.size(), e - b - begin.size()), expected);
  EXPECT_EQ(Methods().size(), MethodNames().size());
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

TEST(Summarizer, NothingLeftNamesEachSourceOnce) {
  auto s = Summarizer::Create({});
  ASSERT_TRUE(s.ok());
  Cluster c;
  c.id = "menus";
  for (const char* id : {"a", "b"})
    c.documents.push_back({id, "", "", "set.jsonl", "Home\n\nNews\n\nSports"});
  c.documents.push_back({"c", "", "", "page.html", "Home\n\nNews\n\nSports"});
  auto summary = s->Summarize(c);
  ASSERT_FALSE(summary.ok());
  EXPECT_NE(summary.status().message().find("(3 documents from set.jsonl, page.html;"),
            std::string::npos)
      << summary.status().message();
}

TEST(Summarizer, ADocumentWithNothingToSummarizeIsSaidNotFatal) {
  auto s = Summarizer::Create({});
  ASSERT_TRUE(s.ok());
  Cluster c;
  c.id = "mixed";
  c.documents.push_back({"story", "", "", "",
                         "The city closed the harbor bridge on Tuesday after inspectors found "
                         "cracks in two of its supports. Ferries will run every twenty minutes "
                         "while the bridge stays closed to all traffic."});
  c.documents.push_back({"menu", "", "", "", "Home\n\nNews\n\nSports"});
  auto summary = s->Summarize(c);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_FALSE(summary->sentences.empty());
  ASSERT_EQ(summary->warnings.size(), 1u);
  EXPECT_EQ(summary->warnings[0],
            "document 'menu' has nothing to summarize (no sentence left after cleaning); the "
            "others are summarized");
}

// A crawl of thousands of pages has hundreds of menus: one warning line says
// how many and names the first few.
TEST(Summarizer, ManyDocumentsWithNothingToSummarizeMakeOneWarning) {
  auto s = Summarizer::Create({});
  ASSERT_TRUE(s.ok());
  Cluster c;
  c.id = "crawl";
  c.documents.push_back({"story", "", "", "",
                         "The city closed the harbor bridge on Tuesday after inspectors found "
                         "cracks in two of its supports. Ferries will run every twenty minutes "
                         "while the bridge stays closed to all traffic."});
  for (int k = 0; k < 2; ++k)
    c.documents.push_back({"menu" + std::to_string(k), "", "", "", "Home\n\nNews\n\nSports"});
  auto two = s->Summarize(c);
  ASSERT_TRUE(two.ok()) << two.status().message();
  ASSERT_EQ(two->warnings.size(), 1u);
  EXPECT_EQ(two->warnings[0],
            "documents 'menu0' and 'menu1' have nothing to summarize (no sentence left after "
            "cleaning); the others are summarized");
  for (int k = 2; k < 500; ++k)
    c.documents.push_back({"menu" + std::to_string(k), "", "", "", "Home\n\nNews\n\nSports"});
  auto many = s->Summarize(c);
  ASSERT_TRUE(many.ok()) << many.status().message();
  ASSERT_EQ(many->warnings.size(), 1u);
  EXPECT_EQ(many->warnings[0],
            "500 documents have nothing to summarize (no sentence left after cleaning), the "
            "first 'menu0', 'menu1', 'menu2'; the others are summarized");
}

}  // namespace
}  // namespace precis
