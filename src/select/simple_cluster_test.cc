#include "select/simple_cluster.h"

#include <gtest/gtest.h>

namespace precis::select {
namespace {

TEST(SimpleClusterTest, TokenizeLowercasesAndSplitsPunctuation) {
  SimpleTokens t = SimpleTokenize("  ``The Storm,'' he said: 120 mph!");
  EXPECT_EQ(t.words, (std::vector<std::string>{"``", "the", "storm", ",''", "he", "said", ":",
                                               "120", "mph", "!"}));
  EXPECT_EQ(t.stop,
            (std::vector<bool>{true, true, false, true, true, true, true, false, false, true}));
  EXPECT_TRUE(SimpleTokenize("").words.empty());
  EXPECT_TRUE(SimpleTokenize(" \n\t ").words.empty());
}

TEST(SimpleClusterTest, SplitSentencesAtEndMarksAndParagraphs) {
  EXPECT_EQ(SimpleSplitSentences("One. Two!\nThree?  Four\n\nFive 2.5 six"),
            (std::vector<std::string>{"One.", "Two!", "Three?", "Four", "Five 2.5 six"}));
  EXPECT_TRUE(SimpleSplitSentences("  \n\n ").empty());
}

TEST(SimpleClusterTest, BuildsAModel) {
  SimpleCluster c;
  std::size_t d = c.AddText("d1", "2001-02-03", "Storm hits coast. The coast is flooded.");
  c.SetQuery("Flooded coast?");
  ClusterModel m = std::move(c).Build();
  EXPECT_EQ(d, 0u);
  ASSERT_EQ(m.docs.size(), 1u);
  EXPECT_EQ(m.docs[0].id, "d1");
  EXPECT_EQ(m.docs[0].date, "2001-02-03");
  ASSERT_EQ(m.sentences.size(), 2u);
  EXPECT_EQ(m.sentences[1].position, 1u);
  EXPECT_EQ(m.sentences[1].words, 4u);
  EXPECT_EQ(m.ContentTerms(1).size(), 2u);  // coast, flooded
  EXPECT_EQ(m.query_terms.size(), 2u);
}

}  // namespace
}  // namespace precis::select
