#include "read/source_walker.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

namespace precis::read {

namespace fs = std::filesystem;

namespace {

bool Skipped(const std::string& name) {
  return name.empty() || name.front() == '.' || name.back() == '~';
}

std::string TooLarge(const std::string& path, std::size_t size, std::size_t max_bytes) {
  return path + ": file too large (" + std::to_string(size) + " bytes; the limit is " +
         std::to_string(max_bytes) + ", --max-file-mb raises it)";
}

// Appends the files under `dir`; `seen` holds the folders already walked so
// that symbolic-link loops end.
Status Walk(const fs::path& dir, std::set<fs::path>& seen, std::vector<std::string>& out) {
  std::error_code ec;
  fs::path canonical = fs::canonical(dir, ec);
  if (!ec && !seen.insert(canonical).second) return Status::Ok();
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::InputError(dir.string() + ": cannot read folder (" + ec.message() + ")");
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return Status::InputError(dir.string() + ": cannot read folder (" + ec.message() + ")");
    const fs::path& path = it->path();
    if (Skipped(path.filename().string())) continue;
    std::error_code status_ec;
    fs::file_status status = fs::status(path, status_ec);  // follows symbolic links
    if (status_ec) continue;                               // dangling link
    if (fs::is_directory(status)) {
      Status s = Walk(path, seen, out);
      if (!s.ok()) return s;
    } else if (fs::is_regular_file(status)) {
      out.push_back(path.string());
    }
  }
  if (ec) return Status::InputError(dir.string() + ": cannot read folder (" + ec.message() + ")");
  return Status::Ok();
}

// Reads a stream to its end; more than `max_bytes` is an error.
Result<std::string> ReadAll(std::FILE* f, const std::string& name, std::size_t max_bytes,
                            std::size_t expected = 0) {
  std::string data;
  data.reserve(expected);
  char buffer[1 << 16];
  while (true) {
    std::size_t n = std::fread(buffer, 1, sizeof(buffer), f);
    if (n > 0) {
      if (data.size() + n > max_bytes)
        return Status::InputError(TooLarge(name, data.size() + n, max_bytes));
      data.append(buffer, n);
    }
    if (n < sizeof(buffer)) break;
  }
  if (std::ferror(f))
    return Status::InputError(name + ": cannot read (" + std::strerror(errno) + ")");
  return data;
}

}  // namespace

bool IsFolder(const std::string& source) {
  std::error_code ec;
  return fs::is_directory(source, ec);
}

Result<std::vector<std::string>> ListFiles(const std::string& source) {
  std::error_code ec;
  fs::file_status status = fs::status(source, ec);
  if (ec || !fs::exists(status)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return Status::InputError(source + ": cannot read (" + ec.message() + ")");
    }
    return Status::InputError(source + ": no such file or folder");
  }
  std::vector<std::string> files;
  if (!fs::is_directory(status)) {
    files.push_back(source);
    return files;
  }
  std::set<fs::path> seen;
  Status s = Walk(source, seen, files);
  if (!s.ok()) return s;
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::string> LoadFile(const std::string& path, std::size_t max_bytes) {
  // Opened without blocking: a FIFO with no writer would otherwise wait
  // forever in open(). What it is is then asked of the open file itself.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::InputError(path + ": no such file or folder");
    if (errno == EISDIR) return Status::InputError(path + ": is a folder, not a file");
    return Status::InputError(path + ": cannot read (" + std::strerror(errno) + ")");
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int error = errno;
    ::close(fd);
    return Status::InputError(path + ": cannot read (" + std::strerror(error) + ")");
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::InputError(path + ": is a folder, not a file");
  }
  // Pipes (a FIFO, "<(command)") are read to their end; devices and sockets
  // are not input.
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    ::close(fd);
    return Status::InputError(path + ": not a regular file");
  }
  if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return Status::InputError(TooLarge(path, static_cast<std::size_t>(st.st_size), max_bytes));
  }
  // Reads block again, so a pipe's writer is waited for; with no writer a
  // FIFO reads as empty.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::FILE* f = ::fdopen(fd, "rb");
  if (f == nullptr) {
    int error = errno;
    ::close(fd);
    return Status::InputError(path + ": cannot read (" + std::strerror(error) + ")");
  }
  std::size_t expected = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) + 1 : 0;
  Result<std::string> data = ReadAll(f, path, max_bytes, expected);
  std::fclose(f);
  return data;
}

Result<std::string> LoadStdin(std::size_t max_bytes) { return ReadAll(stdin, "-", max_bytes); }

}  // namespace precis::read
