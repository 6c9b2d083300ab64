// Reading a whole file within a size limit, without ever blocking in open():
// the file is opened non-blocking and asked what it is before anything is
// read. Folders, devices and sockets are refused; pipes (a FIFO, "<(cmd)") are
// read to their end when the caller allows them (a FIFO with no writer reads
// as empty). Errors are input errors naming the path. Thread-safe.
#ifndef PRECIS_BASE_BOUNDED_FILE_H_
#define PRECIS_BASE_BOUNDED_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::base {

struct FileBounds {
  std::size_t max_bytes = 0;
  bool pipes = false;  // read FIFOs and pipes too, not only regular files
  // Appended to the "file too large" message, e.g. "--max-file-mb raises it".
  std::string_view how_to_raise;
};

Result<std::string> ReadBoundedFile(const std::string& path, const FileBounds& bounds);

// Reads an open descriptor to its end; more than bounds.max_bytes is an
// error naming `name`. `expected` is a size hint.
Result<std::string> ReadBoundedDescriptor(int fd, const std::string& name, const FileBounds& bounds,
                                          std::size_t expected = 0);

}  // namespace precis::base

#endif  // PRECIS_BASE_BOUNDED_FILE_H_
