#include "eval/readability.h"

#include <gtest/gtest.h>

namespace precis::eval {
namespace {

SummarySentence At(std::string text, std::size_t document, std::size_t sentence) {
  SummarySentence s;
  s.text = std::move(text);
  s.source.document = document;
  s.source.sentence = sentence;
  return s;
}

TEST(Readability, CountsWhatAReaderNotices) {
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  Summary summary;
  summary.sentences = {
      At("He said the bridge would reopen in June.", 0, 4),                  // opens dependent
      At("The council voted on Friday to fund new steel beams.", 1, 0),      //
      At("But the mayor wanted a new tunnel instead.", 1, 1),                // after its antecedent
      At("Removing the old beams was \"the hard part\", she said.", 0, 9),   // alone
      At("On Friday the council voted to fund the new steel beams.", 2, 3),  // redundant
      At("Subscribe now for unlimited access to our journalism.", 2, 8),     // furniture
      At("Mr. Reyes said the beams were sound.", 3, 2),                      // never introduced
      At("The engineer, Tomas Reyes, inspected them.", 3, 0),                // too late
      At("Mr. Reyes agreed.", 3, 5),                                         // introduced
  };
  Budget budget;
  budget.limit = 100;
  Readability r = MeasureReadability(summary, budget, *analyzer);
  EXPECT_EQ(r.sentences, 9u);
  EXPECT_TRUE(r.opens_dependent);
  EXPECT_EQ(r.dependent_alone, 2u);
  EXPECT_EQ(r.redundant_pairs, 1u);
  EXPECT_EQ(r.furniture, 1u);
  EXPECT_EQ(r.unintroduced_names, 1u);
  EXPECT_TRUE(r.short_of_budget);  // about 70 words of 100
  // The same counts, sentence by sentence, with why.
  std::vector<FlaggedSentence> flagged;
  MeasureReadability(summary, budget, *analyzer, &flagged);
  std::vector<std::pair<std::size_t, std::string>> why;
  for (const auto& f : flagged) why.emplace_back(f.sentence, f.flag);
  EXPECT_EQ(why, (std::vector<std::pair<std::size_t, std::string>>{
                     {0, "leans on a missing one (opens with a pronoun)"},
                     {3, "leans on a missing one (speaker is a pronoun)"},
                     {5, "page furniture"},
                     {6, "names someone never introduced"},
                     {4, "says what sentence 2 says"}}));
  EXPECT_EQ(flagged[2].text, "Subscribe now for unlimited access to our journalism.");
  budget.limit = 80;
  EXPECT_FALSE(MeasureReadability(summary, budget, *analyzer).short_of_budget);
  budget.unit = Budget::Unit::kSentences;
  budget.limit = 100;
  EXPECT_FALSE(MeasureReadability(summary, budget, *analyzer).short_of_budget);
  // In bytes, the sentences' own (as ROUGE's -b counts them).
  std::size_t bytes = 0;
  for (const auto& sentence : summary.sentences) bytes += sentence.text.size();
  budget.unit = Budget::Unit::kBytes;
  budget.limit = bytes;
  EXPECT_FALSE(MeasureReadability(summary, budget, *analyzer).short_of_budget);
  budget.limit = 2 * bytes;
  EXPECT_TRUE(MeasureReadability(summary, budget, *analyzer).short_of_budget);

  EvalReport report;
  AddReadability(r, report);
  r.short_with_material_left = true;
  AddReadability(r, report);
  EXPECT_EQ(report.readability.dependent_alone, 4u);
  EXPECT_EQ(report.opening_dependent, 2u);
  EXPECT_EQ(report.short_of_budget, 2u);
  EXPECT_EQ(report.short_with_material_left, 1u);
}

// Furniture is the page speaking, or cue words outside a sentence; news
// about Facebook or a cookie thief is not, though it holds the cue words.
TEST(Readability, FurnitureIsNotNewsAboutItsCueWords) {
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  Summary summary;
  summary.sentences = {
      At("Police say the man dressed as the cookie monster returned the stolen cookie.", 0, 0),
      At("She posted the photo on Facebook and Twitter before the court ruled.", 0, 1),
      At("Click here to help send the team to the games in Rio this summer.", 1, 0),
      At("Share facebook twitter", 1, 1),
      At("Copyright 2014 The Associated Press.", 1, 2),
      At("Apple plans to offer a subscription service to watch shows over the", 2, 0),
  };
  summary.sentences.back().truncated = true;  // the budget cut it, not the page
  Budget budget;
  const Readability r = MeasureReadability(summary, budget, *analyzer);
  EXPECT_EQ(r.furniture, 3u);
  EXPECT_EQ(r.furniture_cues, 5u);
}

// A piece the cleaner cut that the references tell is a false cut; a
// notice, or a piece too short to judge, is not.
TEST(Readability, CountsCutsTheReferencesTell) {
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  Summary summary;
  summary.documents = {{"a", "", "", "", "The bridge closed."}};
  summary.removed = {
      {"a", "Engineers found deep cracks in two steel supports of the harbor bridge.",
       "unrelated story"},
      {"a", "Sign up for our newsletter to get the latest news every morning.", "prompt"},
      {"a", "Harbor bridge cracks", "repeated headline"},
  };
  const std::vector<std::string> references = {
      "The harbor bridge closed after engineers found cracks in its steel supports."};
  const auto cuts = FalseCuts(summary, references, *analyzer);
  ASSERT_EQ(cuts.size(), 1u);
  EXPECT_EQ(cuts[0].reason, "unrelated story");
  // Its words are not in what the article keeps; a wire teaser repeating
  // the kept lead would be.
  EXPECT_EQ(HeldInKeptText(summary, cuts, *analyzer), std::vector<bool>{false});
  summary.documents[0].text =
      "The bridge closed. Engineers found deep cracks in two of the harbor bridge's steel "
      "supports, the city said.";
  EXPECT_EQ(HeldInKeptText(summary, cuts, *analyzer), std::vector<bool>{true});
  EvalReport report;
  Readability one;
  one.false_cuts = 2;
  one.false_cuts_held = 1;
  AddReadability(one, report);
  AddReadability(one, report);
  EXPECT_EQ(report.readability.false_cuts, 4u);
  EXPECT_EQ(report.readability.false_cuts_held, 2u);
}

}  // namespace
}  // namespace precis::eval
