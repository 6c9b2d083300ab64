// Guesses the input format of decoded text from its content and file name:
// cluster JSONL when the first line is a JSON object (or the extension is
// .jsonl), SGML when <DOC> appears near the start, HTML when document tags
// appear near the start, p/div/br tags dominate or the extension is
// .html/.htm, Multi-News when "|||||" or NEWLINE_CHAR occurs, else plain
// text. Pure; thread-safe.
#ifndef PRECIS_READ_FORMAT_DETECTOR_H_
#define PRECIS_READ_FORMAT_DETECTOR_H_

#include <string_view>

#include "precis/reader.h"

namespace precis::read {

// Never returns InputFormat::kAuto.
InputFormat DetectFormat(std::string_view text, std::string_view path);

}  // namespace precis::read

#endif  // PRECIS_READ_FORMAT_DETECTOR_H_
