#include "base/bounded_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace precis::base {
namespace {

Status TooLarge(const std::string& path, std::size_t size, const FileBounds& bounds) {
  std::string message = path + ": file too large (" + std::to_string(size) +
                        " bytes; the limit is " + std::to_string(bounds.max_bytes);
  if (!bounds.how_to_raise.empty()) message += ", " + std::string(bounds.how_to_raise);
  return Status::InputError(message + ")");
}

Status CannotRead(const std::string& path, int error) {
  if (error == ENOENT) return Status::InputError(path + ": no such file or folder");
  if (error == EISDIR) return Status::InputError(path + ": is a folder, not a file");
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

Result<std::string> ReadBoundedDescriptor(int fd, const std::string& name, const FileBounds& bounds,
                                          std::size_t expected) {
  std::string data;
  data.reserve(expected);
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return CannotRead(name, errno);
    }
    if (n == 0) break;
    // The file may grow while it is read; a pipe has no size beforehand.
    if (data.size() + static_cast<std::size_t>(n) > bounds.max_bytes)
      return TooLarge(name, data.size() + static_cast<std::size_t>(n), bounds);
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

Result<std::string> ReadBoundedFile(const std::string& path, const FileBounds& bounds) {
  // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return CannotRead(path, errno);
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return CannotRead(path, errno);
  if (S_ISDIR(st.st_mode)) return Status::InputError(path + ": is a folder, not a file");
  const bool pipe = S_ISFIFO(st.st_mode);
  if (!S_ISREG(st.st_mode) && !(pipe && bounds.pipes))
    return Status::InputError(path + ": not a regular file");
  const auto size = static_cast<std::size_t>(st.st_size);
  if (!pipe && size > bounds.max_bytes) return TooLarge(path, size, bounds);
  // Reads block again, so a pipe's writer is waited for; with no writer a
  // FIFO reads as empty. (O_NONBLOCK changes nothing for a regular file.)
  if (pipe) {
    ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
    return ReadBoundedDescriptor(fd.get(), path, bounds, 0);
  }
  // A regular file is read in one call for one byte more than its size: a
  // read of a regular file ends short only at its end, so no second call
  // is needed to see the end (a run reading hundreds of small files spends
  // more in calls than in copying). A file that grew is read on.
  std::string data(size + 1, '\0');
  std::size_t got = 0;
  while (got < data.size()) {
    const ssize_t n = ::read(fd.get(), data.data() + got, data.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return CannotRead(path, errno);
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
    if (got < data.size()) break;
  }
  if (got < data.size()) {
    data.resize(got);
    return data;
  }
  Result<std::string> rest = ReadBoundedDescriptor(fd.get(), path, bounds, 0);
  if (!rest.ok()) return rest;
  if (data.size() + rest->size() > bounds.max_bytes)
    return TooLarge(path, data.size() + rest->size(), bounds);
  return data + *rest;
}

}  // namespace precis::base
