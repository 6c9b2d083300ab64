#include "precis/extract.h"

#include "clean/boilerplate_cleaner.h"
#include "precis/summarizer.h"
#include "text/analyzer.h"

namespace precis {

Result<std::vector<ExtractedArticle>> ExtractArticles(const Cluster& cluster,
                                                      const ExtractOptions& options) {
  const std::string name = cluster.id.empty() ? std::string("cluster") : cluster.id;
  if (cluster.documents.empty()) return Status::InputError(name + ": no documents to extract");
  if (options.threads < 0 || options.threads > SummarizeOptions::kMaxThreads)
    return Status::UsageError("the number of threads must be from 0 (one per hardware thread) to " +
                              std::to_string(SummarizeOptions::kMaxThreads));
  auto lease = text::AnalyzerLease::Borrow(options.language);
  if (!lease.ok()) return lease.status();
  text::Analyzer& analyzer = **lease;
  auto cleaned =
      clean::BoilerplateCleaner(options.language, &clean::RecurringText::Builtin(), options.threads)
          .Clean(cluster.documents, analyzer);
  std::vector<ExtractedArticle> out(cluster.documents.size());
  for (std::size_t d = 0; d < out.size(); ++d) {
    Document& doc = out[d].document;
    doc = cluster.documents[d];
    doc.text = std::move(cleaned[d].analysis.text);
    if (doc.date.empty()) doc.date = cleaned[d].stamped_date;
    for (auto& r : cleaned[d].removed)
      out[d].removed.push_back({doc.id, std::move(r.text), r.Reason()});
  }
  return out;
}

}  // namespace precis
