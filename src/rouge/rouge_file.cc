#include "rouge/rouge_file.h"

#include "base/bounded_file.h"

namespace precis::rouge {

Result<std::string> ReadRougeFileUpTo(const std::string& path, std::size_t max_bytes) {
  base::FileBounds bounds;  // regular files only
  bounds.max_bytes = max_bytes;
  return base::ReadBoundedFile(path, bounds);
}

Result<std::string> ReadRougeFile(const std::string& path) {
  return ReadRougeFileUpTo(path, kMaxRougeFileBytes);
}

}  // namespace precis::rouge
