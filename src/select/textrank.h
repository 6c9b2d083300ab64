// TextRank for sentences (Mihalcea & Tarau 2004): edge weight between two
// sentences = |distinct content terms in common| / (ln|s1| + ln|s2|), with |s|
// the number of content tokens (a denominator of 0, two one-word sentences,
// counts as 1); weighted PageRank with damping 0.85 until the L1 change is
// below 1e-4 (the paper's threshold). Sentences go best first, skipping
// near-duplicates (cosine > 0.8) of chosen ones.
#ifndef PRECIS_SELECT_TEXTRANK_H_
#define PRECIS_SELECT_TEXTRANK_H_

#include <cstddef>
#include <vector>

#include "select/method.h"

namespace precis::select {

// Mihalcea & Tarau's sentence similarity over sorted distinct content terms;
// `len_a`, `len_b` are the content-token counts.
double TextRankSimilarity(const std::vector<int>& a, std::size_t len_a, const std::vector<int>& b,
                          std::size_t len_b);

class TextRankMethod final : public Method {
 public:
  std::string_view name() const override { return "textrank"; }
  // Scores are the PageRank values (summing to 1).
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_TEXTRANK_H_
