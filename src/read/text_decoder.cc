#include "read/text_decoder.h"

#include "base/utf8.h"

namespace precis::read {

std::string NormalizeLineEnds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '\r') {
      out += c;
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

Result<std::string> DecodeText(std::string bytes, const std::string& name,
                               std::vector<std::string>* warnings) {
  if (utf8::LooksBinary(bytes)) return Status::InputError(name + ": binary data, not text");
  if (!utf8::IsValid(bytes)) {
    utf8::Repair r = utf8::MakeValid(bytes);
    if (warnings != nullptr) {
      warnings->push_back(name + ": invalid UTF-8 at byte " + std::to_string(r.first_bad) + " (" +
                          std::to_string(r.invalid) + " sequences replaced with U+FFFD)");
    }
    bytes = std::move(r.text);
  }
  std::size_t bom = std::string_view(bytes).starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (bytes.find('\r') != std::string::npos) {
    return NormalizeLineEnds(std::string_view(bytes).substr(bom));
  }
  bytes.erase(0, bom);
  return bytes;
}

}  // namespace precis::read
