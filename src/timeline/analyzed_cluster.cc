#include "timeline/analyzed_cluster.h"

#include "clean/boilerplate_cleaner.h"
#include "text/time_expressions.h"

namespace precis::timeline {
namespace {

// A page without date metadata often states its date in a line the cleaner
// removed ("Updated 21/11/2011 10:54 GMT"): the first full date of such a
// line (a timestamp, dateline or byline) is the document's date.
std::string DateOfRemovedStamp(const clean::CleanedDocument& doc) {
  for (const auto& r : doc.removed) {
    if (r.reason != "timestamp" && r.reason != "dateline" && r.reason != "byline") continue;
    for (const auto& e : text::FindTimeExpressions(r.text, std::nullopt))
      if (e.granularity == text::Granularity::kDay && e.explicit_date) return text::IsoDate(e.date);
  }
  return "";
}

}  // namespace

Result<AnalyzedCluster> AnalyzeCluster(const Cluster& cluster, const std::string& language,
                                       const std::string& query) {
  auto analyzer = text::Analyzer::Create(language);
  if (!analyzer.ok()) return analyzer.status();
  AnalyzedCluster out;
  out.documents = cluster.documents;
  auto cleaned = clean::BoilerplateCleaner(language).Clean(cluster.documents, *analyzer);
  for (std::size_t d = 0; d < cleaned.size() && d < out.documents.size(); ++d) {
    out.documents[d].text = std::move(cleaned[d].analysis.text);
    if (out.documents[d].date.empty()) out.documents[d].date = DateOfRemovedStamp(cleaned[d]);
    out.analyses.push_back(std::move(cleaned[d].analysis));
  }
  if (!query.empty()) out.query_terms = analyzer->ContentTerms(query);
  return out;
}

}  // namespace precis::timeline
