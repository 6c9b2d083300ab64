// SumBasic (Nenkova & Vanderwende 2005): p(w) = the content word's share of
// the cluster's content tokens (sentences weighted by copies); a sentence
// weighs the mean p(w) of its content tokens. Each round takes the
// best-weighted sentence among those containing the most probable remaining
// word, then squares p(w) for the words it contains.
#ifndef PRECIS_SELECT_SUM_BASIC_H_
#define PRECIS_SELECT_SUM_BASIC_H_

#include "select/method.h"

namespace precis::select {

class SumBasicMethod final : public Method {
 public:
  std::string_view name() const override { return "sumbasic"; }
  // Scores are the initial sentence weights.
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_SUM_BASIC_H_
