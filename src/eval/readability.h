// What a reader would notice in a summary beyond ROUGE (see Readability in
// precis/eval.h): sentences that lean on a missing one, sentences saying the
// same thing, page furniture, a summary stopping well short of its budget.
// Not thread-safe through `analyzer`: one per thread.
#ifndef PRECIS_EVAL_READABILITY_H_
#define PRECIS_EVAL_READABILITY_H_

#include "precis/eval.h"
#include "precis/summarizer.h"
#include "text/analyzer.h"

namespace precis::eval {

// Sentences sharing at least this share of their content stems (Jaccard)
// say the same thing.
inline constexpr double kRedundantJaccard = 0.5;

// `flagged`, when given, receives each sentence counted, with why.
Readability MeasureReadability(const Summary& summary, const Budget& budget,
                               text::Analyzer& analyzer,
                               std::vector<FlaggedSentence>* flagged = nullptr);

// A piece the cleaner cut of at least kFalseCutStems content stems, at
// least kFalseCutShare of which the reference summaries use, was story.
inline constexpr std::size_t kFalseCutStems = 5;
inline constexpr double kFalseCutShare = 0.5;
std::vector<Removal> FalseCuts(const Summary& summary, const std::vector<std::string>& references,
                               text::Analyzer& analyzer);

// Per cut of `summary` (as FalseCuts gives them): whether at least
// kHeldShare of its content stems are in the kept text of its own article.
inline constexpr double kHeldShare = 0.8;
std::vector<bool> HeldInKeptText(const Summary& summary, const std::vector<Removal>& cuts,
                                 text::Analyzer& analyzer);

// Adds one cluster's counts to a run's totals.
void AddReadability(const Readability& one, EvalReport& report);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_READABILITY_H_
