// Names derived from input paths: document and cluster ids come from the file
// name without its extension(s). Pure; thread-safe.
#ifndef PRECIS_READ_PATH_NAME_H_
#define PRECIS_READ_PATH_NAME_H_

#include <string>
#include <string_view>

namespace precis::read {

// "dir/article-1.txt" -> "article-1"; "a/b.jsonl.gz" -> "b"; "-" -> "stdin".
std::string FileStem(std::string_view path);

// Lower-case extension without the dot, ignoring a final ".gz":
// "x.HTML" -> "html", "x.jsonl.gz" -> "jsonl", "x" -> "".
std::string FileExtension(std::string_view path);

// The last component of a path, ignoring trailing slashes: "a/b/" -> "b".
std::string BaseName(std::string_view path);

}  // namespace precis::read

#endif  // PRECIS_READ_PATH_NAME_H_
