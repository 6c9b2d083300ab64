// Decompresses gzip data held in memory (zlib), for `.jsonl.gz` inputs.
// Output larger than `limit` bytes is refused, so a small hostile file cannot
// exhaust memory. Pure; thread-safe.
#ifndef PRECIS_READ_GZIP_DECODER_H_
#define PRECIS_READ_GZIP_DECODER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::read {

// True when the bytes start with the gzip magic number.
bool IsGzip(std::string_view bytes);

// `name` is used in error messages. Concatenated gzip members are all read.
Result<std::string> Gunzip(std::string_view bytes, const std::string& name, std::size_t limit);

}  // namespace precis::read

#endif  // PRECIS_READ_GZIP_DECODER_H_
