#include "text/analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::text {
namespace {

// The terms (stems, or folded stopwords) of sentence `i`, as strings.
std::vector<std::string> Terms(const Analyzer& a, const AnalyzedText& t, std::size_t i) {
  std::vector<std::string> out;
  for (const auto& w : t.WordsOf(t.sentences[i]))
    out.emplace_back(a.lexicon().Text(TokenOf(w, a.lexicon()).term));
  return out;
}

TEST(Analyzer, SentencesWordsAndCandidates) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  std::string text = "Bridge closed\n\nThe city closed the harbor bridges on Tuesday. It said so.";
  auto analysis = a->Analyze(text);
  const auto& ss = analysis.sentences;
  ASSERT_EQ(ss.size(), 3u);
  EXPECT_FALSE(ss[0].candidate);  // a heading
  EXPECT_TRUE(ss[1].candidate);
  EXPECT_FALSE(ss[2].candidate);  // too short to stand alone
  EXPECT_EQ(text.substr(ss[1].begin, ss[1].end - ss[1].begin),
            "The city closed the harbor bridges on Tuesday.");
  EXPECT_EQ(Terms(*a, analysis, 1), (std::vector<std::string>{"the", "citi", "close", "the",
                                                              "harbor", "bridg", "on", "tuesday"}));
  EXPECT_EQ(ss[1].content_words, 5u);
  EXPECT_EQ(ss[1].words, 8u);
  EXPECT_TRUE(TokenOf(analysis.WordsOf(ss[1])[0], a->lexicon()).stop);
  EXPECT_FALSE(TokenOf(analysis.WordsOf(ss[1])[1], a->lexicon()).stop);
  // Words carry offsets into the text and line up with the stems.
  ASSERT_EQ(analysis.words.size(), 2u + 8u + 3u);
  EXPECT_EQ(ss[1].first_word, 2u);
  const AnalyzedWord& city = analysis.words[ss[1].first_word + 1];
  EXPECT_EQ(a->lexicon().Text(city.norm), "city");
  const std::size_t city_end = WordEnd(analysis.SentenceText(1), ss[1].begin, city);
  EXPECT_EQ(text.substr(city.begin, city_end - city.begin), "city");
}

TEST(Analyzer, JoinShiftsOffsets) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  std::vector<AnalyzedText> parts;
  parts.push_back(a->Analyze("First part here."));
  parts.push_back(a->Analyze("Second part there."));
  AnalyzedText all = AnalyzedText::Join("\n\n", std::move(parts));
  EXPECT_EQ(all.words.capacity(), all.words.size());  // no growth slack
  EXPECT_EQ(all.sentences.capacity(), all.sentences.size());
  ASSERT_EQ(all.sentences.size(), 2u);
  EXPECT_EQ(all.text, "First part here.\n\nSecond part there.");
  EXPECT_EQ(all.SentenceText(1), "Second part there.");
  EXPECT_EQ(all.sentences[1].first_word, 3u);
  EXPECT_EQ(all.words[3].begin, all.sentences[1].begin);
  // The same as analysing the joined text at once.
  AnalyzedText once = a->Analyze(all.text);
  ASSERT_EQ(once.sentences.size(), 2u);
  EXPECT_EQ(once.sentences[1].begin, all.sentences[1].begin);
  EXPECT_EQ(Terms(*a, once, 1), Terms(*a, all, 1));
}

TEST(Analyzer, TermTokensKeepEachWordsTermAndStop) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  const AnalyzedText text = a->Analyze("The bridges were closed on Monday.");
  const std::vector<TermToken> tokens = TermTokensOf(text.words, a->lexicon());
  ASSERT_EQ(tokens.size(), text.words.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].term, TokenOf(text.words[i], a->lexicon()).term);
    EXPECT_EQ(tokens[i].stop, TokenOf(text.words[i], a->lexicon()).stop);
  }
  EXPECT_TRUE(tokens[0].stop);                            // "the"
  EXPECT_EQ(a->lexicon().Text(tokens[1].term), "bridg");  // its stem
}

