#include "rouge/rouge_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace precis::rouge {
namespace {

Status TooLarge(const std::string& path, std::size_t size, std::size_t max_bytes) {
  return Status::InputError(path + ": file too large (" + std::to_string(size) +
                            " bytes; the limit is " + std::to_string(max_bytes) + ")");
}

Status CannotRead(const std::string& path, int error) {
  if (error == ENOENT) return Status::InputError(path + ": no such file or folder");
  return Status::InputError(path + ": cannot read (" + std::strerror(error) + ")");
}

// Closes the descriptor on every path out.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

Result<std::string> ReadRougeFileUpTo(const std::string& path, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO without a writer must not wait for one; fstat
  // then tells what was opened before anything is read.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return CannotRead(path, errno);
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) return CannotRead(path, errno);
  if (S_ISDIR(st.st_mode)) return Status::InputError(path + ": is a folder, not a file");
  if (!S_ISREG(st.st_mode)) return Status::InputError(path + ": not a regular file");
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes) return TooLarge(path, size, max_bytes);
  std::string data;
  data.reserve(size);
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return CannotRead(path, errno);
    }
    if (n == 0) break;
    // The file may grow while it is read.
    if (data.size() + static_cast<std::size_t>(n) > max_bytes) {
      return TooLarge(path, data.size() + static_cast<std::size_t>(n), max_bytes);
    }
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

Result<std::string> ReadRougeFile(const std::string& path) {
  return ReadRougeFileUpTo(path, kMaxRougeFileBytes);
}

}  // namespace precis::rouge
