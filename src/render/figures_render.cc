// Render(Figures) and the figure pieces of a summary's renderings.
#include "render/figures_render.h"

#include <cmath>
#include <functional>
#include <map>

#include "precis/render.h"
#include "render/markdown.h"

namespace precis {
namespace render {

nlohmann::json FiguresJson(const std::vector<Figure>& figures) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : figures) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : f.values) {
      nlohmann::json j;
      // Whole numbers print as integers (70000, not 70000.0).
      if (v.value == std::floor(v.value) && std::fabs(v.value) < 9e15)
        j["value"] = static_cast<long long>(v.value);
      else
        j["value"] = v.value;
      j["text"] = v.text;
      j["mention"] = v.mention;
      j["date"] = v.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.date);
      j["document"] = v.source.doc_id;
      j["sentence"] = v.source.sentence;
      j["start"] = v.source.start;
      j["end"] = v.source.end;
      values.push_back(std::move(j));
    }
    out.push_back({{"what", f.what},
                   {"unit", f.unit},
                   {"values", std::move(values)},
                   {"status", std::string(FigureStatusName(f.status))}});
  }
  return out;
}

namespace {

std::string StatusPhrase(FigureStatus status) {
  switch (status) {
    case FigureStatus::kDiffer:
      return "sources differ";
    case FigureStatus::kSeries:
      return "over time";
    case FigureStatus::kAgree:
    default:
      return "sources agree";
  }
}

}  // namespace

std::string FigureMarkdownLine(const Figure& figure, const std::function<int(std::size_t)>& number,
                               std::size_t most_values) {
  std::string out = "- **" + MarkdownEscaped(figure.what) + "** (" + MarkdownEscaped(figure.unit) +
                    "), " + StatusPhrase(figure.status) + ": ";
  for (std::size_t i = 0; i < figure.values.size(); ++i) {
    if (most_values && i == most_values) {
      out += "; \xE2\x80\xA6 (" + std::to_string(figure.values.size() - i) + " more)";
      break;
    }
    const auto& v = figure.values[i];
    out += (i ? "; " : "") + MarkdownEscaped(v.mention);
    if (!v.date.empty()) out += " (" + v.date + ")";
    out += " [" + std::to_string(number(v.source.document)) + "]";
  }
  return out + "\n";
}

std::vector<const Figure*> FiguresToShow(const std::vector<Figure>& figures, std::size_t most) {
  std::vector<const Figure*> out;
  for (const auto& f : figures)
    if (f.values.size() >= 2 && out.size() < most) out.push_back(&f);
  return out;
}

}  // namespace render

namespace {

std::string RenderFiguresJson(const Figures& f) {
  nlohmann::json out = {{"cluster", f.cluster_id}, {"figures", render::FiguresJson(f.figures)}};
  out["warnings"] = f.warnings;
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string RenderFiguresText(const Figures& f) {
  if (f.figures.empty()) return "no figures\n";
  std::string out;
  for (std::size_t k = 0; k < f.figures.size(); ++k) {
    const auto& fig = f.figures[k];
    out += (k ? "\n" : "") + fig.what + " (" + fig.unit +
           "): " + std::string(FigureStatusName(fig.status)) + "\n";
    for (const auto& v : fig.values)
      out += "  " + (v.date.empty() ? std::string("no date   ") : v.date) + "  " + v.mention +
             "  [" + v.source.doc_id + ", sentence " + std::to_string(v.source.sentence) + "]\n";
  }
  return out;
}

std::string RenderFiguresMarkdown(const Figures& f) {
  render::SourceNumbers num;
  std::string out;
  if (!f.cluster_id.empty()) out += "## " + render::MarkdownEscaped(f.cluster_id) + "\n\n";
  out += "**Figures**\n\n";
  if (f.figures.empty()) return out + "No figures.\n";
  for (const auto& fig : f.figures) out += render::FigureMarkdownLine(fig, std::ref(num));
  return out + "\n" + num.List(f.documents);
}

}  // namespace

std::string Render(const Figures& figures, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return RenderFiguresJson(figures);
    case OutputFormat::kMarkdown:
      return RenderFiguresMarkdown(figures);
    case OutputFormat::kText:
    default:
      return RenderFiguresText(figures);
  }
}

}  // namespace precis
