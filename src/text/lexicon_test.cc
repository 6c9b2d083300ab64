#include "text/lexicon.h"

#include <gtest/gtest.h>

#include <string>

#include "base/hash.h"

namespace precis::text {
namespace {

TEST(Lexicon, DenseIdsInOrderOfFirstAppearance) {
  Lexicon lexicon;
  EXPECT_EQ(lexicon.Intern("bridge"), 0u);
  EXPECT_EQ(lexicon.Intern("closed"), 1u);
  EXPECT_EQ(lexicon.Intern("bridge"), 0u);
  EXPECT_EQ(lexicon.Intern(""), 2u);
  EXPECT_EQ(lexicon.size(), 3u);
  EXPECT_EQ(lexicon.Text(1), "closed");
}

TEST(Lexicon, ViewsStayValidAsItGrows) {
  Lexicon lexicon;
  std::string_view first = lexicon.Text(lexicon.Intern("a long enough word to live on the heap"));
  for (int i = 0; i < 10000; ++i) lexicon.Intern("w" + std::to_string(i));
  EXPECT_EQ(first, "a long enough word to live on the heap");
  EXPECT_EQ(lexicon.Intern("w9999"), 10000u);
  Lexicon moved = std::move(lexicon);
  EXPECT_EQ(moved.Text(0), "a long enough word to live on the heap");
  EXPECT_EQ(moved.Intern("w5"), 6u);
}

TEST(Lexicon, ATextHashIsTheFnvHashOfTheTextAndMovesWithIt) {
  Lexicon lexicon;
  const auto bridge = lexicon.Intern("bridge");
  const auto empty = lexicon.Intern("");
  EXPECT_EQ(lexicon.TextHash(bridge), Fnv1a64("bridge"));
  EXPECT_EQ(lexicon.TextHash(empty), Fnv1a64(""));
  Lexicon moved = std::move(lexicon);
  EXPECT_EQ(moved.TextHash(bridge), Fnv1a64("bridge"));
  EXPECT_EQ(moved.TextHash(moved.Intern("closed")), Fnv1a64("closed"));
  EXPECT_FALSE(moved.HoldsSpace(bridge));
  EXPECT_TRUE(moved.HoldsSpace(moved.Intern("two words")));
}

TEST(Lexicon, ASerialTellsLexiconsApartAndAMoveGivesTheOldOneANewOne) {
  Lexicon a;
  Lexicon b;
  EXPECT_NE(a.serial(), b.serial());
  const auto id = a.Intern("bridge");
  const std::uint64_t serial = a.serial();
  Lexicon c(std::move(a));
  EXPECT_EQ(c.serial(), serial);  // the ids keep their meaning
  EXPECT_EQ(c.Text(id), "bridge");
  EXPECT_NE(a.serial(), serial);  // NOLINT(bugprone-use-after-move): emptied, a new serial
  EXPECT_EQ(a.size(), 0u);        // NOLINT(bugprone-use-after-move)
  b = std::move(c);
  EXPECT_EQ(b.serial(), serial);
  EXPECT_NE(c.serial(), serial);  // NOLINT(bugprone-use-after-move)
}

}  // namespace
}  // namespace precis::text

namespace precis::text {
namespace {

TEST(Lexicon, ShortStringsDifferingOnlyInSizeOrZeroBytesAreDistinct) {
  // Strings of up to 7 bytes are told apart in their slots alone.
  Lexicon lexicon;
  const std::string_view forms[] = {"",
                                    std::string_view("\0", 1),
                                    std::string_view("a\0", 2),
                                    "a",
                                    "ab",
                                    "abcdefg",
                                    "abcdefgh",
                                    "abcdefghi",
                                    "abcdefgi"};
  for (std::string_view f : forms) lexicon.Intern(f);
  ASSERT_EQ(lexicon.size(), std::size(forms));
  for (std::size_t i = 0; i < std::size(forms); ++i) {
    EXPECT_EQ(lexicon.Intern(forms[i]), i);
    EXPECT_EQ(lexicon.Text(static_cast<Lexicon::Id>(i)), forms[i]);
  }
}

// A folded word's class is kept once, apart for the form with a letter
// ("1990's" folds to "1990") and the one without.
TEST(Lexicon, ClassesByWordAndLetter) {
  Lexicon lexicon;
  const Lexicon::Id year = lexicon.Intern("1990");
  const Lexicon::Id ships = lexicon.Intern("ships");
  const Lexicon::Id ship = lexicon.Intern("ship");
  EXPECT_FALSE(lexicon.HasClass(year, false));
  EXPECT_FALSE(lexicon.HasClass(ships, true));
  lexicon.SetClass(year, false, {year, true});
  lexicon.SetClass(year, true, {year, false});
  lexicon.SetClass(ships, true, {ship, false});
  EXPECT_TRUE(lexicon.HasClass(year, false));
  EXPECT_TRUE(lexicon.HasClass(year, true));
  EXPECT_FALSE(lexicon.HasClass(ship, true));
  EXPECT_TRUE(lexicon.ClassOf(year, false).stop);
  EXPECT_FALSE(lexicon.ClassOf(year, true).stop);
  EXPECT_EQ(lexicon.ClassOf(ships, true).term, ship);
  // Ids interned later get classes too.
  const Lexicon::Id late = lexicon.Intern("harbors");
  EXPECT_FALSE(lexicon.HasClass(late, true));
  lexicon.SetClass(late, true, {lexicon.Intern("harbor"), false});
  EXPECT_EQ(lexicon.Text(lexicon.ClassOf(late, true).term), "harbor");
}

TEST(Lexicon, FindLooksUpWithoutInterning) {
  Lexicon lexicon;
  EXPECT_EQ(lexicon.Find("harbor"), Lexicon::kNotFound);
  const Lexicon::Id harbor = lexicon.Intern("harbor");
  const Lexicon::Id long_word = lexicon.Intern("reconstruction");
  EXPECT_EQ(lexicon.Find("harbor"), harbor);
  EXPECT_EQ(lexicon.Find("reconstruction"), long_word);
  EXPECT_EQ(lexicon.Find("reconstructions"), Lexicon::kNotFound);
  EXPECT_EQ(lexicon.Find("harbo"), Lexicon::kNotFound);
  EXPECT_EQ(lexicon.size(), 2u);
}

}  // namespace
}  // namespace precis::text
