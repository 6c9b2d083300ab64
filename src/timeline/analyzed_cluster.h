// The one place where the timeline reads a cluster through the summarizer's
// stages: boilerplate cleaning, then sentences with stems. The cleaned texts
// are what citations point into. Thread-safe (one analyzer per call).
#ifndef PRECIS_TIMELINE_ANALYZED_CLUSTER_H_
#define PRECIS_TIMELINE_ANALYZED_CLUSTER_H_

#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"
#include "text/analyzer.h"

namespace precis::timeline {

struct AnalyzedCluster {
  // The input documents with cleaned text; a document without a date takes
  // the first full date of a timestamp, dateline or byline removed from it.
  std::vector<Document> documents;
  // Per document: its sentences and words (the text itself is in
  // `documents`); term ids are dense, shared by all, and by `query_terms`.
  std::vector<text::AnalyzedText> analyses;
  // Per document, each word's stem and stopword flag (aligned with its
  // analysis' words: the lexicon they come from is not kept).
  std::vector<std::vector<text::TermToken>> tokens;
  std::vector<text::Lexicon::Id> query_terms;  // content stems of the query
};

// `language` is a Snowball language (an unknown one is a usage error);
// `threads` as SummarizeOptions::threads.
Result<AnalyzedCluster> AnalyzeCluster(const Cluster& cluster, const std::string& language,
                                       const std::string& query, int threads = 1);

}  // namespace precis::timeline

#endif  // PRECIS_TIMELINE_ANALYZED_CLUSTER_H_
