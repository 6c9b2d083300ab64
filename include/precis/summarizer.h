// Summarizing one cluster: clean the documents, split them into sentences,
// score and select sentences with the chosen method within a length budget,
// order them, and return them with citations into the cleaned documents.
// A Summarizer is immutable after Create(); Summarize() may be called from
// several threads at once. Same input and options give the same output.
#ifndef PRECIS_SUMMARIZER_H_
#define PRECIS_SUMMARIZER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/citation.h"
#include "precis/document.h"
#include "precis/export.h"
#include "precis/figures.h"
#include "precis/status.h"

namespace precis {
PRECIS_API_BEGIN

struct Budget {
  enum class Unit { kWords, kBytes, kSentences };
  // The largest limit accepted, in any unit.
  static constexpr std::size_t kMaxLimit = 1'000'000;
  Unit unit = Unit::kWords;
  std::size_t limit = 100;  // 1 to kMaxLimit
  // When true, the last sentence is cut so the summary uses the budget
  // exactly (for benchmarks); otherwise only whole sentences are used. A
  // budget in sentences cannot be filled (Summarizer::Create refuses it).
  bool fill = false;
};

enum class Order {
  kChronological,  // by document date, then document order, then position
  kRelevance,      // by selection score, best first
};

struct SummarizeOptions {
  // One of MethodNames(); "default" picks the recommended method.
  std::string method = "default";
  Budget budget;
  Order order = Order::kChronological;
  std::string language = "english";  // a Snowball stemmer language
  // Time limit for exact solvers (ilp); past it the best solution so far, or
  // a greedy one, is used. 0 to kMaxTimeLimitSeconds.
  static constexpr double kMaxTimeLimitSeconds = 3600;
  double time_limit_seconds = 0.5;
  // Keep boilerplate-cleaning decisions in Summary::removed.
  bool explain = false;
  // Find the figures of the cluster (Summary::figures): numbers that count
  // the same thing, grouped across the documents (see precis/figures.h).
  bool figures = true;
  // Threads for a large cluster's per-document work (analysing and cleaning
  // each document: a few hundred kilobytes of text or more per thread),
  // 0 to kMaxThreads; 0 is one per hardware thread. The summary is the same
  // for any number.
  static constexpr int kMaxThreads = 64;
  int threads = 0;
};

// Names accepted in SummarizeOptions::method, in a stable order.
std::vector<std::string> MethodNames();
std::string DefaultMethodName();

// The method registry: each method's name, what it does, and what it
// honours; the CLI help, the server's /v1/methods and README read it.
struct MethodInfo {
  std::string name;
  std::string help;            // one line
  bool honours_query = false;  // weighs sentences by the query
  bool honours_seen = false;   // weighs what is new against what was read
  bool needs_solver = false;   // an exact solver (GLPK), bounded by time_limit_seconds
};
std::vector<MethodInfo> Methods();

// `text` is exactly the cited span (possibly cut when Budget::fill); `date`
// is the document's date as given.
struct SummarySentence : CitedFact {
  double score = 0;
  bool truncated = false;         // cut by Budget::fill
  std::vector<Citation> also_in;  // near-duplicates in other documents
};

// A piece of input removed as boilerplate, and why.
struct Removal {
  std::string doc_id;
  std::string text;
  std::string reason;  // e.g. "cookie notice", "paywall", "byline"
};

struct DocumentStats {
  std::string doc_id;
  std::size_t input_chars = 0;  // code points before cleaning
  std::size_t cleaned_chars = 0;
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t removed = 0;     // pieces removed as boilerplate
  std::size_t duplicates = 0;  // sentences also found in an earlier document
};

struct Summary {
  std::string cluster_id;
  std::string method;
  std::vector<SummarySentence> sentences;
  std::vector<Document> documents;  // cleaned; citations point into their text
  std::vector<DocumentStats> stats;
  std::vector<Removal> removed;       // filled when SummarizeOptions::explain
  std::vector<std::string> warnings;  // one line each (e.g. a query the method ignores)
  // When SummarizeOptions::figures: the cluster's figures, citing `documents`.
  std::optional<std::vector<Figure>> figures;
};

class Summarizer {
 public:
  // Checks the options (method name, language, budget).
  static Result<Summarizer> Create(const SummarizeOptions& options);

  // An empty cluster, one left with no sentences after cleaning, or one with
  // no sentence that fits in the budget is an input error. A single document
  // is fine.
  Result<Summary> Summarize(const Cluster& cluster) const;
  // The same, taking `cluster` apart as it goes: each document's text is
  // released once it has been read, and the rest moves to the summary, so a
  // large cluster is not held twice. `cluster` is left valid but unspecified.
  Result<Summary> Summarize(Cluster&& cluster) const;
  // Summarize(std::move(clusters[i])) of every cluster, several at once on
  // up to SummarizeOptions::threads threads (each cluster then on one),
  // handed to deliver(i, result) on the calling thread in input order, each
  // as soon as it and those before it are done (at most twice as many as
  // the threads wait). The results are those of one thread. `clusters` is
  // left valid but unspecified.
  void SummarizeEach(std::vector<Cluster>&& clusters,
                     const std::function<void(std::size_t, Result<Summary>)>& deliver) const;

  const SummarizeOptions& options() const;

  // True when the method focuses the summary on Cluster::query; otherwise a
  // cluster's query is ignored, and Summary::warnings says so.
  bool honours_query() const;

  Summarizer(Summarizer&&) noexcept;
  Summarizer& operator=(Summarizer&&) noexcept;
  ~Summarizer();

 private:
  struct PRECIS_HIDDEN Impl;
  explicit Summarizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_SUMMARIZER_H_
