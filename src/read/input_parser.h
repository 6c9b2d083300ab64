// Parses one input (a file's bytes) in a given or detected format: gzip is
// undone, the bytes are decoded (text_decoder.h) and handed to the reader of
// the format. Loose articles (text, HTML, SGML) and self-contained clusters
// (JSONL, Multi-News) come back apart so that the caller can group the loose
// ones. Pure; thread-safe.
#ifndef PRECIS_READ_INPUT_PARSER_H_
#define PRECIS_READ_INPUT_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/reader.h"
#include "precis/status.h"

namespace precis::read {

struct ParsedInput {
  std::vector<Document> loose;    // articles to be grouped by the caller
  std::vector<Cluster> clusters;  // clusters as the input defines them
};

// `name` is the path (or "-"), used for ids, sources and messages. The bytes
// are taken by value and released as soon as they are decoded.
// Decompressed gzip data larger than `max_bytes` is refused. Empty articles
// are left out with a warning. Whatever the format, no field of what comes
// back holds a control character other than '\n' and '\t'
// (utf8::WithoutControls).
Result<ParsedInput> ParseInput(std::string bytes, const std::string& name, InputFormat format,
                               std::size_t max_bytes, std::vector<std::string>* warnings);

}  // namespace precis::read

#endif  // PRECIS_READ_INPUT_PARSER_H_
