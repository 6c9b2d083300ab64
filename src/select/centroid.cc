#include "select/centroid.h"

#include <algorithm>

#include "select/greedy.h"
#include "select/term_vectors.h"

namespace precis::select {
Selection CentroidMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  const std::size_t num_docs = model.docs.size();
  TermVectors vectors(model);
  std::vector<double> centroid(model.num_terms(), 0.0);
  for (const auto& [t, w] : vectors.centroid().entries) centroid[t] = w;

  std::vector<double> c(n, 0.0);
  std::vector<double> c_max(num_docs, 0.0);
  std::vector<std::size_t> first(num_docs, n), length(num_docs, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& [t, w] : vectors[i].entries) c[i] += centroid[t];
    const SentenceUnit& s = model.sentences[i];
    if (s.doc >= num_docs) continue;
    c_max[s.doc] = std::max(c_max[s.doc], c[i]);
    if (first[s.doc] == n || s.position < model.sentences[first[s.doc]].position) first[s.doc] = i;
    length[s.doc] = std::max({length[s.doc], model.docs[s.doc].sentences, s.position + 1});
  }

  Selection out;
  out.scores.assign(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceUnit& s = model.sentences[i];
    double score = c[i];
    if (s.doc < num_docs) {
      const double len = static_cast<double>(length[s.doc]);
      score += (len - static_cast<double>(s.position)) / len * c_max[s.doc];
      if (first[s.doc] < n) score += vectors.Cosine(i, first[s.doc]) * c_max[s.doc];
    }
    out.scores[i] = score;
  }
  out.chosen = SelectByScore(model, budget, out.scores, vectors, kMeadMaxCosine);
  return out;
}

}  // namespace precis::select
