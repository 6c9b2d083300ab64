// Reading clusters from files, folders and standard input. Formats are
// detected from the content (and the file name), or forced with
// ReadOptions::format. Loose articles (text, HTML, SGML files) given together
// form one cluster; JSONL and Multi-News files carry their own clusters (one
// per line). Stateless functions; safe to call from several threads (except
// that reading "-" consumes standard input).
#ifndef PRECIS_READER_H_
#define PRECIS_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/export.h"
#include "precis/status.h"

namespace precis {
PRECIS_API_BEGIN

enum class InputFormat { kAuto, kText, kHtml, kSgml, kMultiNews, kJsonl };

// "auto", "text", "html", "sgml", "multinews", "jsonl".
// The registry of input formats, `auto` first: the names -i/--input-format and
// the server take, the command line's help and errors, and the README's list
// come from it.
struct InputFormatInfo {
  InputFormat format;
  std::string_view name;
  std::vector<std::string_view> aliases;  // other names accepted ("txt", "htm")
  std::string_view help;                  // one line
  bool carries_clusters = false;          // one input holds clusters of its own
};
const std::vector<InputFormatInfo>& InputFormats();

Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// The input limits, in one place: what is larger is refused with an input
// error naming the limit and the command-line flag that raises it. They
// bound time and memory (about 30x the text while summarizing); see README
// "Errors".
struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::size_t max_file_bytes = 256u << 20;      // one file or stdin (after gunzip)
  std::size_t max_total_bytes = 1024u << 20;    // all the files of one read
  std::size_t max_document_bytes = 16u << 20;   // the text of one document
  std::size_t max_cluster_bytes = 64u << 20;    // the text of one cluster
  std::size_t max_cluster_documents = 100'000;  // documents in one cluster
};

struct ReadResult {
  std::vector<Cluster> clusters;
  // Non-fatal problems, one line each, naming the file (e.g. invalid UTF-8
  // repaired with U+FFFD).
  std::vector<std::string> warnings;
};

// Reads every source: a file, a folder (recursively, files in byte order of
// their paths, hidden files and folders and "~" backups skipped), or "-" for
// standard input. Clusters from JSONL and Multi-News inputs come first, in
// reading order; the loose articles of all sources follow as one cluster,
// named after the folder when a single folder was given, else after the first
// file's stem ("stdin" for standard input). Their document ids are the file
// stems (or DOCNOs), made unique with "-2", "-3", ... Gzip input (.jsonl.gz)
// is decompressed. UTF-16 with a byte-order mark and legacy charsets
// (declared by a page, or detected) are converted to UTF-8; invalid UTF-8 is
// repaired with a warning; control characters other than newline and tab are
// removed from every field; empty articles
// are skipped with a warning. Errors (one line, naming the path): missing or
// unreadable file or folder, binary data, input beyond a limit of
// ReadOptions, a malformed JSONL line (with its number), and an empty result
// (no documents; the first warning says why).
Result<ReadResult> ReadSources(const std::vector<std::string>& sources,
                               const ReadOptions& options = {});

// Parses bytes already in memory, like one file of ReadSources. `name` (a
// path) is used for ids, sources and messages. Documents of loose-article
// formats come back as one cluster named after `name`'s stem. No documents
// is an input error.
Result<ReadResult> ParseBytes(std::string_view bytes, const std::string& name,
                              InputFormat format = InputFormat::kAuto);
Result<ReadResult> ParseBytes(std::string_view bytes, const std::string& name,
                              const ReadOptions& options);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_READER_H_
