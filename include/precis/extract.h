// Extracting articles: each document of a cluster read (HTML to text and
// metadata, by the readers) and cleaned of boilerplate by the same cleaner
// `summarize` uses, then handed back whole. Stateless; thread-safe.
#ifndef PRECIS_EXTRACT_H_
#define PRECIS_EXTRACT_H_

#include <functional>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/export.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {
PRECIS_API_BEGIN

struct ExtractOptions {
  std::string language = "english";  // Snowball language of the cleaner's analysis
  // Threads for a large cluster's per-document work, as
  // SummarizeOptions::threads (0 to its kMaxThreads; 0: one per hardware
  // thread). The result is the same for any number.
  int threads = 0;
};

struct ExtractedArticle {
  // The document as read, with `text` the cleaned article (paragraphs
  // separated by "\n\n") and `date` the best date the input holds: the
  // metadata's, else the first full date of a removed time stamp or dateline.
  Document document;
  std::vector<Removal> removed;  // what the cleaner cut, and why, in order
};

// One article per document, in order. Errors: an unknown language; a
// cluster without documents; threads out of range.
Result<std::vector<ExtractedArticle>> ExtractArticles(const Cluster& cluster,
                                                      const ExtractOptions& options = {});

// ExtractArticles of every cluster, several at once on up to
// options.threads threads (each cluster then on one), handed to
// deliver(i, result) on the calling thread in input order. The results are
// those of one thread.
void ExtractEach(
    const std::vector<Cluster>& clusters, const ExtractOptions& options,
    const std::function<void(std::size_t, Result<std::vector<ExtractedArticle>>)>& deliver);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_EXTRACT_H_
