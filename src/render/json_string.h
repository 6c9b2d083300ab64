// A string written as JSON, byte for byte as nlohmann::json's dump() (no
// ASCII escaping, invalid UTF-8 replaced) writes it, without building a
// json value: the cleaned text of every document of a large cluster goes
// out this way, and copying and escaping it byte by byte was a tenth of
// writing a summary.
#ifndef PRECIS_RENDER_JSON_STRING_H_
#define PRECIS_RENDER_JSON_STRING_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace precis::render {

void AppendJsonString(std::string_view s, std::string& out);

// An object of string members, each value written as AppendJsonString
// writes it. The keys (plain ASCII) must come in byte order, the order
// nlohmann::json keeps them in, so that the bytes are the same.
void AppendJsonStringObject(
    std::initializer_list<std::pair<std::string_view, std::string_view>> members, std::string& out);

}  // namespace precis::render

#endif  // PRECIS_RENDER_JSON_STRING_H_
