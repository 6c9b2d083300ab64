#include "cli/printable.h"

#include <cstdio>

namespace precis::cli {

namespace {

void AppendHex(std::string& out, unsigned value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 15];
}

void Print(std::string_view verb, std::string_view kind, std::string_view message) {
  std::string line =
      "precis " + std::string(verb) + ": " + std::string(kind) + Printable(message) + "\n";
  std::fputs(line.c_str(), stderr);
}

}  // namespace

std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      AppendHex(out, c, 2);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      out += "\\u00";  // C1 controls, U+0080 to U+009F
      AppendHex(out, static_cast<unsigned char>(text[++i]), 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void PrintError(std::string_view verb, std::string_view message) { Print(verb, "", message); }

void PrintWarning(std::string_view verb, std::string_view message) {
  Print(verb, "warning: ", message);
}

int Fail(std::string_view verb, const Status& status) {
  PrintError(verb, status.message());
  return status.exit_code();
}

}  // namespace precis::cli
