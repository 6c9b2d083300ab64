#include "store/story_summary.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "precis/render.h"

namespace precis::store {

Result<std::string> StorySummaryJson(std::optional<Summarizer>& summarizer,
                                     const StoreOptions& options, const Cluster& cluster) {
  if (!summarizer) {
    SummarizeOptions o;
    o.language = options.language;
    o.budget.limit = options.summary_words;
    auto made = Summarizer::Create(o);
    if (!made.ok()) return made.status();
    summarizer.emplace(std::move(made).value());
  }
  std::string json = "[]";
  if (cluster.documents.empty()) return json;
  auto summary = summarizer->Summarize(cluster);
  if (!summary.ok()) return json;
  auto parsed = nlohmann::json::parse(Render(*summary, OutputFormat::kJson), nullptr, false);
  if (!parsed.is_discarded() && parsed.contains("summary"))
    json = parsed["summary"].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return json;
}

}  // namespace precis::store
