// Reading the files ROUGE is given (configuration, peers, models) within
// bounds: only regular files are opened for reading (a FIFO, device or socket
// is refused without blocking), and each file and each run has a size limit.
// Errors are input errors naming the file. Thread-safe.
#ifndef PRECIS_ROUGE_ROUGE_FILE_H_
#define PRECIS_ROUGE_ROUGE_FILE_H_

#include <cstddef>
#include <string>

#include "precis/status.h"

namespace precis::rouge {

// A summary, a reference or a configuration file (ROUGE inputs are summaries:
// kilobytes, not megabytes).
inline constexpr std::size_t kMaxRougeFileBytes = std::size_t{64} << 20;
// All peers and models one evaluation run reads, together.
inline constexpr std::size_t kMaxRougeRunBytes = std::size_t{512} << 20;

// The whole file, when it is a regular file of at most `max_bytes`.
Result<std::string> ReadRougeFileUpTo(const std::string& path, std::size_t max_bytes);

// ReadRougeFileUpTo(path, kMaxRougeFileBytes).
Result<std::string> ReadRougeFile(const std::string& path);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_FILE_H_
