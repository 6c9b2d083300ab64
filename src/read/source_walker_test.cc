#include "read/source_walker.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace precis::read {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the temp directory, removed at the end of the test.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (fs::temp_directory_path() / "precis-walk-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempFolder() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  fs::path Write(const std::string& name, const std::string& data) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(SourceWalker, ListsFolderFilesInByteOrderSkippingHiddenOnes) {
  TempFolder t;
  t.Write("b.txt", "b");
  t.Write("B.txt", "B");
  t.Write("a/z.txt", "z");
  t.Write("a.txt", "a");
  t.Write(".hidden.txt", "h");
  t.Write(".git/config", "c");
  t.Write("notes.txt~", "backup");
  t.Write("sub/.secret/x.txt", "x");
  auto files = ListFiles(t.path().string());
  ASSERT_TRUE(files.ok());
  std::string root = t.path().string();
  EXPECT_EQ(files.value(), (std::vector<std::string>{root + "/B.txt", root + "/a.txt",
                                                     root + "/a/z.txt", root + "/b.txt"}));
}

TEST(SourceWalker, SymlinkLoopsEnd) {
  TempFolder t;
  t.Write("d/x.txt", "x");
  fs::create_directory_symlink(t.path() / "d", t.path() / "d" / "loop");
  auto files = ListFiles(t.path().string());
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files.value().size(), 1u);
}

TEST(SourceWalker, SingleFileAndEmptyFolder) {
  TempFolder t;
  fs::path f = t.Write("one.txt", "x");
  auto files = ListFiles(f.string());
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files.value(), std::vector<std::string>{f.string()});
  fs::create_directory(t.path() / "empty");
  auto none = ListFiles((t.path() / "empty").string());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.value().empty());
}

TEST(SourceWalker, MissingSource) {
  auto r = ListFiles("/nonexistent/precis/x.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent/precis/x.txt: no such file or folder");
  auto l = LoadFile("/nonexistent/precis/x.txt", 100);
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().message(), "/nonexistent/precis/x.txt: no such file or folder");
}

TEST(SourceWalker, LoadsAndLimitsFiles) {
  TempFolder t;
  fs::path f = t.Write("f.txt", "0123456789");
  auto ok = LoadFile(f.string(), 10);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value(), "0123456789");
  auto big = LoadFile(f.string(), 9);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().message(),
            f.string() + ": file too large (10 bytes; the limit is 9, --max-file-mb raises it)");
  auto dir = LoadFile(t.path().string(), 9);
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.status().message(), t.path().string() + ": is a folder, not a file");
}

TEST(SourceWalker, PathThroughAFile) {
  TempFolder t;
  fs::path f = t.Write("f.txt", "x");
  auto r = ListFiles((f / "inside.txt").string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), (f / "inside.txt").string() + ": cannot read (Not a directory)");
}

TEST(SourceWalker, UnreadablePath) {
  // Fails for every user, root included.
  TempFolder t;
  fs::path f = t.Write("plain.txt", "x");
  auto file = LoadFile((f / "inner").string(), 100);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().message(), (f / "inner").string() + ": cannot read (Not a directory)");
}

TEST(SourceWalker, UnreadableFileAndFolder) {
  // Permission bits do not stop root (CI runs as root): there the files are
  // readable and the walk succeeds, which is checked instead.
  TempFolder t;
  if (geteuid() == 0) {
    fs::path f = t.Write("locked.txt", "x");
    fs::permissions(f, fs::perms::none);
    EXPECT_TRUE(LoadFile(f.string(), 100).ok());
    return;
  }
  fs::path f = t.Write("locked.txt", "x");
  fs::permissions(f, fs::perms::none);
  auto file = LoadFile(f.string(), 100);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().message(), f.string() + ": cannot read (Permission denied)");
  fs::path d = t.path() / "locked";
  fs::create_directory(d);
  fs::permissions(d, fs::perms::none);
  auto folder = ListFiles(t.path().string());
  fs::permissions(d, fs::perms::owner_all);
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.status().message(), d.string() + ": cannot read folder (Permission denied)");
}

// A FIFO nobody writes to made open() wait forever; a device is not input
// (/dev/zero grew until the size limit).
TEST(SourceWalker, FifosDoNotBlockAndDevicesAreRefused) {
  TempFolder t;
  fs::path fifo = t.path() / "pipe";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto empty = LoadFile(fifo.string(), 100);
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(empty.value(), "");
  auto zero = LoadFile("/dev/zero", 100);
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.status().message(), "/dev/zero: not a regular file");
}

}  // namespace
}  // namespace precis::read
