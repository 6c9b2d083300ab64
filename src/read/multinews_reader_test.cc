#include "read/multinews_reader.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(MultiNewsReader, OneClusterPerLine) {
  std::vector<std::string> warnings;
  auto clusters = ReadMultiNews(
      "First story. NEWLINE_CHAR NEWLINE_CHAR Second paragraph. ||||| Other story.\n"
      "\n"
      "Third line story. |||||  ||||| Last doc. ||||| \n",
      "data/val.src.txt", &warnings);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].id, "val.src-1");
  EXPECT_EQ(clusters[0].source, "Multi-News");
  ASSERT_EQ(clusters[0].documents.size(), 2u);
  EXPECT_EQ(clusters[0].documents[0].id, "val.src-1-0");
  EXPECT_EQ(clusters[0].documents[0].text, "First story.\n\nSecond paragraph.");
  EXPECT_EQ(clusters[0].documents[0].source, "data/val.src.txt");
  EXPECT_EQ(clusters[0].documents[1].id, "val.src-1-1");
  EXPECT_EQ(clusters[0].documents[1].text, "Other story.");
  EXPECT_EQ(clusters[1].id, "val.src-3");
  ASSERT_EQ(clusters[1].documents.size(), 2u);
  EXPECT_EQ(clusters[1].documents[1].id, "val.src-3-2");
  // The empty middle document is reported, the trailing separator is not.
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "data/val.src.txt: empty document val.src-3-1 skipped");
}

TEST(MultiNewsReader, EmptyInput) { EXPECT_TRUE(ReadMultiNews(" \n\n", "x", nullptr).empty()); }

}  // namespace
}  // namespace precis::read
