// Weighted PageRank by power iteration (Brin & Page; used by LexRank and
// TextRank). `weights` is a dense n x n row-major matrix of edge weights
// i -> j (>= 0; the diagonal is ignored). Each row is normalised to
// transition probabilities; a node without out-weight jumps uniformly.
#ifndef PRECIS_SELECT_PAGERANK_H_
#define PRECIS_SELECT_PAGERANK_H_

#include <cstddef>
#include <vector>

namespace precis::select {

struct PageRankOptions {
  double damping = 0.85;    // probability of following an edge
  double tolerance = 1e-6;  // stop when the L1 change of an iteration is below
  int max_iterations = 1000;
};

// Stationary scores summing to 1 (empty for n == 0).
std::vector<double> PageRank(std::size_t n, const std::vector<double>& weights,
                             const PageRankOptions& options = {});

}  // namespace precis::select

#endif  // PRECIS_SELECT_PAGERANK_H_
