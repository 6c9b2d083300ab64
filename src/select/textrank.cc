#include "select/textrank.h"

#include <algorithm>
#include <cmath>

#include "select/greedy.h"
#include "select/pagerank.h"
#include "select/term_vectors.h"

namespace precis::select {

double TextRankSimilarity(const std::vector<int>& a, std::size_t len_a, const std::vector<int>& b,
                          std::size_t len_b) {
  std::size_t common = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  if (common == 0) return 0;
  double denominator = std::log(static_cast<double>(len_a)) + std::log(static_cast<double>(len_b));
  if (denominator <= 0) denominator = 1;
  return static_cast<double>(common) / denominator;
}

Selection TextRankMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  std::vector<std::vector<int>> terms(n);
  std::vector<std::size_t> lengths(n);
  for (std::size_t i = 0; i < n; ++i) {
    terms[i] = model.ContentTerms(i);
    lengths[i] = terms[i].size();
    std::sort(terms[i].begin(), terms[i].end());
    terms[i].erase(std::unique(terms[i].begin(), terms[i].end()), terms[i].end());
  }
  std::vector<double> weights(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      weights[i * n + j] = weights[j * n + i] =
          TextRankSimilarity(terms[i], lengths[i], terms[j], lengths[j]);

  PageRankOptions options;
  options.tolerance = 1e-4;
  Selection out;
  out.scores = PageRank(n, weights, options);
  TermVectors vectors(model);
  out.chosen = SelectByScore(model, budget, out.scores, vectors);
  return out;
}

}  // namespace precis::select
