#include "read/source_walker.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "base/bounded_file.h"

namespace precis::read {

namespace fs = std::filesystem;

namespace {

bool Skipped(const std::string& name) {
  return name.empty() || name.front() == '.' || name.back() == '~';
}

// Input files may be pipes ("<(command)"); a limit says the flag raising it.
base::FileBounds Bounds(std::size_t max_bytes) {
  return {.max_bytes = max_bytes, .pipes = true, .how_to_raise = "--max-file-mb raises it"};
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
  return base::ReadBoundedFile(path, Bounds(max_bytes));
}

Result<std::string> LoadStdin(std::size_t max_bytes) {
  return base::ReadBoundedDescriptor(0, "-", Bounds(max_bytes));
}

}  // namespace precis::read
