#include "text/context_dependence.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(ContextDependence, Kinds) {
  EXPECT_EQ(DependsOnContext("The council voted on Friday."), Dependence::kNone);
  EXPECT_EQ(DependsOnContext("He said the bridge would reopen."), Dependence::kPronounOpening);
  EXPECT_EQ(DependsOnContext("Their cars were stuck."), Dependence::kPronounOpening);
  EXPECT_EQ(DependsOnContext("But the mayor disagreed."), Dependence::kConnectiveOpening);
  EXPECT_EQ(DependsOnContext("However, repairs will take months."), Dependence::kConnectiveOpening);
  EXPECT_EQ(DependsOnContext("Removing the regime was \"the best thing\", he said."),
            Dependence::kPronounSpeaker);
  EXPECT_EQ(DependsOnContext("\"We will rebuild it, and quickly."), Dependence::kUnpairedQuote);
  EXPECT_EQ(DependsOnContext("\xE2\x80\x9CWe will,\xE2\x80\x9D the mayor said."),
            Dependence::kNone);
  // Words that merely contain the cues do not count.
  EXPECT_EQ(DependsOnContext("Theresa May spoke; Butte County agreed; the chef said so."),
            Dependence::kNone);
  EXPECT_EQ(DependenceName(Dependence::kPronounSpeaker), "speaker is a pronoun");
}

TEST(ContextDependence, APronounSpeakerIsAnAttributionTag) {
  for (const char* tagged : {"No one else was aboard the fighter, he said.",
                             "\"We will rebuild,\" she said.", "``We will rebuild,'' he said.",
                             "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D he told "
                             "reporters."})
    EXPECT_TRUE(SpeaksThroughAPronoun(tagged)) << tagged;
  // The same words in prose: the speaker is named.
  for (const char* named :
       {"William Gray, a forecaster, said he uncovered a link to rainfall.",
        "The man he said was there had left.", "The mayor said she would resign."})
    EXPECT_FALSE(SpeaksThroughAPronoun(named)) << named;
}

}  // namespace
}  // namespace precis::text
