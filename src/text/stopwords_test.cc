#include "text/stopwords.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(Stopwords, English) {
  Stopwords s("english");
  EXPECT_GT(s.size(), 150u);
  EXPECT_TRUE(s.Contains("the"));
  EXPECT_TRUE(s.Contains("don't"));
  EXPECT_FALSE(s.Contains("talks"));
  EXPECT_TRUE(s.Contains("x"));  // one-letter words never carry content
}

TEST(Stopwords, LanguageWithoutList) {
  Stopwords s("finnish");
  EXPECT_EQ(s.size(), 0u);
  EXPECT_FALSE(s.Contains("kissa"));
}

}  // namespace
}  // namespace precis::text
