#include "precis/extract.h"

#include <algorithm>

#include "base/parallel.h"
#include "clean/boilerplate_cleaner.h"
#include "precis/summarizer.h"
#include "text/analyzer.h"

namespace precis {

Result<std::vector<ExtractedArticle>> ExtractArticles(const Cluster& cluster,
                                                      const ExtractOptions& options) {
  const std::string name = cluster.id.empty() ? std::string("cluster") : cluster.id;
  if (cluster.documents.empty()) return Status::InputError(name + ": no documents to extract");
  if (Status s = CheckThreads(options.threads); !s.ok()) return s;
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

void ExtractEach(
    const std::vector<Cluster>& clusters, const ExtractOptions& options,
    const std::function<void(std::size_t, Result<std::vector<ExtractedArticle>>)>& deliver) {
  using Articles = Result<std::vector<ExtractedArticle>>;
  if (!CheckThreads(options.threads).ok()) {
    for (std::size_t i = 0; i < clusters.size(); ++i)
      deliver(i, ExtractArticles(clusters[i], options));  // each says what is wrong
    return;
  }
  const int threads = static_cast<int>(
      std::min(static_cast<std::size_t>(ThreadsFor(options.threads)), clusters.size()));
  if (threads <= 1) {
    for (std::size_t i = 0; i < clusters.size(); ++i)
      deliver(i, ExtractArticles(clusters[i], options));
    return;
  }
  ExtractOptions one = options;
  one.threads = 1;  // several clusters at once, each on one thread
  MakeInOrder<Articles>(
      clusters.size(), threads,
      [&](std::size_t i) -> Articles {
        try {
          return ExtractArticles(clusters[i], one);
        } catch (const std::exception& e) {  // out of memory: an error for this cluster
          return Status::InternalError(
              (clusters[i].id.empty() ? std::string("cluster") : clusters[i].id) + ": " + e.what());
        }
      },
      deliver);
}

}  // namespace precis
