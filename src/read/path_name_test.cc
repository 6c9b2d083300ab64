#include "read/path_name.h"

#include <gtest/gtest.h>

namespace precis::read {
namespace {

TEST(PathName, Stems) {
  EXPECT_EQ(FileStem("dir/article-000.txt"), "article-000");
  EXPECT_EQ(FileStem("AP880911-0016"), "AP880911-0016");
  EXPECT_EQ(FileStem("x/train.jsonl.gz"), "train");
  EXPECT_EQ(FileStem("-"), "stdin");
  EXPECT_EQ(FileStem(".profile"), ".profile");
}

TEST(PathName, Extensions) {
  EXPECT_EQ(FileExtension("a/b.HTML"), "html");
  EXPECT_EQ(FileExtension("b.jsonl.gz"), "jsonl");
  EXPECT_EQ(FileExtension("README"), "");
  EXPECT_EQ(FileExtension("dir.d/README"), "");
}

TEST(PathName, BaseNames) {
  EXPECT_EQ(BaseName("a/b/"), "b");
  EXPECT_EQ(BaseName("b"), "b");
  EXPECT_EQ(BaseName("/"), "/");
}

}  // namespace
}  // namespace precis::read
