#include "select/lexrank.h"

#include "select/greedy.h"
#include "select/pagerank.h"
#include "select/term_vectors.h"

namespace precis::select {

Selection LexRankMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  TermVectors vectors(model);
  std::vector<double> weights(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      double sim = vectors.Cosine(i, j);
      if (sim >= kEdgeThreshold) weights[i * n + j] = weights[j * n + i] = sim;
    }
  }
  Selection out;
  out.scores = PageRank(n, weights);
  out.chosen = SelectByScore(model, budget, out.scores, vectors, kMeadMaxCosine);
  return out;
}

}  // namespace precis::select
