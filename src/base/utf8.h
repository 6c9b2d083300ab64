// UTF-8 helpers shared by readers, text processing and rendering. Offsets
// given to users are in Unicode code points; internally text is UTF-8 bytes.
#ifndef PRECIS_BASE_UTF8_H_
#define PRECIS_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::utf8 {

struct Repair {
  std::string text;           // valid UTF-8
  std::size_t invalid = 0;    // invalid sequences replaced with U+FFFD
  std::size_t first_bad = 0;  // byte offset of the first one (if invalid > 0)
};

// Replaces every invalid or overlong sequence (and surrogates) by U+FFFD.
Repair MakeValid(std::string_view bytes);

bool IsValid(std::string_view bytes);

// Number of code points in valid UTF-8.
std::size_t CodePoints(std::string_view text);

// The code-point offsets of byte offsets `bytes` (ascending, at character
// boundaries) into valid UTF-8 `text`, found in one pass: how citations of
// sentences are given.
std::vector<std::size_t> CodePointOffsets(std::string_view text,
                                          const std::vector<std::size_t>& bytes);

// Appends code point c as UTF-8.
void Append(std::string& out, char32_t c);

// Decodes the code point at byte i of valid UTF-8 and advances i.
char32_t Next(std::string_view text, std::size_t& i);

// True when the data looks binary rather than text: a NUL byte anywhere, or
// more than 5% control characters in any 4 KB window. Linear, one pass.
bool LooksBinary(std::string_view bytes);

// True when valid UTF-8 `text` holds a control character other than '\n' and
// '\t': C0 (U+0000..U+001F, '\r' included), DEL or C1 (U+0080..U+009F).
bool HasControls(std::string_view text);

// `text` (valid UTF-8) without those control characters, so that they cannot
// reach a terminal. A C1 control is read as the windows-1252 character it
// was mis-decoded from (U+0092 -> U+2019, as HTML reads "&#x92;"; Multi-News
// has some). Of the others, an ESC '[' sequence (a terminal command) goes
// whole; a run of them becomes one space between two letters or digits
// ("a\x07b" -> "a b") and nothing elsewhere ("end\x07." -> "end."). A line
// with controls loses the spaces at its ends; one that held nothing else is
// dropped, with a blank line next to it so that paragraph breaks stay
// "\n\n". Text without controls is returned unchanged.
std::string WithoutControls(std::string_view text);

}  // namespace precis::utf8

#endif  // PRECIS_BASE_UTF8_H_
