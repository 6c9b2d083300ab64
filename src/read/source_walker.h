// Turns the sources a user names into input files, and loads them. A folder
// is walked recursively; its files come back in byte order of their paths,
// skipping hidden files and folders (names starting with '.') and editor
// backups (names ending with '~'). Errors name the path and the problem.
// Stateless; thread-safe except that LoadStdin consumes standard input.
#ifndef PRECIS_READ_SOURCE_WALKER_H_
#define PRECIS_READ_SOURCE_WALKER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis::read {

// The files of `source`: the file itself, or those under a folder. A folder
// with no files gives an empty list (not an error).
Result<std::vector<std::string>> ListFiles(const std::string& source);

// True when `source` names a folder.
bool IsFolder(const std::string& source);

// The whole file; files larger than `max_bytes` are refused.
Result<std::string> LoadFile(const std::string& path, std::size_t max_bytes);

// All of standard input, up to `max_bytes`.
Result<std::string> LoadStdin(std::size_t max_bytes);

}  // namespace precis::read

#endif  // PRECIS_READ_SOURCE_WALKER_H_
