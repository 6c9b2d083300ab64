// Figures as JSON values and Markdown lines, shared by the renderings of a
// summary (its "figures" key and Figures section) and of precis figures.
// Pure functions; thread-safe.
#ifndef PRECIS_RENDER_FIGURES_RENDER_H_
#define PRECIS_RENDER_FIGURES_RENDER_H_

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/figures.h"

namespace precis::render {

// [{"what", "unit", "values": [{"value", "text", "mention", "date", "document",
// "sentence", "start", "end"}], "status"}]; a value without a date has "date": null.
nlohmann::json FiguresJson(const std::vector<Figure>& figures);

// One Markdown list item: "- **killed** (people), sources differ: more than
// 3,500 Syrians (2011-11-21) [1]; ...", citing documents by `number(document index)`;
// past `most_values` values (0: no limit), "; ... (N more)".
std::string FigureMarkdownLine(const Figure& figure, const std::function<int(std::size_t)>& number,
                               std::size_t most_values = 0);

// The figures a short section shows: stated at least twice, at most `most`.
std::vector<const Figure*> FiguresToShow(const std::vector<Figure>& figures, std::size_t most);

}  // namespace precis::render

#endif  // PRECIS_RENDER_FIGURES_RENDER_H_
