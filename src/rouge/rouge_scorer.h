// Internals of precis::RougeScorer (include/precis/rouge.h): ROUGE-1.5.5's
// rounding and F rules, shared with the report and the bootstrap.
#ifndef PRECIS_ROUGE_ROUGE_SCORER_H_
#define PRECIS_ROUGE_ROUGE_SCORER_H_

#include <string>

#include "precis/rouge.h"

namespace precis::rouge {

// sprintf("%7.5f", x) as ROUGE prints numbers.
std::string FormatRouge(double x);
// The number Perl reads back from FormatRouge(x): ROUGE keeps its scores as
// those strings and computes F, averages and intervals from them.
double RoundRouge(double x);

// ROUGE's final step for one evaluation: R = hit/model_count and
// P = hit/peer_count, each rounded (0 for a 0 denominator), then F from the
// rounded R and P with weight alpha, rounded.
RougeScore ScoreFromRatios(double recall, double precision, double alpha);
RougeScore ScoreFromCounts(double hit, double model_count, double peer_count, double alpha);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_SCORER_H_
