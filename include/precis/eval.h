// Evaluating a summarizer on a dataset: summarize every cluster of a cluster
// JSONL set, score each summary against the cluster's references with
// ROUGE-1.5.5-exact settings of the benchmark, and average with ROUGE's
// bootstrap. Also a paired comparison of two runs. Functions are
// thread-safe; RunEvaluation uses `jobs` threads itself.
#ifndef PRECIS_EVAL_H_
#define PRECIS_EVAL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/export.h"
#include "precis/rouge.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {
PRECIS_API_BEGIN

struct EvalOptions {
  SummarizeOptions summarize;  // budget.fill is usually on for benchmarks
  RougeOptions rouge;          // e.g. -n 4 -m -l 100 -2 4 -u
  bool f_measure = false;      // report F (Multi-News) instead of recall (DUC)
  // Use only references of this nominal length (0: all references).
  int reference_words = 0;
  // Threads to use; at most one per cluster and MaxEvalThreads(), fewer when
  // the system cannot start more.
  int jobs = 1;
  // Called after each cluster with (done, total); may be empty.
  std::function<void(std::size_t, std::size_t)> progress;
};

// The conventional settings for a dataset (by Cluster::source and the
// budget): DUC 2001/2002 `-n 4 -m -l <words>` recall against the references
// of that length; DUC 2006 `-n 4 -m -l 250` recall; Multi-News F at the
// budget. `words` is the summary length.
EvalOptions BenchmarkSettings(const std::string& source, std::size_t words);
// The same for a budget in words or bytes. In bytes (DUC 2004's 665), DUC
// sets are cut with `-b <bytes>`, and DUC 2001/2002 score against the
// references whose nominal length in words is nearest bytes / 6.65 (665
// bytes for 100 words, as DUC 2004 set them).
EvalOptions BenchmarkSettings(const std::string& source, const Budget& budget);

// What a reader would notice in one summary, beyond ROUGE.
struct Readability {
  std::size_t sentences = 0;
  bool opens_dependent = false;  // the first sentence leans on one before it
  // Sentences that lean on the one before them in their article without it
  // right before them in the summary.
  std::size_t dependent_alone = 0;
  // Pairs of sentences sharing at least half their content stems.
  std::size_t redundant_pairs = 0;
  // Sentences of page furniture: the page speaking to its reader ("share
  // this", "click here", "already a subscriber"), a line that is not a
  // sentence holding cue words (cookie, paywall, navigation, share), a
  // byline or timestamp line.
  std::size_t furniture = 0;
  // The count before session 17: any sentence holding a strong cue or two
  // weak ones, prose or not (news about Facebook or a cookie thief too).
  std::size_t furniture_cues = 0;
  // Sentences naming someone by title and surname alone ("Mr. Pickering
  // said") whom no earlier sentence of the summary names.
  std::size_t unintroduced_names = 0;
  bool short_of_budget = false;  // under 80% of a word budget
  // Under 80% while the cluster holds more the method would take: a
  // summary of it at four times the budget has more words (otherwise the
  // input is spent: every sentence fit to show is in the summary).
  bool short_with_material_left = false;
  // Pieces the cleaner cut that the reference summaries tell (see
  // eval/readability.h).
  std::size_t false_cuts = 0;
  // Of those, pieces whose content words the article's kept text still
  // holds (a wire teaser repeating the lead, a caption shown twice): their
  // words are not lost to the summary.
  std::size_t false_cuts_held = 0;
};

// A summary sentence a reader would stumble on, and why: what the counts
// of Readability count, one line each, so that they can be read.
struct FlaggedSentence {
  std::size_t sentence = 0;  // its index in the summary
  // "leans on a missing one (opens with a pronoun)", "page furniture",
  // "names someone never introduced", "says what sentence 2 says".
  std::string flag;
  std::string text;
};

struct ClusterResult {
  std::string cluster_id;
  std::vector<std::string> summary;      // sentences
  std::vector<RougeMetricScore> scores;  // per metric
  std::size_t words = 0;
  double seconds = 0;  // time to summarize
  std::string error;   // when the cluster failed
  Readability readability;
  std::vector<Removal> false_cuts;       // what readability.false_cuts counts
  std::vector<bool> false_cuts_held;     // per false cut: its words still held
  std::vector<FlaggedSentence> flagged;  // what readability counts, sentence by sentence
};

struct MetricAverage {
  std::string metric;
  RougeAverage average;
};

struct EvalReport {
  std::vector<ClusterResult> clusters;  // in input order
  Readability readability;              // summed over the clusters (flags: how many)
  std::size_t opening_dependent = 0, short_of_budget = 0,
              short_with_material_left = 0;  // summaries
  std::vector<MetricAverage> averages;       // ROUGE's bootstrap, per metric
  double seconds = 0;                        // wall time of the whole run
  std::size_t skipped = 0;                   // clusters without references
  int threads = 1;                           // threads the run used
};

// The most threads RunEvaluation starts: 4 per hardware thread, 4 to 256.
int MaxEvalThreads();

Result<EvalReport> RunEvaluation(const std::vector<Cluster>& clusters, const EvalOptions& options);

// Paired comparison of two runs on their common clusters, per metric:
// mean difference (b - a), a paired bootstrap p-value (one-sided, that b is
// not better) and a two-sided sign test.
struct PairedComparison {
  std::string metric;
  std::size_t clusters = 0;
  double mean_a = 0, mean_b = 0, mean_difference = 0;
  std::size_t b_better = 0, a_better = 0;
  double bootstrap_p = 1;  // P(mean difference <= 0) under resampling
  double sign_test_p = 1;
};

// Per-cluster scores: cluster id -> metric -> value.
using ClusterScores =
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>>;
std::vector<PairedComparison> ComparePaired(const ClusterScores& a, const ClusterScores& b,
                                            int resamples = 10000);

// The per-cluster score files of evaluation runs (`<out>/scores.csv`), written
// by `precis eval --out` and read back by `--compare`. Pure functions.
//
// CSV: cluster,words,seconds,<metric>... with the reported measure (recall or
// F) of each metric, 5 decimals as ROUGE prints them.
std::string ScoresCsv(const EvalReport& report, bool f_measure);

// CSV: cluster,sentences,opens_dependent,dependent_alone,redundant_pairs,
// furniture,short_of_budget (flags 0 or 1),unintroduced_names,
// furniture_cues,false_cuts,false_cuts_held,short_with_material_left (a
// flag), one line per cluster.
std::string ReadabilityCsv(const EvalReport& report);

// TSV: cluster, document, reason, text of every false cut (tabs and line
// breaks in the text become spaces), after a header line.
std::string FalseCutsTsv(const EvalReport& report);

// TSV: cluster, sentence (from 1), flag, text of every flagged summary
// sentence (ClusterResult::flagged), after a header line.
std::string FlaggedTsv(const EvalReport& report);

// The largest scores.csv ReadScoresCsv reads.
inline constexpr std::size_t kMaxScoresBytes = std::size_t{256} << 20;

// Reads the per-cluster metric columns of a ScoresCsv file: a regular file of
// at most kMaxScoresBytes, with finite numbers.
Result<ClusterScores> ReadScoresCsv(const std::string& path);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_EVAL_H_