// A word's end, read again from its start, is where the tokenizer ended it,
// for possessives, numbers with separators, curly apostrophes and scripts
// without spaces alike.
TEST(Analyzer, WordEndIsTheTokenizersEnd) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  const AnalyzedText t = a->Analyze(
      "John\u2019s 1,000.5 tons cost $3.9 billion (U.S.) in 1990's.\n\n"
      "\u6771\u4eac\u306f\u5927\u304d\u3044. Caf\u00e9 na\u00efve co-op rock'n'roll!");
  for (std::size_t k = 0; k < t.sentences.size(); ++k) {
    const auto& s = t.sentences[k];
    const std::vector<Word> expected = Tokenize(t.SentenceText(k));
    const auto words = t.WordsOf(s);
    ASSERT_EQ(words.size(), expected.size()) << k;
    for (std::size_t i = 0; i < words.size(); ++i) {
      EXPECT_EQ(words[i].begin, s.begin + expected[i].begin) << k << " " << i;
      EXPECT_EQ(WordEnd(t.SentenceText(k), s.begin, words[i]), s.begin + expected[i].end)
          << k << " " << i;
    }
  }
}

TEST(Analyzer, JoinOfOnePartIsThePart) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  const AnalyzedText one = a->Analyze("Only one part. Two sentences.");
  std::vector<AnalyzedText> parts{one};
  const AnalyzedText all = AnalyzedText::Join("\n\n", std::move(parts));
  EXPECT_EQ(all.text, one.text);
  EXPECT_EQ(all.words, one.words);
  EXPECT_EQ(all.sentences, one.sentences);
  EXPECT_TRUE(AnalyzedText::Join("\n\n", {}).text.empty());
}

TEST(Analyzer, OneIdPerStringAndClassByWord) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  AnalyzedText t = a->Analyze("Bridges and bridge; the 1990's and 1990.");
  ASSERT_EQ(t.words.size(), 7u);
  auto token = [&](std::size_t i) { return TokenOf(t.words[i], a->lexicon()); };
  EXPECT_EQ(token(0).term, token(2).term);  // "bridg"
  EXPECT_NE(t.words[0].norm, t.words[2].norm);
  EXPECT_TRUE(token(3).stop);
  // "1990's" folds to "1990" but has a letter: not a number.
  EXPECT_EQ(t.words[4].norm, t.words[6].norm);
  EXPECT_TRUE(t.words[4].has_letter);
  EXPECT_FALSE(t.words[6].has_letter);
  EXPECT_TRUE(token(6).stop);
  EXPECT_FALSE(token(4).stop);
  EXPECT_EQ(token(4).term, t.words[4].norm);  // "1990" stems to itself
}

// A headline's stems the texts have: none is added to the lexicon.
TEST(Analyzer, KnownContentTermsInternNothing) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  a->Analyze("The bridges closed on Monday.");
  const std::size_t words = a->lexicon().size();
  // "tunnel" and "flood" were never met.
  const std::vector<Lexicon::Id> known = a->KnownContentTerms("Bridge closed as tunnels flood");
  ASSERT_EQ(known.size(), 2u);
  EXPECT_EQ(a->lexicon().Text(known[0]), "bridg");
  EXPECT_EQ(a->lexicon().Text(known[1]), "close");
  EXPECT_EQ(a->lexicon().size(), words);
}

TEST(Analyzer, QueryStems) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->ContentStems("What caused the bridges' cracks?"),
            (std::vector<std::string>{"caus", "bridg", "crack"}));
}

// What another Analyzer made, adopted in input order, has the ids one
// Analyzer reading everything in order gives: results do not depend on how
// the work was shared among threads.
TEST(Analyzer, AdoptedTextsHaveTheIdsOfOneAnalyzer) {
  const std::vector<std::string> parts = {
      "Ships sailed from the harbor. The harbor closed at noon.",
      "Sailing ships returned; harbors reopened in 1990's spring.",
      "Inspectors visited the closed harbors and the sailors.",
  };
  auto one = Analyzer::Create("english");
  ASSERT_TRUE(one.ok());
  std::vector<AnalyzedText> expected;
  for (const auto& p : parts) expected.push_back(one->Analyze(p));

  auto main = Analyzer::Create("english");
  ASSERT_TRUE(main.ok());
  std::vector<AnalyzedText> got;
  got.push_back(main->Analyze(parts[0]));
  std::vector<Analyzer> others;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    auto other = Analyzer::Create("english");
    ASSERT_TRUE(other.ok());
    got.push_back(other->Analyze(parts[k]));
    others.push_back(std::move(other).value());
  }
  for (std::size_t k = 1; k < parts.size(); ++k)
    RemapIds(got[k].words, main->Adopt(others[k - 1].lexicon()));

  ASSERT_EQ(main->lexicon().size(), one->lexicon().size());
  for (std::size_t id = 0; id < one->lexicon().size(); ++id)
    EXPECT_EQ(main->lexicon().Text(static_cast<Lexicon::Id>(id)),
              one->lexicon().Text(static_cast<Lexicon::Id>(id)));
  for (std::size_t k = 0; k < parts.size(); ++k) {
    EXPECT_TRUE(got[k].words == expected[k].words) << k;
    // Each word's stem and stopword flag come with the adopted lexicon.
    for (std::size_t i = 0; i < got[k].words.size(); ++i) {
      const TermToken g = TokenOf(got[k].words[i], main->lexicon());
      const TermToken e = TokenOf(expected[k].words[i], one->lexicon());
      EXPECT_EQ(g.term, e.term) << k << " " << i;
      EXPECT_EQ(g.stop, e.stop) << k << " " << i;
    }
  }
  // And the adopting Analyzer goes on as if it had read everything.
  const AnalyzedText next = main->Analyze("The sailors sailed.");
  const AnalyzedText next_one = one->Analyze("The sailors sailed.");
  for (std::size_t i = 0; i < next.words.size(); ++i)
    EXPECT_EQ(TokenOf(next.words[i], main->lexicon()).term,
              TokenOf(next_one.words[i], one->lexicon()).term);
  EXPECT_EQ(main->lexicon().size(), one->lexicon().size());
}

