#include "clean/paragraph_signals.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::clean {
namespace {

ParagraphSignals Measure(std::string_view text) {
  static const text::Stopwords stopwords("english");
  return MeasureParagraph(text, stopwords);
}

// Units compare by their folded words: case and punctuation aside, the same
// words in the same order give the same key; other words or another order
// another key.
TEST(ParagraphSignals, KeyIsTheFoldedWordsInOrder) {
  EXPECT_EQ(Measure("Share THIS, now!").key, Measure("share this now").key);
  EXPECT_EQ(Measure("").key, Measure("  ").key);
  EXPECT_NE(Measure("share this now").key, Measure("now share this").key);
  EXPECT_NE(Measure("share this now").key, Measure("share this").key);
  EXPECT_NE(Measure("share this now").key, Measure("").key);
  EXPECT_NE(Measure("ab c").key, Measure("a bc").key);
}

TEST(ParagraphSignals, CuePhrasesScoreTwoStrongOneWeak) {
  // subscribe (strong), unlimited access (strong), unlimited (weak).
  EXPECT_EQ(Measure("Subscribe now for unlimited access").cue(Cue::kPaywall), 5u);
  // Each phrase counts once, however often it occurs.
  EXPECT_EQ(Measure("Subscribe. Subscribe! subscribe").cue(Cue::kPaywall), 2u);
  EXPECT_EQ(Measure("Read the privacy policy").cue(Cue::kCookie), 2u);
  // "skip to main content" only: "skip to content" is not consecutive here.
  EXPECT_EQ(Measure("Skip to main content").cue(Cue::kNavigation), 2u);
}

// A formula is the page speaking to its reader; a cue word alone may be news.
TEST(ParagraphSignals, FormulasAreThePageSpeakingToItsReader) {
  EXPECT_TRUE(Measure("Share this story on Facebook").formula);
  EXPECT_TRUE(Measure("Already a subscriber? Log in").formula);
  EXPECT_TRUE(Measure("Get the news delivered to your inbox").formula);
  EXPECT_TRUE(Measure("Vintage furs on sale + read caption share photo").formula);
  EXPECT_FALSE(Measure("Police say the cookie thief sent a second letter.").formula);
  EXPECT_FALSE(Measure("Apple plans a subscription music service.").formula);
  // Formulas that extend a strong cue add nothing to its score.
  EXPECT_EQ(Measure("Subscribe to our newsletter").cue(Cue::kPaywall), 2u);
}

TEST(ParagraphSignals, AClauseReadsAsAPieceOfASentence) {
  EXPECT_TRUE(Measure("-- The drive must continue to curb the rising crime rates;").clause());
  EXPECT_FALSE(Measure("For Use By Clients of the New York Times News Service").clause());
  EXPECT_FALSE(Measure("the rising crime rates").clause());  // too short to tell
}

TEST(ParagraphSignals, CuesMatchWholeWordsOnly) {
  EXPECT_EQ(Measure("The homepage and the menus").cue(Cue::kNavigation), 0u);
  EXPECT_EQ(Measure("Go home").cue(Cue::kNavigation), 1u);
  EXPECT_EQ(Measure("privacy policies").cue(Cue::kCookie), 0u);
  // A phrase must be consecutive words.
  EXPECT_EQ(Measure("privacy and policy").cue(Cue::kCookie), 0u);
  // At the very start and end of the paragraph.
  EXPECT_EQ(Measure("cookies").cue(Cue::kCookie), 2u);
  EXPECT_EQ(Measure("Manage preferences").cue(Cue::kCookie), 2u);
}

TEST(ParagraphSignals, TimeAndBylineWords) {
  EXPECT_TRUE(Measure("Last modified Tuesday").time_or_date);
  EXPECT_FALSE(Measure("The last model").time_or_date);
  EXPECT_TRUE(Measure("Associated Press Writer").byline);
  EXPECT_TRUE(Measure("By Jane Doe").byline);
  EXPECT_FALSE(Measure("The reporters said the bridge was closed.").byline);
}

// The byte tests, wherever the marks stand: in the first sixteen bytes, in
// a later block of sixteen, or in the tail after the last whole block.
TEST(ParagraphSignals, PricesClocksAndPlaceholdersAnywhereInTheUnit) {
  const std::string pad(37, 'x');  // two blocks of sixteen and a tail of five
  for (const std::string& at : {std::string(), pad.substr(0, 20), pad}) {
    EXPECT_TRUE(Measure(at + " $4.99 a month").price) << at.size();
    EXPECT_TRUE(Measure(at + " \u20AC4.99").price) << at.size();
    EXPECT_TRUE(Measure(at + " 9/month").price) << at.size();
    EXPECT_FALSE(Measure(at + " four dollars").price) << at.size();
    EXPECT_TRUE(Measure(at + " at 09:29 today").time_or_date) << at.size();
    EXPECT_TRUE(Measure(at + " on 21/11/2011").time_or_date) << at.size();
    EXPECT_FALSE(Measure(at + " a 9 : 3 vote").time_or_date) << at.size();
    EXPECT_TRUE(Measure(at + " {{article_count}} read").placeholder) << at.size();
    EXPECT_TRUE(Measure(at + " %%name%% here").placeholder) << at.size();
    EXPECT_FALSE(Measure(at + " {a} 50% off").placeholder) << at.size();
  }
}

// A word whose folding holds a space counts as its pieces.
TEST(ParagraphSignals, AWordFoldedIntoSeveralCountsAsThePieces) {
  EXPECT_EQ(Measure("\uFDFA").key,
            Measure("\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 "
                    "\u0648\u0633\u0644\u0645")
                .key);
}

}  // namespace
}  // namespace precis::clean
