#include "timeline/analyzed_cluster.h"

#include <gtest/gtest.h>

namespace precis::timeline {
namespace {

TEST(AnalyzedClusterTest, CleansSplitsAndStemsEveryDocument) {
  Cluster c;
  c.documents.push_back({"a", "", "2012-03-07", "",
                         "The harbour bridge collapsed into the fjord on Monday.\n\nNobody was "
                         "hurt when the bridges fell, the police said."});
  auto a = AnalyzeCluster(c, "english", "collapsing bridges");
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->documents.size(), 1u);
  EXPECT_EQ(a->documents[0].date, "2012-03-07");
  ASSERT_EQ(a->analyses.size(), 1u);
  const auto& analysis = a->analyses[0];
  ASSERT_EQ(analysis.sentences.size(), 2u);
  // The query's stems share ids with the text's: "collapsed", "bridge".
  ASSERT_EQ(a->query_terms.size(), 2u);
  const auto& words = analysis.words;
  ASSERT_GE(words.size(), 4u);
  ASSERT_EQ(a->tokens.size(), 1u);
  ASSERT_EQ(a->tokens[0].size(), words.size());
  EXPECT_EQ(a->query_terms[0], a->tokens[0][3].term);  // "collapsed"
  EXPECT_EQ(a->query_terms[1], a->tokens[0][2].term);  // "bridge"
  // Offsets point into the cleaned text in `documents`.
  const auto& first = analysis.sentences[0];
  const std::string_view sentence =
      std::string_view(a->documents[0].text).substr(first.begin, first.end - first.begin);
  const std::size_t end = text::WordEnd(sentence, first.begin, words[3]);
  EXPECT_EQ(a->documents[0].text.substr(words[3].begin, end - words[3].begin), "collapsed");
}

TEST(AnalyzedClusterTest, AnUndatedPageTakesTheDateOfItsRemovedTimeStamp) {
  Cluster c;
  c.documents.push_back({"a", "", "", "",
                         "21/11/2011 09:29 GMT | Updated 21/11/2011 10:54 GMT\n\nSyrian "
                         "opposition groups have been urged to develop a common platform by the "
                         "Foreign Secretary when they met him for talks in London on Monday."});
  auto a = AnalyzeCluster(c, "english", "");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->documents[0].date, "2011-11-21");
  EXPECT_EQ(a->documents[0].text.find("GMT"), std::string::npos);
}

TEST(AnalyzedClusterTest, UnknownLanguageIsAUsageError) {
  EXPECT_EQ(AnalyzeCluster(Cluster{}, "klingon", "").status().kind(), Status::Kind::kUsage);
}

}  // namespace
}  // namespace precis::timeline
