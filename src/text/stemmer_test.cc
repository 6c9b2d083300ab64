#include "text/stemmer.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(Stemmer, EnglishSnowball) {
  auto s = Stemmer::Create("english");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Stem("talks"), "talk");
  EXPECT_EQ(s->Stem("negotiations"), "negoti");
  EXPECT_EQ(s->Stem("running"), "run");
  EXPECT_EQ(s->Stem("running"), "run");  // cached
}

TEST(Stemmer, IsoCodeAndOtherLanguages) {
  auto de = Stemmer::Create("de");
  ASSERT_TRUE(de.ok());
  EXPECT_EQ(de->Stem("katzen"), "katz");
  EXPECT_FALSE(Stemmer::Languages().empty());
}

TEST(Stemmer, UnknownLanguage) {
  auto s = Stemmer::Create("klingon");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().kind(), Status::Kind::kUsage);
  EXPECT_NE(s.status().message().find("english"), std::string::npos);
}

}  // namespace
}  // namespace precis::text
