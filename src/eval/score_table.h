// Per-cluster score files of evaluation runs (`<out>/scores.csv`): written by
// `precis eval --out`, read back by `--compare`. Pure functions.
#ifndef PRECIS_EVAL_SCORE_TABLE_H_
#define PRECIS_EVAL_SCORE_TABLE_H_

#include <cstddef>
#include <string>

#include "precis/eval.h"

namespace precis::eval {

// CSV: cluster,words,seconds,<metric>... with the reported measure (recall
// or F) of each metric, 5 decimals as ROUGE prints them.
std::string ScoresCsv(const EvalReport& report, bool f_measure);

// CSV: cluster,sentences,opens_dependent,dependent_alone,redundant_pairs,
// furniture,short_of_budget (flags 0 or 1), one line per cluster.
std::string ReadabilityCsv(const EvalReport& report);

// The largest scores.csv ReadScoresCsv reads.
inline constexpr std::size_t kMaxScoresBytes = std::size_t{256} << 20;

// Reads the per-cluster metric columns of a ScoresCsv file: a regular file of
// at most kMaxScoresBytes, with finite numbers.
Result<ClusterScores> ReadScoresCsv(const std::string& path);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_SCORE_TABLE_H_
