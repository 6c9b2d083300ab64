#include "text/stopwords.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

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

TEST(Stopwords, ACharacterOfAnUnspacedScriptIsAWord) {
  Stopwords s("english");
  EXPECT_FALSE(s.Contains("\xE6\x9D\xB1"));  // 東: a word in Japanese and Chinese
  EXPECT_TRUE(s.Contains("\xC3\xA9"));       // é: one letter
}

TEST(Stopwords, LanguageWithoutList) {
  Stopwords s("finnish");
  EXPECT_EQ(s.size(), 0u);
  EXPECT_FALSE(s.Contains("kissa"));
}

TEST(Stopwords, ForSharesOneListPerLanguage) {
  const Stopwords& en = Stopwords::For("english");
  EXPECT_EQ(&en, &Stopwords::For("en"));
  EXPECT_EQ(en.size(), Stopwords("english").size());
  EXPECT_TRUE(en.Contains("the"));
  const Stopwords& fi = Stopwords::For("finnish");
  EXPECT_NE(&fi, &en);
  EXPECT_EQ(fi.size(), 0u);
}

TEST(Stopwords, ForIsThreadSafe) {
  std::vector<const Stopwords*> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i)
    threads.emplace_back([&seen, i] { seen[i] = &Stopwords::For(i % 2 ? "german" : "english"); });
  for (auto& t : threads) t.join();
  for (std::size_t i = 2; i < seen.size(); ++i) EXPECT_EQ(seen[i], seen[i % 2]);
}

}  // namespace
}  // namespace precis::text
