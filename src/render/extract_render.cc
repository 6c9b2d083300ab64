// Extracted articles as text, Markdown or JSON lines (see precis/render.h).
#include <nlohmann/json.hpp>

#include "precis/render.h"

namespace precis {

std::string Render(const std::vector<ExtractedArticle>& articles, OutputFormat format,
                   const RenderOptions& options) {
  std::string out;
  for (const ExtractedArticle& a : articles) {
    const Document& d = a.document;
    if (format == OutputFormat::kJson) {
      nlohmann::json j = {
          {"id", d.id},         {"title", d.title}, {"date", d.date},         {"author", d.author},
          {"source", d.source}, {"url", d.url},     {"language", d.language}, {"text", d.text}};
      if (options.explain) {
        nlohmann::json removed = nlohmann::json::array();
        for (const auto& r : a.removed) removed.push_back({{"reason", r.reason}, {"text", r.text}});
        j["removed"] = std::move(removed);
      }
      out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
      continue;
    }
    if (!out.empty()) out += "\n";
    if (!d.title.empty()) out += "# " + d.title + "\n\n";
    out += d.text;
    if (!d.text.empty() && d.text.back() != '\n') out += "\n";
    if (options.explain)
      for (const auto& r : a.removed)
        out += "removed [" + d.id + "] " + r.reason + ": " + r.text + "\n";
  }
  return out;
}

}  // namespace precis
