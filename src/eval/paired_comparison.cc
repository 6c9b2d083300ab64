#include <cmath>
#include <map>
#include <random>

#include "precis/eval.h"

namespace precis {
namespace {

// Two-sided sign test: P(X <= k or X >= n-k), X ~ Binomial(n, 1/2).
double SignTest(std::size_t wins, std::size_t losses) {
  std::size_t n = wins + losses;
  if (n == 0) return 1;
  std::size_t k = std::min(wins, losses);
  double tail = 0;
  for (std::size_t i = 0; i <= k; ++i)
    tail += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) -
                     static_cast<double>(n) * std::log(2.0));
  return std::min(1.0, 2 * tail);
}

}  // namespace

std::vector<PairedComparison> ComparePaired(const ClusterScores& a, const ClusterScores& b,
                                            int resamples) {
  std::map<std::string, std::map<std::string, double>> by_cluster_a;
  for (const auto& [cluster, metrics] : a)
    for (const auto& [metric, value] : metrics) by_cluster_a[cluster][metric] = value;
  std::vector<std::string> metrics;
  if (!b.empty())
    for (const auto& [metric, value] : b.front().second) metrics.push_back(metric);
  std::vector<PairedComparison> out;
  for (const std::string& metric : metrics) {
    std::vector<double> xa, xb;
    for (const auto& [cluster, values] : b) {
      auto ca = by_cluster_a.find(cluster);
      if (ca == by_cluster_a.end() || !ca->second.count(metric)) continue;
      for (const auto& [m, v] : values)
        if (m == metric) {
          xa.push_back(ca->second[metric]);
          xb.push_back(v);
        }
    }
    PairedComparison pc;
    pc.metric = metric;
    pc.clusters = xa.size();
    if (xa.empty()) {
      out.push_back(pc);
      continue;
    }
    std::vector<double> d(xa.size());
    for (std::size_t i = 0; i < xa.size(); ++i) {
      d[i] = xb[i] - xa[i];
      pc.mean_a += xa[i];
      pc.mean_b += xb[i];
      if (d[i] > 0) ++pc.b_better;
      if (d[i] < 0) ++pc.a_better;
    }
    const double n = static_cast<double>(xa.size());
    pc.mean_a /= n;
    pc.mean_b /= n;
    pc.mean_difference = pc.mean_b - pc.mean_a;
    std::mt19937_64 rng(20261122);  // fixed seed: the same runs give the same p
    std::uniform_int_distribution<std::size_t> pick(0, d.size() - 1);
    std::size_t not_better = 0;
    for (int r = 0; r < resamples; ++r) {
      double sum = 0;
      for (std::size_t i = 0; i < d.size(); ++i) sum += d[pick(rng)];
      if (sum <= 0) ++not_better;
    }
    pc.bootstrap_p = static_cast<double>(not_better) / std::max(1, resamples);
    pc.sign_test_p = SignTest(pc.b_better, pc.a_better);
    out.push_back(pc);
  }
  return out;
}

}  // namespace precis
