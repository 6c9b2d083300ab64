#include "read/text_decoder.h"

#include "base/utf8.h"
#include "read/charset.h"

namespace precis::read {

namespace {

void Warn(std::vector<std::string>* warnings, std::string message) {
  if (warnings != nullptr) warnings->push_back(std::move(message));
}

// Bytes that are not valid UTF-8 as UTF-8 text, see DecodeText.
std::string FromOtherCharset(std::string bytes, const std::string& name, bool html,
                             std::vector<std::string>* warnings) {
  bool utf8 = std::string_view(bytes).starts_with("\xEF\xBB\xBF");
  std::string note;  // why a declared charset was not used
  if (html && !utf8) {
    if (std::string label = DeclaredHtmlCharset(bytes); !label.empty()) {
      std::string charset = HtmlCharsetName(label);
      utf8 = IsUtf8Name(charset);
      if (!utf8) {
        if (auto converted = ToUtf8(bytes, charset)) return std::move(converted->text);
        note = "unknown charset '" + label + "' declared; ";
      }
    }
  }
  if (!utf8) {
    if (std::string charset = GuessLegacyCharset(bytes); !charset.empty()) {
      if (auto converted = ToUtf8(bytes, charset)) {
        Warn(warnings, name + ": " + note + "not UTF-8; read as " + charset);
        return std::move(converted->text);
      }
    }
  }
  utf8::Repair r = utf8::MakeValid(bytes);
  Warn(warnings, name + ": " + note + "invalid UTF-8 at byte " + std::to_string(r.first_bad) +
                     " (" + std::to_string(r.invalid) + " sequences replaced with U+FFFD)");
  return std::move(r.text);
}

}  // namespace

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
                               std::vector<std::string>* warnings, bool html) {
  std::string_view view(bytes);
  if (view.starts_with("\xFF\xFE") || view.starts_with("\xFE\xFF")) {
    std::optional<Converted> converted =
        ToUtf8(view.substr(2), view[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE");
    // Binary data that happens to open with FF FE has many unpaired
    // surrogates (about 1 in 32 random code units).
    if (!converted || (converted->replaced >= 2 && converted->replaced * 100 > bytes.size() / 2)) {
      return Status::InputError(name + ": binary data, not text");
    }
    bytes = std::move(converted->text);
  }
  if (utf8::LooksBinary(bytes)) return Status::InputError(name + ": binary data, not text");
  if (!utf8::IsValid(bytes)) bytes = FromOtherCharset(std::move(bytes), name, html, warnings);
  std::size_t bom = std::string_view(bytes).starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (bytes.find('\r') != std::string::npos) {
    return NormalizeLineEnds(std::string_view(bytes).substr(bom));
  }
  bytes.erase(0, bom);
  return bytes;
}

}  // namespace precis::read
