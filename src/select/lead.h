// The lead baseline: the first sentences of the earliest-dated document (the
// first document when dates are missing or equal), then the leads of the other
// documents round-robin in date order. Sentences that do not fit are skipped;
// near-duplicates of chosen sentences too.
#ifndef PRECIS_SELECT_LEAD_H_
#define PRECIS_SELECT_LEAD_H_

#include "select/method.h"

namespace precis::select {

class LeadMethod final : public Method {
 public:
  std::string_view name() const override { return "lead"; }
  // Scores fall linearly with the place in the lead order.
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_LEAD_H_
