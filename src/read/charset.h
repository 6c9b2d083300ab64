// Input that is not UTF-8: the charset an HTML page declares (the HTML
// spec's prescan, over the head), a guess for undeclared legacy
// text (ICU's detector), and conversion to UTF-8 (ICU converters). Pure
// functions; thread-safe.
#ifndef PRECIS_READ_CHARSET_H_
#define PRECIS_READ_CHARSET_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis::read {

// The charset label of the first <meta charset="X"> or <meta
// http-equiv="Content-Type" content="...; charset=X"> before <body> and in
// the first 64 KB (not only the 1024 bytes of the spec's prescan: browsers
// also obey a later one), lower-cased; "" when there is none (or it is not a
// plausible name: letters, digits and "._:-" only, at most 40 characters).
std::string DeclaredHtmlCharset(std::string_view bytes);

// The converter name for a label, as browsers read it (the WHATWG encoding
// spec): Latin-1 and ASCII labels mean windows-1252, Latin-5 windows-1254,
// and UTF-16 declared inside the page itself means UTF-8. Others unchanged.
std::string HtmlCharsetName(std::string_view label);

bool IsUtf8Name(std::string_view name);

struct Converted {
  std::string text;          // valid UTF-8
  std::size_t replaced = 0;  // input sequences not valid in the charset, now U+FFFD
};

// `bytes` in `charset` (any name ICU knows) as UTF-8; nullopt when the
// charset is unknown. Streams, so memory is the output's size.
std::optional<Converted> ToUtf8(std::string_view bytes, const std::string& charset);

// The legacy charset (ICU's detector, on at most 64 KB around the first
// invalid byte) that explains bytes which are not valid UTF-8, or "" when
// they read better as UTF-8 with a few bad bytes (to be repaired). A guess is
// made only when there are at least two invalid sequences, more of them than
// valid multi-byte ones, and they look like letters (most sit next to an
// ASCII letter, or there are at least 8 of them: a non-Latin script) and the
// detector's confidence is at least 20 of 100. "ISO-8859-1" is given as
// "windows-1252", its superset.
std::string GuessLegacyCharset(std::string_view bytes);

}  // namespace precis::read

#endif  // PRECIS_READ_CHARSET_H_
