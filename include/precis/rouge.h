// ROUGE, computed exactly as ROUGE-1.5.5.pl computes it: same tokens, stems,
// length limits, metrics (N, L, W, S/SU), -f A/B, rounding, and the same
// bootstrap averages and confidence intervals. A summary is a list of sentences
// (one per line of an SPL file). Scores are the 5-decimal values ROUGE prints.
//
// RougeScorer tokenises each text once into integer ids and scores peers from
// those; it is not thread-safe (its vocabulary grows): use one per thread.
// The free functions are thread-safe.
#ifndef PRECIS_ROUGE_H_
#define PRECIS_ROUGE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "precis/export.h"
#include "precis/status.h"

namespace precis {
PRECIS_API_BEGIN

// Bounds ValidateRougeOptions enforces where ROUGE-1.5.5 has none: past them
// the scores mean nothing (n-grams of 21 words, a weight whose k^W overflows)
// or a run takes unbounded time and output.
inline constexpr int kRougeMaxNgram = 20;           // -n
inline constexpr int kRougeMaxResamples = 100000;   // -r
inline constexpr double kRougeMaxWlcsWeight = 5.0;  // -w

// Bounds on the work of the metrics that are quadratic in a text's length,
// for input from outside (see RougeScorer::CheckText and CheckPair).
// ROUGE-L/W fill a table of (model tokens x peer tokens) cells per pair:
// 2^28 cells is about a second and 256 MB. ROUGE-S/SU pair each token with
// the next D (all of them with -2 -1): 2^24 pairs is about a second and
// 300 MB (with -2 -1, texts of up to 5,800 tokens; with -2 4, 3.3 million).
inline constexpr std::uint64_t kRougeMaxLcsCells = std::uint64_t{1} << 28;
inline constexpr std::uint64_t kRougeMaxSkipBigrams = std::uint64_t{1} << 24;

// ROUGE-1.5.5's options; the flag each field stands for is given.
struct RougeOptions {
  int max_ngram = 0;                  // -n N: ROUGE-1 .. ROUGE-N (0: none), N <= 20
  bool stem = false;                  // -m: WordNet exceptions, then ROUGE's Porter variant
  bool remove_stopwords = false;      // -s
  int word_limit = 0;                 // -l: first N words of peer and models (0: no limit)
  int byte_limit = 0;                 // -b: first N bytes (0: no limit); not with -l
  double alpha = 0.5;                 // -p: F = PR / ((1-alpha)P + alpha R)
  bool best_model = false;            // -f B (best single model) instead of -f A (pooled)
  bool lcs = true;                    // ROUGE-L; false is -x
  std::optional<double> wlcs_weight;  // -w W: ROUGE-W with f(k) = k^W, 0 < W <= 5
  std::string wlcs_weight_label;      // W as typed, for "ROUGE-W-1.2"; empty: %g of W
  std::optional<int> skip_distance;   // -2 D: ROUGE-S with gaps up to D (< 0: any)
  bool skip_unigrams = false;         // -u: ROUGE-SU (unigrams too)
  bool skip_both = false;             // -U: both ROUGE-S and ROUGE-SU
  double confidence = 95;             // -c: confidence level of the intervals, 0..100
  int resamples = 1000;               // -r: bootstrap resamples, 1 .. 100000
};

// Usage error naming the bad field, or OK.
Status ValidateRougeOptions(const RougeOptions& options);

// The metrics these options compute, in ROUGE's order: "ROUGE-1".."ROUGE-N",
// "ROUGE-L", "ROUGE-W-<W>", "ROUGE-S<D>" / "ROUGE-SU<D>" ("*" for D < 0).
std::vector<std::string> RougeMetricNames(const RougeOptions& options);

// Recall, precision and F, each rounded to 5 decimals as ROUGE prints them.
struct RougeScore {
  double recall = 0;
  double precision = 0;
  double f = 0;
};

struct RougeMetricScore {
  std::string metric;  // one of RougeMetricNames()
  RougeScore score;
};

// A text tokenised for one RougeScorer. Cheap to copy; immutable.
class RougeText {
 public:
  RougeText();
  ~RougeText();
  RougeText(const RougeText&);
  RougeText& operator=(const RougeText&);
  struct PRECIS_HIDDEN Data;

 private:
  friend class RougeScorer;
  explicit RougeText(std::shared_ptr<const Data> data);
  std::shared_ptr<const Data> data_;
};

class RougeScorer {
 public:
  static Result<RougeScorer> Create(const RougeOptions& options);
  RougeScorer(RougeScorer&&) noexcept;
  RougeScorer& operator=(RougeScorer&&) noexcept;
  ~RougeScorer();

  const RougeOptions& options() const;

  // Sentences as lines of an SPL file: empty ones are skipped; length limits,
  // stopwords and stemming are applied here, to peers and models alike.
  RougeText Prepare(const std::vector<std::string>& sentences);
  // Units already read from a ROUGE input file (see the CLI); same as Prepare.
  RougeText PrepareUnits(const std::vector<std::string>& units);

  // Whether a prepared text is within kRougeMaxSkipBigrams (a text past it is
  // prepared without its skip-bigrams, and must not be scored), and whether a
  // peer and a model are within kRougeMaxLcsCells for ROUGE-L/W. Input errors
  // saying which bound and how to stay within it; OK when the metric is off.
  Status CheckText(const RougeText& text) const;
  Status CheckPair(const RougeText& peer, const RougeText& model) const;

  // Scores `peer` against `models` (at least one), one entry per metric in
  // RougeMetricNames() order. Texts must come from this scorer.
  // Where ROUGE-1.5.5 dies (ROUGE-W on a model without tokens) the score is 0.
  std::vector<RougeMetricScore> Score(const RougeText& peer,
                                      std::span<const RougeText* const> models);

 private:
  struct PRECIS_HIDDEN Impl;
  explicit RougeScorer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One-off convenience: prepares, checks (CheckText, CheckPair) and scores
// one peer against its models.
Result<std::vector<RougeMetricScore>> RougeScorePeer(
    const std::vector<std::string>& peer, const std::vector<std::vector<std::string>>& models,
    const RougeOptions& options);

// One evaluation's score for a system; `id` is ROUGE's "<EVAL ID>.<peer ID>".
struct RougeEvalScore {
  std::string id;
  RougeScore score;
};

// A system's average over its evaluations as ROUGE-1.5.5 prints it with -t 0:
// the mean of `resamples` bootstrap means (Perl's srand(i)/drand48 draws over
// the evaluations ordered by id), with the `confidence` % interval.
struct RougeAverage {
  RougeScore average;
  RougeScore low;
  RougeScore high;
};
RougeAverage RougeBootstrapAverage(std::vector<RougeEvalScore> scores, int resamples = 1000,
                                   double confidence = 95);

// ROUGE-1.5.5's command line (a configuration file, -a, -d, -n, ...) and
// precis' --peer/--ref form, as `precis rouge` runs it: `args` are the
// arguments after the verb. `text` is what goes to standard output (the report,
// or the help for -h/-H); `warnings` (one line each) go to standard error.
struct RougeCommandOutput {
  std::string text;
  std::vector<std::string> warnings;
};
Result<RougeCommandOutput> RunRougeCommandLine(const std::vector<std::string>& args);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_ROUGE_H_
