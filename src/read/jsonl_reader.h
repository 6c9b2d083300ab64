// Reads cluster JSONL (see ../shared/data/README.md, "Cluster JSONL format"):
// one cluster per line with id, source, query (null or {title, narrative}),
// documents [{id, date, title, text}] and references [{id, words, text}].
// Nulls and missing optional fields are accepted; a line that is not JSON, or
// has fields of the wrong type, is an input error naming the file and line.
// Pure; thread-safe.
#ifndef PRECIS_READ_JSONL_READER_H_
#define PRECIS_READ_JSONL_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis::read {

Result<std::vector<Cluster>> ReadJsonl(std::string_view text, const std::string& path,
                                       std::vector<std::string>* warnings);

}  // namespace precis::read

#endif  // PRECIS_READ_JSONL_READER_H_
