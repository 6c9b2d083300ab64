#include "select/sum_basic.h"

#include <algorithm>
#include <limits>

#include "select/greedy.h"
#include "select/term_vectors.h"

namespace precis::select {
namespace {

class SumBasicObjective final : public GreedyObjective {
 public:
  explicit SumBasicObjective(const ClusterModel& model) : p_(model.num_terms(), 0.0) {
    const std::size_t n = model.sentences.size();
    terms_.resize(n);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      terms_[i] = model.ContentTerms(i);
      const double copies =
          static_cast<double>(std::max<std::size_t>(1, model.sentences[i].copies));
      for (int t : terms_[i]) p_[t] += copies;
      total += copies * static_cast<double>(terms_[i].size());
    }
    if (total > 0)
      for (double& p : p_) p /= total;
  }

  double Weight(std::size_t i) const {
    if (terms_[i].empty()) return 0;
    double sum = 0;
    for (int t : terms_[i]) sum += p_[t];
    return sum / static_cast<double>(terms_[i].size());
  }

  void StartRound(std::span<const std::size_t> candidates) override {
    top_ = -1;
    for (std::size_t i : candidates)
      for (int t : terms_[i])
        if (top_ < 0 || p_[t] > p_[top_] || (p_[t] == p_[top_] && t < top_)) top_ = t;
  }
  double Gain(std::size_t i) override {
    if (top_ >= 0 && std::find(terms_[i].begin(), terms_[i].end(), top_) == terms_[i].end())
      return -std::numeric_limits<double>::infinity();
    return Weight(i);
  }
  void Add(std::size_t i) override {
    std::vector<int> distinct = terms_[i];
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (int t : distinct) p_[t] *= p_[t];
  }

 private:
  std::vector<double> p_;
  std::vector<std::vector<int>> terms_;
  int top_ = -1;
};

}  // namespace

Selection SumBasicMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  SumBasicObjective objective(model);
  return GreedyWithNearDuplicateFilter(model, budget, objective,
                                       [&](std::size_t i) { return objective.Weight(i); });
}

}  // namespace precis::select
