#include "base/bounded_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace precis::base {
namespace {

class BoundedFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/precis-bounded-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }
  std::string dir_;
};

TEST_F(BoundedFileTest, ReadsWithinTheLimitAndNamesTheFlagBeyondIt) {
  std::string f = dir_ + "/f.txt";
  std::ofstream(f) << "0123456789";
  EXPECT_EQ(ReadBoundedFile(f, {.max_bytes = 10, .pipes = false, .how_to_raise = ""}).value(),
            "0123456789");
  auto big = ReadBoundedFile(f, {.max_bytes = 9, .pipes = false, .how_to_raise = "--x raises it"});
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().message(),
            f + ": file too large (10 bytes; the limit is 9, --x raises it)");
  EXPECT_EQ(ReadBoundedFile(dir_, {.max_bytes = 9, .pipes = false, .how_to_raise = ""})
                .status()
                .message(),
            dir_ + ": is a folder, not a file");
}

// A regular file is read whole in one call; empty and large files too.
TEST_F(BoundedFileTest, ReadsEmptyAndLargeFilesWhole) {
  std::string empty = dir_ + "/empty.txt";
  std::ofstream(empty).flush();
  EXPECT_EQ(ReadBoundedFile(empty, {.max_bytes = 9, .pipes = false, .how_to_raise = ""}).value(),
            "");
  std::string large = dir_ + "/large.txt";
  std::string content;
  for (int i = 0; i < 200000; ++i) content += static_cast<char>('a' + i % 26);
  std::ofstream(large) << content;
  EXPECT_EQ(
      ReadBoundedFile(large, {.max_bytes = content.size(), .pipes = false, .how_to_raise = ""})
          .value(),
      content);
}

// A FIFO with no writer is refused, or read as empty, but never waited on.
TEST_F(BoundedFileTest, PipesOnlyWhenAllowed) {
  std::string fifo = dir_ + "/pipe";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(ReadBoundedFile(fifo, {.max_bytes = 9, .pipes = false, .how_to_raise = ""})
                .status()
                .message(),
            fifo + ": not a regular file");
  auto empty = ReadBoundedFile(fifo, {.max_bytes = 9, .pipes = true, .how_to_raise = ""});
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(empty.value(), "");
  EXPECT_EQ(ReadBoundedFile("/dev/zero", {.max_bytes = 9, .pipes = true, .how_to_raise = ""})
                .status()
                .message(),
            "/dev/zero: not a regular file");
}

}  // namespace
}  // namespace precis::base
