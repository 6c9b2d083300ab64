#include "select/submodular.h"

#include <algorithm>
#include <cmath>

#include "select/greedy.h"
#include "select/kmeans.h"
#include "select/term_vectors.h"

namespace precis::select {
namespace {

class LinBilmesObjective final : public GreedyObjective {
 public:
  explicit LinBilmesObjective(const TermVectors& vectors) : n_(vectors.size()) {
    w_.assign(n_ * n_, 0.0);
    for (std::size_t i = 0; i < n_; ++i) {
      if (vectors[i].norm > 0) w_[i * n_ + i] = 1;
      for (std::size_t j = i + 1; j < n_; ++j)
        w_[i * n_ + j] = w_[j * n_ + i] = vectors.Cosine(i, j);
    }
    const double nd = static_cast<double>(std::max<std::size_t>(1, n_));
    const double alpha = std::min(1.0, SubmodularMethod::kAlphaNumerator / nd);
    cap_.assign(n_, 0.0);
    reward_.assign(n_, 0.0);
    for (std::size_t i = 0; i < n_; ++i) {
      double row = 0;
      for (std::size_t j = 0; j < n_; ++j) row += w_[i * n_ + j];
      cap_[i] = alpha * row;
      reward_[i] = row / nd;  // w is symmetric: column mean = row mean
    }
    const auto k = static_cast<std::size_t>(std::ceil(SubmodularMethod::kClusterFraction * nd));
    cluster_ = KMeansClusters(vectors, k);
    cluster_sum_.assign(n_ + 1, 0.0);
    coverage_.assign(n_, 0.0);
  }

  double Gain(std::size_t j) override {
    double gain = 0;
    const double* row = &w_[j * n_];
    for (std::size_t i = 0; i < n_; ++i)
      if (row[i] > 0 && coverage_[i] < cap_[i])
        gain += std::min(coverage_[i] + row[i], cap_[i]) - coverage_[i];
    const double r = cluster_sum_[cluster_[j]];
    return gain + SubmodularMethod::kLambda * (std::sqrt(r + reward_[j]) - std::sqrt(r));
  }
  void Add(std::size_t j) override {
    for (std::size_t i = 0; i < n_; ++i) coverage_[i] += w_[j * n_ + i];
    cluster_sum_[cluster_[j]] += reward_[j];
  }

 private:
  std::size_t n_;
  std::vector<double> w_, cap_, reward_, coverage_, cluster_sum_;
  std::vector<std::size_t> cluster_;
};

}  // namespace

Selection SubmodularMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  TermVectors vectors(model);
  LinBilmesObjective objective(vectors);
  Selection out;
  out.scores.resize(n);
  for (std::size_t i = 0; i < n; ++i) out.scores[i] = objective.Gain(i);
  GreedyOptions options;
  options.cost_exponent = kCostExponent;
  options.stop_without_gain = true;
  options.compare_best_singleton = true;
  options.vectors = &vectors;
  out.chosen = GreedySelect(model, budget, objective, options);
  return out;
}

}  // namespace precis::select
