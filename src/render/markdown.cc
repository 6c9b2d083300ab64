#include "render/markdown.h"

namespace precis::render {

// Text from the articles is shown as text: nothing in it can become a link,
// an image, raw HTML or formatting ("<script>", "[x](javascript:...)").
std::string MarkdownEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (std::string_view("\\`*_[]|~").find(c) != std::string_view::npos ||
               (out.empty() && std::string_view("#+-=").find(c) != std::string_view::npos)) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  // "1984. The year" would open a numbered list.
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')'))
    out.insert(digits, "\\");
  return out;
}

std::string MarkdownSource(const Document& d) {
  std::string out = d.title.empty() ? MarkdownEscaped(d.id) : "*" + MarkdownEscaped(d.title) + "*";
  std::string meta = d.title.empty() ? "" : MarkdownEscaped(d.id);
  if (!d.date.empty()) meta += (meta.empty() ? "" : ", ") + MarkdownEscaped(d.date);
  if (!d.source.empty() && d.source != d.id)
    meta += (meta.empty() ? "" : ", ") + MarkdownEscaped(d.source);
  if (!meta.empty()) out += " (" + meta + ")";
  return out;
}

int SourceNumbers::operator()(std::size_t doc) {
  auto [it, inserted] = number_.try_emplace(doc, static_cast<int>(number_.size()) + 1);
  if (inserted) cited_.push_back(doc);
  return it->second;
}

std::string SourceNumbers::List(const std::vector<Document>& documents) const {
  std::string out = "**Sources**\n\n";
  for (std::size_t doc : cited_)
    if (doc < documents.size())
      out += std::to_string(number_.at(doc)) + ". " + MarkdownSource(documents[doc]) + "\n";
  return out;
}

}  // namespace precis::render
