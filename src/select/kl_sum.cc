#include "select/kl_sum.h"

#include <cmath>

#include "select/greedy.h"
#include "select/term_vectors.h"

namespace precis::select {
namespace {

// KL(P_D || P_S) = const - sum_w P_D(w) ln(c_S(w) + d) + ln(|S| + d V), so a
// sentence's gain only needs its own terms.
class KlObjective final : public GreedyObjective {
 public:
  explicit KlObjective(const ClusterModel& model) : summary_(model.num_terms(), 0.0) {
    const std::size_t n = model.sentences.size();
    p_doc_.assign(model.num_terms(), 0.0);
    counts_.resize(n);
    length_.resize(n);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::pair<int, double>> pairs;
      for (int t : model.ContentTerms(i)) pairs.emplace_back(t, 1.0);
      counts_[i] = SparseVector::FromPairs(std::move(pairs));
      const double copies =
          static_cast<double>(std::max<std::size_t>(1, model.sentences[i].copies));
      for (const auto& [t, c] : counts_[i].entries) {
        p_doc_[t] += c * copies;
        total += c * copies;
        length_[i] += c;
      }
    }
    double vocabulary = 0;
    for (double& p : p_doc_) {
      if (p > 0) ++vocabulary;
      if (total > 0) p /= total;
    }
    smoothing_mass_ = KlSumMethod::kSmoothing * std::max(1.0, vocabulary);
  }

  double Gain(std::size_t i) override {
    double gain = 0;
    for (const auto& [t, c] : counts_[i].entries)
      gain += p_doc_[t] * (std::log(summary_[t] + c + KlSumMethod::kSmoothing) -
                           std::log(summary_[t] + KlSumMethod::kSmoothing));
    return gain - (std::log(length_total_ + length_[i] + smoothing_mass_) -
                   std::log(length_total_ + smoothing_mass_));
  }
  void Add(std::size_t i) override {
    for (const auto& [t, c] : counts_[i].entries) summary_[t] += c;
    length_total_ += length_[i];
  }

 private:
  std::vector<double> p_doc_;
  std::vector<SparseVector> counts_;
  std::vector<double> length_;
  std::vector<double> summary_;
  double length_total_ = 0;
  double smoothing_mass_ = 0;
};

}  // namespace

Selection KlSumMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  KlObjective objective(model);
  return GreedyWithNearDuplicateFilter(model, budget, objective,
                                       [&](std::size_t i) { return objective.Gain(i); });
}

}  // namespace precis::select
