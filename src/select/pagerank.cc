#include "select/pagerank.h"

#include <cmath>

namespace precis::select {

std::vector<double> PageRank(std::size_t n, const std::vector<double>& weights,
                             const PageRankOptions& options) {
  if (n == 0) return {};
  const double uniform = 1.0 / static_cast<double>(n);
  // Row sums without the diagonal, so self-similarity gives no weight.
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (j != i) out_weight[i] += weights[i * n + j];

  std::vector<double> p(n, uniform), next(n);
  for (int iter = 0; iter < options.max_iterations; ++iter) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (out_weight[i] <= 0) dangling += p[i];
    const double base = (1 - options.damping) * uniform + options.damping * dangling * uniform;
    for (std::size_t j = 0; j < n; ++j) next[j] = base;
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) continue;
      const double share = options.damping * p[i] / out_weight[i];
      const double* row = &weights[i * n];
      for (std::size_t j = 0; j < n; ++j)
        if (j != i) next[j] += share * row[j];
    }
    double change = 0;
    for (std::size_t j = 0; j < n; ++j) change += std::fabs(next[j] - p[j]);
    p.swap(next);
    if (change < options.tolerance) break;
  }
  return p;
}

}  // namespace precis::select
