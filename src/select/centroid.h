// MEAD's centroid method (Radev et al. 2004). score = C + P + F, where C is the
// sum of the cluster centroid's TF-IDF values over the sentence's distinct
// content terms, P = (n - position) / n * Cmax (n sentences in the document,
// Cmax the document's best C), and F = Cmax * the TF-IDF cosine with the
// document's first sentence (the paper's first-sentence overlap, put on C's
// scale like P, so a long lead does not swamp the other terms). Sentences
// go best first, skipping those with cosine > 0.7 to a chosen one (MEAD's
// redundancy filter).
#ifndef PRECIS_SELECT_CENTROID_H_
#define PRECIS_SELECT_CENTROID_H_

#include "select/method.h"

namespace precis::select {

class CentroidMethod final : public Method {
 public:
  std::string_view name() const override { return "centroid"; }
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_CENTROID_H_
