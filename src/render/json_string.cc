#include "render/json_string.h"

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace precis::render {

void AppendJsonString(std::string_view s, std::string& out) {
  if (s.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()) ||
      !utf8::IsValid(s)) {
    // Replacement characters where the bytes are not UTF-8, as dump() does.
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet written
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void AppendJsonStringObject(
    std::initializer_list<std::pair<std::string_view, std::string_view>> members,
    std::string& out) {
  char separator = '{';
  for (const auto& [key, value] : members) {
    out += separator;
    out += '"';
    out += key;
    out += "\":";
    AppendJsonString(value, out);
    separator = ',';
  }
  out += separator == '{' ? "{}" : "}";
}

}  // namespace precis::render
