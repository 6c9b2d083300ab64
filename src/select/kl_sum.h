// KL-Sum (Haghighi & Vanderwende 2009): greedily adds the sentence that
// minimises KL(P_D || P_S), P_D the cluster's content-unigram distribution
// (sentences weighted by copies) and P_S the summary's, Lidstone-smoothed:
// P_S(w) = (c_S(w) + 0.01) / (|S| + 0.01 V), V the cluster's vocabulary. Adds
// while a sentence fits.
#ifndef PRECIS_SELECT_KL_SUM_H_
#define PRECIS_SELECT_KL_SUM_H_

#include "select/method.h"

namespace precis::select {

class KlSumMethod final : public Method {
 public:
  static constexpr double kSmoothing = 0.01;
  std::string_view name() const override { return "kl"; }
  // Scores are -KL(P_D || P_{s}) for each sentence alone, up to a constant.
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_KL_SUM_H_
