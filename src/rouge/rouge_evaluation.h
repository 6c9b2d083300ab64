// Runs a ROUGE-1.5.5 evaluation setup: for each system, every <EVAL> it has a
// peer in, all metrics, then the bootstrap averages. Each file is read and
// tokenised once (models are shared by all systems of an <EVAL>). With
// jackknifing, an <EVAL> with K >= 2 models is scored K times, each time
// without one model, and the K (rounded) scores are averaged, as NIST did for
// DUC; a peer whose ID is also a model ID is scored only without its own model.
// All files read together may hold at most `max_run_bytes` (an input error
// naming the file that passes it). Single-threaded; thread-safe as long as
// `read` is.
#ifndef PRECIS_ROUGE_ROUGE_EVALUATION_H_
#define PRECIS_ROUGE_ROUGE_EVALUATION_H_

#include <functional>
#include <string>
#include <vector>

#include "precis/rouge.h"
#include "precis/status.h"
#include "rouge/rouge_config.h"
#include "rouge/rouge_file.h"

namespace precis::rouge {

struct RougeMetricResult {
  std::string metric;
  std::vector<RougeEvalScore> evals;  // ids "<EVAL ID>.<system>", in ROUGE's print order
  RougeAverage average;
};

struct RougeSystemResult {
  std::string system;
  std::vector<RougeMetricResult> metrics;  // in RougeMetricNames() order
};

// ROUGE warns once per (system, evaluation without it): quadratic in a
// configuration's size. The first ones are listed, then one line counts the
// rest.
inline constexpr size_t kMaxRougeWarnings = 1000;

// Jackknifing scores an evaluation of K models K times with K - 1 of them;
// more models than this are an input error (DUC has 4 to 10).
inline constexpr size_t kMaxJackknifeModels = 100;

struct RougeEvaluation {
  std::vector<RougeSystemResult> systems;
  std::vector<std::string> warnings;  // ROUGE's "*ROUGE Warning: ..." lines
};

// Returns a file's bytes, or an input error naming it.
using RougeFileReader = std::function<Result<std::string>(const std::string& path)>;

Result<RougeEvaluation> EvaluateRouge(const RougeConfig& config,
                                      const std::vector<std::string>& systems,
                                      const RougeOptions& options, bool jackknife,
                                      const RougeFileReader& read = ReadRougeFile,
                                      std::size_t max_run_bytes = kMaxRougeRunBytes);

// ROUGE's order for per-evaluation lines: ids starting with digits by that
// number, others (and ties) as strings.
void SortByEvalId(std::vector<RougeEvalScore>& scores);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_EVALUATION_H_
