#include "select/mmr.h"

#include <algorithm>

#include "select/greedy.h"
#include "select/term_vectors.h"

namespace precis::select {
namespace {

class MmrObjective final : public GreedyObjective {
 public:
  MmrObjective(const TermVectors& vectors, const std::vector<double>& relevance)
      : vectors_(vectors), relevance_(relevance), max_sim_(relevance.size(), 0.0) {}

  double Gain(std::size_t i) override {
    return MmrMethod::kLambda * relevance_[i] - (1 - MmrMethod::kLambda) * max_sim_[i];
  }
  void Add(std::size_t chosen) override {
    for (std::size_t i = 0; i < max_sim_.size(); ++i)
      max_sim_[i] = std::max(max_sim_[i], vectors_.Cosine(i, chosen));
  }

 private:
  const TermVectors& vectors_;
  const std::vector<double>& relevance_;
  std::vector<double> max_sim_;
};

}  // namespace

Selection MmrMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  TermVectors vectors(model);
  const SparseVector query =
      model.query_terms.empty() ? vectors.centroid() : vectors.Weigh(model.query_terms);
  Selection out;
  out.scores.resize(n);
  for (std::size_t i = 0; i < n; ++i) out.scores[i] = Cosine(vectors[i], query);
  MmrObjective objective(vectors, out.scores);
  GreedyOptions options;
  options.vectors = &vectors;
  out.chosen = GreedySelect(model, budget, objective, options);
  return out;
}

}  // namespace precis::select