// An edited paragraph is analysed as if anew, but only the sentences the
// edit changed are read again.
TEST(Analyzer, AnEditedTextReadsOnlyTheSentencesThatChanged) {
  auto a = Analyzer::Create("english");
  ASSERT_TRUE(a.ok());
  const std::string before_text =
      "Advertisement The city closed the bridge on Tuesday. Inspectors found cracks in two "
      "supports. Traffic went through the tunnel, officials said.";
  const AnalyzedText before = a->Analyze(before_text);
  const std::string edited =
      "The city closed the bridge on Tuesday. Inspectors found cracks in two supports. "
      "Traffic went through the tunnel, officials said.";
  std::vector<std::size_t> read;
  const AnalyzedText got = a->AnalyzeEdited(edited, before, &read);
  auto fresh = Analyzer::Create("english");
  ASSERT_TRUE(fresh.ok());
  fresh->Analyze(before_text);  // the same lexicon
  const AnalyzedText expected = fresh->Analyze(edited);
  EXPECT_TRUE(got.sentences == expected.sentences);
  EXPECT_TRUE(got.words == expected.words);
  // The first sentence lost its "Advertisement"; the other two are as they were.
  EXPECT_EQ(read, std::vector<std::size_t>{0});
}

TEST(Analyzer, UnknownLanguage) { EXPECT_FALSE(Analyzer::Create("klingon").ok()); }

}  // namespace
}  // namespace precis::text

namespace precis::text {
namespace {

TEST(AnalyzerLeaseTest, TheThreadsAnalyzerCarriesItsWordsOver) {
  const Lexicon* first = nullptr;
  {
    auto lease = AnalyzerLease::Borrow("english");
    ASSERT_TRUE(lease.ok());
    (**lease).Analyze("Inspectors visited the harbor.");
    first = &(**lease).lexicon();
  }
  auto again = AnalyzerLease::Borrow("english");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(&(**again).lexicon(), first);
  const std::size_t words = first->size();
  (**again).Analyze("Inspectors visited the harbor.");
  EXPECT_EQ((**again).lexicon().size(), words);  // nothing new to intern
}

TEST(AnalyzerLeaseTest, ANestedLeaseGetsItsOwnAnalyzer) {
  auto outer = AnalyzerLease::Borrow("english");
  ASSERT_TRUE(outer.ok());
  auto inner = AnalyzerLease::Borrow("english");
  ASSERT_TRUE(inner.ok());
  EXPECT_NE(&**outer, &**inner);
  const AnalyzedText a = (**inner).Analyze("The ships sailed.");
  ASSERT_EQ(a.words.size(), 3u);  // punctuation is not a word
  EXPECT_EQ((**inner).lexicon().Text(TokenOf(a.words[1], (**inner).lexicon()).term), "ship");
}

TEST(AnalyzerLeaseTest, AnotherLanguageGetsItsOwnAnalyzer) {
  auto english = AnalyzerLease::Borrow("english");
  ASSERT_TRUE(english.ok());
  EXPECT_FALSE(AnalyzerLease::Borrow("klingon").ok());
}

}  // namespace
}  // namespace precis::text
