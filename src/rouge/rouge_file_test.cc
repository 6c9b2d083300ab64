#include "rouge/rouge_file.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

namespace fs = std::filesystem;

class RougeFile : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "precis-rouge-file-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(RougeFile, ReadsARegularFile) {
  std::string f = Write("a.txt", "the cat\nsat\n");
  Result<std::string> r = ReadRougeFile(f);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, "the cat\nsat\n");
  Result<std::string> empty = ReadRougeFile(Write("empty.txt", ""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST_F(RougeFile, MissingFile) {
  std::string f = (dir_ / "none.txt").string();
  Result<std::string> r = ReadRougeFile(f);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
  EXPECT_EQ(r.status().message(), f + ": no such file or folder");
  std::string through = Write("plain.txt", "x") + "/inner";
  r = ReadRougeFile(through);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), through + ": cannot read (Not a directory)");
}

TEST_F(RougeFile, FolderIsAnError) {
  Result<std::string> r = ReadRougeFile(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
  EXPECT_EQ(r.status().message(), dir_.string() + ": is a folder, not a file");
}

// A FIFO without a writer would block a plain open() or read() forever; ctest's
// timeout catches a regression.
TEST_F(RougeFile, FifoIsRefusedWithoutBlocking) {
  std::string f = (dir_ / "fifo").string();
  ASSERT_EQ(mkfifo(f.c_str(), 0600), 0);
  Result<std::string> r = ReadRougeFile(f);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
  EXPECT_EQ(r.status().message(), f + ": not a regular file");
}

TEST_F(RougeFile, DevicesAreRefused) {
  for (const char* device : {"/dev/zero", "/dev/null", "/dev/urandom"}) {
    Result<std::string> r = ReadRougeFile(device);
    ASSERT_FALSE(r.ok()) << device;
    EXPECT_EQ(r.status().message(), std::string(device) + ": not a regular file");
  }
}

TEST_F(RougeFile, SizeLimit) {
  std::string f = Write("ten.txt", "0123456789");
  EXPECT_TRUE(ReadRougeFileUpTo(f, 10).ok());
  Result<std::string> r = ReadRougeFileUpTo(f, 9);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().exit_code(), 1);
  EXPECT_EQ(r.status().message(), f + ": file too large (10 bytes; the limit is 9)");
  // A sparse file just over the default limit is refused before it is read.
  std::string big = Write("big.txt", "");
  fs::resize_file(big, kMaxRougeFileBytes + 1);
  r = ReadRougeFile(big);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), big + ": file too large (67108865 bytes; the limit is 67108864)");
}

}  // namespace
}  // namespace precis::rouge
