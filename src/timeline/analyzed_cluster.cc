#include "timeline/analyzed_cluster.h"

#include "clean/boilerplate_cleaner.h"

namespace precis::timeline {

Result<AnalyzedCluster> AnalyzeCluster(const Cluster& cluster, const std::string& language,
                                       const std::string& query, int threads) {
  auto lease = text::AnalyzerLease::Borrow(language);
  if (!lease.ok()) return lease.status();
  text::Analyzer& analyzer = **lease;
  AnalyzedCluster out;
  out.documents = cluster.documents;
  auto cleaned = clean::BoilerplateCleaner(language, &clean::RecurringText::Builtin(), threads)
                     .Clean(cluster.documents, analyzer);
  for (std::size_t d = 0; d < cleaned.size() && d < out.documents.size(); ++d) {
    out.documents[d].text = std::move(cleaned[d].analysis.text);
    if (out.documents[d].date.empty()) out.documents[d].date = cleaned[d].stamped_date;
    out.tokens.push_back(text::TermTokensOf(cleaned[d].analysis.words, analyzer.lexicon()));
    out.analyses.push_back(std::move(cleaned[d].analysis));
  }
  if (!query.empty()) out.query_terms = analyzer.ContentTerms(query);
  return out;
}

}  // namespace precis::timeline
