#include "cli/printable.h"

#include <gtest/gtest.h>

namespace precis::cli {
namespace {

TEST(Printable, EscapesControlCharacters) {
  EXPECT_EQ(Printable("a\nb.txt: no such file"), "a\\nb.txt: no such file");
  EXPECT_EQ(Printable("\x1b[31mred\a"), "\\x1b[31mred\\x07");
  EXPECT_EQ(Printable("tab\there\x7f"), "tab\\there\\x7f");
  EXPECT_EQ(Printable("next\xC2\x85line"), "next\\u0085line");
}

TEST(Printable, LeavesTextAlone) {
  EXPECT_EQ(Printable("Zürich — 東京 ok"), "Zürich — 東京 ok");
  EXPECT_EQ(Printable(""), "");
}

}  // namespace
}  // namespace precis::cli
