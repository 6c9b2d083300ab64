#include "clean/duplicate_finder.h"

#include <gtest/gtest.h>

namespace precis::clean {
namespace {

TEST(DuplicateFinder, MapsRepeatsToTheFirstCopy) {
  std::vector<std::vector<int>> terms = {
      {1, 2, 3, 4, 5, 6},      // 0
      {7, 8, 9},               // 1
      {1, 2, 3, 4, 5, 6},      // 2: exact copy of 0
      {1, 2, 3, 4, 5, 6, 10},  // 3: near copy of 0 (6/7)
      {1, 2, 11, 12, 13, 14},  // 4: shares little
      {},                      // 5: no content
  };
  auto c = FindDuplicates(terms);
  EXPECT_EQ(c, (std::vector<std::size_t>{0, 1, 0, 0, 4, 5}));
}

// The threshold is inclusive: 7 terms in common of 10 is 0.7, 7 of 11 is
// not (the comparison stops early once the rest cannot reach it, and must
// agree with the full count at the boundary).
TEST(DuplicateFinder, TheThresholdIsInclusive) {
  auto at =
      FindDuplicates({{1, 2, 3, 4, 5, 6, 7, 8}, {1, 2, 3, 4, 5, 6, 7, 9, 10}, {8, 9, 10, 11, 12}});
  EXPECT_EQ(at, (std::vector<std::size_t>{0, 0, 2}));
  auto below = FindDuplicates(
      {{1, 2, 3, 4, 5, 6, 7, 8}, {1, 2, 3, 4, 5, 6, 7, 9, 10, 13}, {8, 9, 10, 11, 12, 13}});
  EXPECT_EQ(below, (std::vector<std::size_t>{0, 1, 2}));
  // Half the terms in common matches at 0.5, not at 0.51.
  EXPECT_EQ(FindDuplicates({{1, 2, 3, 4}, {1, 2, 3, 5, 6}, {4, 5, 6}}, 0.5)[1], 0u);
  EXPECT_EQ(FindDuplicates({{1, 2, 3, 4}, {1, 2, 3, 5, 6}, {4, 5, 6}}, 0.51)[1], 1u);
}

// Sentences' terms in one array: added whole or term by term, sorted and
// deduplicated in place, each sentence keeping its own.
TEST(DuplicateFinder, TermSetsKeepEachSentencesTerms) {
  TermSets sets;
  sets.Add(std::vector<int>{3, 1, 3, 2});
  sets.Open();  // a sentence without terms
  sets.Open();
  for (int t : {9, 7, 9}) sets.Push(t);
  sets.Add(std::vector<int>{5});
  ASSERT_EQ(sets.size(), 4u);
  sets.SortAndDedupe();
  auto as_vector = [&](std::size_t i) { return std::vector<int>(sets[i].begin(), sets[i].end()); };
  EXPECT_EQ(as_vector(0), (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(sets[1].empty());
  EXPECT_EQ(as_vector(2), (std::vector<int>{7, 9}));
  EXPECT_EQ(as_vector(3), (std::vector<int>{5}));
  const std::vector<std::vector<int>> nested = {{1, 2, 3, 4, 5, 6}, {}, {6, 5, 4, 3, 2, 1, 1}};
  EXPECT_EQ(FindDuplicates(TermSets(nested)), (std::vector<std::size_t>{0, 1, 0}));
}

TEST(DuplicateFinder, OrderOfTermsDoesNotMatter) {
  auto c = FindDuplicates({{5, 4, 3, 2, 1}, {1, 2, 3, 4, 5, 5}});
  EXPECT_EQ(c[1], 0u);
}

TEST(DuplicateFinder, ScalesToManySentences) {
  std::vector<std::vector<int>> terms;
  for (int i = 0; i < 20000; ++i) terms.push_back({i, i + 100000, i + 200000, 7});
  terms.push_back({0, 100000, 200000, 7});
  auto c = FindDuplicates(terms);
  EXPECT_EQ(c.back(), 0u);
  EXPECT_EQ(c[5], 5u);
}

// Text over a small vocabulary makes every term common, so the index keeps
// few sentences per term (a 10 MB article of 30 words took 51 s); copies of
// a sentence are still found by its exact term set.
TEST(DuplicateFinder, SmallVocabularyKeepsExactCopies) {
  std::vector<std::vector<int>> terms;
  unsigned state = 1;
  for (int i = 0; i < 50000; ++i) {
    std::vector<int> s;
    for (int k = 0; k < 8; ++k) {
      state = state * 1103515245u + 12345u;
      s.push_back(static_cast<int>((state >> 16) % 30));
    }
    terms.push_back(s);
  }
  const std::vector<int> late = terms[40000];
  terms.push_back({late.rbegin(), late.rend()});
  auto c = FindDuplicates(terms);
  EXPECT_LE(c.back(), 40000u);
  EXPECT_EQ(c.back(), c[40000]);
  for (std::size_t i = 0; i < c.size(); ++i) ASSERT_LE(c[i], i);
}

}  // namespace
}  // namespace precis::clean

namespace precis::clean {
namespace {

TEST(DuplicateFinder, AnyIntegersAreTermsAlike) {
  // Small non-negative ids index arrays; large or negative ones go through a
  // map. The answer is the same.
  const std::vector<std::vector<int>> small = {{1, 2, 3, 4, 5, 6},
                                               {7, 8, 9},
                                               {1, 2, 3, 4, 5, 6},
                                               {1, 2, 3, 4, 5, 6, 10},
                                               {6, 5, 4, 3, 2, 1}};
  for (int shift : {-1000, 1 << 30}) {
    std::vector<std::vector<int>> shifted = small;
    for (auto& set : shifted)
      for (int& t : set) t = shift < 0 ? -t : t + shift;
    EXPECT_EQ(FindDuplicates(shifted), FindDuplicates(small)) << shift;
  }
}

}  // namespace
}  // namespace precis::clean
