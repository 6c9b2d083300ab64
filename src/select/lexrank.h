// Continuous LexRank (Erkan & Radev 2004): a graph of sentences whose edges
// are TF-IDF cosines, kept where >= 0.1; PageRank with damping 0.85 until the
// L1 change is below 1e-6. Sentences go best first, skipping those with cosine
// > 0.7 to a chosen one (MEAD's reranker, as in the paper).
#ifndef PRECIS_SELECT_LEXRANK_H_
#define PRECIS_SELECT_LEXRANK_H_

#include "select/method.h"

namespace precis::select {

class LexRankMethod final : public Method {
 public:
  static constexpr double kEdgeThreshold = 0.1;
  std::string_view name() const override { return "lexrank"; }
  // Scores are the PageRank values (summing to 1).
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_LEXRANK_H_
