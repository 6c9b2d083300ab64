// Reading clusters from files, folders and standard input. Formats are
// detected from the content (and the file name), or forced with
// ReadOptions::format. Loose articles (text, HTML, SGML files) given together
// form one cluster; JSONL and Multi-News files carry their own clusters (one
// per line). Stateless functions; safe to call from several threads.
#ifndef PRECIS_READER_H_
#define PRECIS_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

enum class InputFormat { kAuto, kText, kHtml, kSgml, kMultiNews, kJsonl };

// "auto", "text", "html", "sgml", "multinews", "jsonl".
Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // Files larger than this are refused with an input error.
  std::size_t max_file_bytes = 256u << 20;
};

struct ReadResult {
  std::vector<Cluster> clusters;
  // Non-fatal problems, one line each, naming the file (e.g. invalid UTF-8
  // repaired with U+FFFD).
  std::vector<std::string> warnings;
};

// Reads every source: a file, a folder (recursively, files in byte order of
// their paths, hidden files skipped), or "-" for standard input. Errors name
// the file and the problem. An empty result (no documents) is an input error.
Result<ReadResult> ReadSources(const std::vector<std::string>& sources,
                               const ReadOptions& options = {});

// Parses bytes already in memory. `name` is used for ids and messages.
// Documents of loose-article formats come back as one cluster.
Result<ReadResult> ParseBytes(std::string_view bytes, const std::string& name,
                              InputFormat format = InputFormat::kAuto);

}  // namespace precis

#endif  // PRECIS_READER_H_
