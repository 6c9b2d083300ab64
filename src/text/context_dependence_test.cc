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

}  // namespace
}  // namespace precis::text
