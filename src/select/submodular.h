// Lin & Bilmes (2011): maximise F(S) = L(S) + lambda R(S) within the budget.
// Coverage L(S) = sum_i min(C_i(S), alpha C_i(V)), C_i(S) = sum_{j in S} w_ij,
// w = TF-IDF cosine, alpha = min(1, 5 / N). Diversity R(S) = sum_k sqrt(sum of
// r_j over S in cluster k), r_j = mean_i w_ij, clusters from spherical k-means
// on TF-IDF with K = ceil(0.2 N) (kmeans.h). lambda = 6. Greedy on gain /
// cost^0.3, then the best single sentence if it scores higher.
#ifndef PRECIS_SELECT_SUBMODULAR_H_
#define PRECIS_SELECT_SUBMODULAR_H_

#include "select/method.h"

namespace precis::select {

class SubmodularMethod final : public Method {
 public:
  static constexpr double kAlphaNumerator = 5;  // alpha = a / N
  static constexpr double kLambda = 6;
  static constexpr double kClusterFraction = 0.2;
  static constexpr double kCostExponent = 0.3;

  std::string_view name() const override { return "submodular"; }
  // Scores are F({s}).
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_SUBMODULAR_H_
