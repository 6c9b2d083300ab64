// Turns raw input bytes into the text the format readers work on: refuses
// binary data, repairs invalid UTF-8 (with a warning), strips a UTF-8 byte
// order mark and turns CRLF and CR line ends into '\n'. Pure; thread-safe.
#ifndef PRECIS_READ_TEXT_DECODER_H_
#define PRECIS_READ_TEXT_DECODER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::read {

// `name` is the path (or "-") used in the error and warning messages. Takes
// the bytes by value so that clean input is passed on without a copy.
Result<std::string> DecodeText(std::string bytes, const std::string& name,
                               std::vector<std::string>* warnings);

// "\r\n" and lone '\r' become '\n'.
std::string NormalizeLineEnds(std::string_view text);

}  // namespace precis::read

#endif  // PRECIS_READ_TEXT_DECODER_H_
