// Gillick & Favre's (2009) concept ILP: maximise the weight of the concepts
// covered (see concepts.h) within the budget. Constraints: length; a covered
// concept needs a chosen sentence containing it (that a chosen sentence
// covers its concepts holds at any optimum, weights being positive, so those
// rows are left out); s_i + s_j <= 1 for near-duplicate pairs. Candidates:
// sentences with a concept and at least 8 words (rules relaxed when none is
// left). A cost-scaled greedy (gain / cost, compared with the best single
// sentence) runs first; GLPK then solves exactly from that incumbent
// (presolve on, time limit from MethodOptions). Without a proven optimum the
// better of GLPK's incumbent and the greedy set is used; a time limit <= 0
// uses the greedy alone. Chosen sentences that add no concept are dropped.
#ifndef PRECIS_SELECT_ILP_H_
#define PRECIS_SELECT_ILP_H_

#include "select/method.h"

namespace precis::select {

class IlpMethod final : public Method {
 public:
  static constexpr std::size_t kMinWords = 8;
  static constexpr double kGreedyCostExponent = 1.0;

  explicit IlpMethod(const MethodOptions& options = {}) : options_(options) {}
  std::string_view name() const override { return "ilp"; }
  // Scores are the total weight of each sentence's concepts.
  Selection Select(const ClusterModel& model, const LengthBudget& budget) const override;

  // How the last Select() on this thread was solved, for tests.
  enum class Solver { kNone, kExact, kIncumbent, kGreedy };
  static Solver LastSolver();

 private:
  MethodOptions options_;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_ILP_H_
