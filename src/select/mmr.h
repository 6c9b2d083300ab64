// Maximal Marginal Relevance (Carbonell & Goldstein 1998): repeatedly adds the
// sentence maximising lambda * cos(s, q) - (1 - lambda) * max cos(s, chosen),
// lambda = 0.7, with q the query's TF-IDF vector when the model has query
// terms, else the cluster centroid. Cosines are over TF-IDF content vectors.
#ifndef PRECIS_SELECT_MMR_H_
#define PRECIS_SELECT_MMR_H_

#include "select/method.h"

namespace precis::select {

class MmrMethod final : public Method {
 public:
  static constexpr double kLambda = 0.7;
  std::string_view name() const override { return "mmr"; }
  bool honours_query() const override { return true; }
  // Scores are cos(s, q).
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_MMR_H_
