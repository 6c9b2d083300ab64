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

Result<std::string> DecodeText(std::string_view bytes, const std::string& name,
                               std::vector<std::string>* warnings) {
  if (utf8::LooksBinary(bytes)) return Status::InputError(name + ": binary data, not text");
  std::string repaired;
  if (!utf8::IsValid(bytes)) {
    utf8::Repair r = utf8::MakeValid(bytes);
    if (warnings != nullptr) {
      warnings->push_back(name + ": invalid UTF-8 at byte " + std::to_string(r.first_bad) + " (" +
                          std::to_string(r.invalid) + " sequences replaced with U+FFFD)");
    }
    repaired = std::move(r.text);
    bytes = repaired;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  return NormalizeLineEnds(bytes);
}

}  // namespace precis::read
