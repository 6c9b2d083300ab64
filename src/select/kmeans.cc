#include "select/kmeans.h"

#include <algorithm>

namespace precis::select {

std::vector<std::size_t> KMeansClusters(const TermVectors& vectors, std::size_t k,
                                        int max_iterations) {
  const std::size_t n = vectors.size();
  std::vector<std::size_t> assignment(n, 0);
  std::vector<std::size_t> points;
  for (std::size_t i = 0; i < n; ++i)
    if (vectors[i].norm > 0) points.push_back(i);
  k = std::min(k, points.size());
  if (k <= 1) return assignment;

  // Farthest-first seeds: each new seed is least similar to its nearest seed.
  std::vector<SparseVector> centers;
  std::size_t first = points.front();
  double best = -1;
  for (std::size_t i : points) {
    double sim = Cosine(vectors[i], vectors.centroid());
    if (sim > best) {
      best = sim;
      first = i;
    }
  }
  centers.push_back(vectors[first]);
  std::vector<double> nearest(n, -1);
  while (centers.size() < k) {
    std::size_t next = n;
    double lowest = 2;
    for (std::size_t i : points) {
      nearest[i] = std::max(nearest[i], Cosine(vectors[i], centers.back()));
      if (nearest[i] < lowest) {
        lowest = nearest[i];
        next = i;
      }
    }
    centers.push_back(vectors[next]);
  }

  bool first_pass = true;
  for (int iter = 0; iter < max_iterations; ++iter) {
    bool moved = false;
    for (std::size_t i : points) {
      std::size_t best_center = 0;
      double best_sim = -1;
      for (std::size_t c = 0; c < centers.size(); ++c) {
        double sim = Cosine(vectors[i], centers[c]);
        if (sim > best_sim) {
          best_sim = sim;
          best_center = c;
        }
      }
      if (first_pass || assignment[i] != best_center) moved = true;
      assignment[i] = best_center;
    }
    first_pass = false;
    if (!moved) break;
    std::vector<std::vector<std::pair<int, double>>> sums(centers.size());
    for (std::size_t i : points)
      for (const auto& [t, w] : vectors[i].entries)
        sums[assignment[i]].emplace_back(t, w / vectors[i].norm);
    for (std::size_t c = 0; c < centers.size(); ++c)
      if (!sums[c].empty()) centers[c] = SparseVector::FromPairs(std::move(sums[c]));
  }
  return assignment;
}

}  // namespace precis::select
