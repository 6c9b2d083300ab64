// Turns raw input bytes into the text the format readers work on: decodes
// UTF-16 with a byte order mark, refuses binary data, reads text that is not
// UTF-8 in its declared (HTML <meta>) or detected legacy charset, repairs
// invalid UTF-8 (with a warning), strips a UTF-8 byte order mark and turns
// CRLF and CR line ends into '\n'. Pure; thread-safe.
#ifndef PRECIS_READ_TEXT_DECODER_H_
#define PRECIS_READ_TEXT_DECODER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::read {

// `name` is the path (or "-") used in the error and warning messages. Takes
// the bytes by value so that clean input is passed on without a copy.
// Valid UTF-8 is taken as UTF-8. Otherwise, when `html` is set, a charset
// declared by a <meta> in the head is used (without a warning);
// failing that, a legacy charset detected with charset.h is used (warning
// "NAME: not UTF-8; read as CHARSET"); failing that, or with a UTF-8 byte
// order mark or a declared UTF-8, invalid sequences become U+FFFD (warning).
Result<std::string> DecodeText(std::string bytes, const std::string& name,
                               std::vector<std::string>* warnings, bool html = false);

// "\r\n" and lone '\r' become '\n'.
std::string NormalizeLineEnds(std::string_view text);

}  // namespace precis::read

#endif  // PRECIS_READ_TEXT_DECODER_H_
