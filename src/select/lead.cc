#include "select/lead.h"

#include <algorithm>
#include <numeric>

#include "select/greedy.h"
#include "select/term_vectors.h"

namespace precis::select {

Selection LeadMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const std::size_t n = model.sentences.size();
  // Documents in date order; undated documents after dated ones, ties by index.
  std::vector<std::size_t> docs(model.docs.size());
  std::iota(docs.begin(), docs.end(), 0);
  std::stable_sort(docs.begin(), docs.end(), [&](std::size_t a, std::size_t b) {
    const std::string& da = model.docs[a].date;
    const std::string& db = model.docs[b].date;
    if (da.empty() != db.empty()) return db.empty();
    return da < db;
  });
  std::vector<std::vector<std::size_t>> by_doc(model.docs.size());
  for (std::size_t i = 0; i < n; ++i)
    if (model.sentences[i].doc < by_doc.size()) by_doc[model.sentences[i].doc].push_back(i);

  // The first document whole, then the others round-robin by position.
  std::vector<std::size_t> order;
  if (!docs.empty()) {
    order = by_doc[docs.front()];
    for (std::size_t pos = 0;; ++pos) {
      bool any = false;
      for (std::size_t k = 1; k < docs.size(); ++k) {
        if (pos < by_doc[docs[k]].size()) {
          order.push_back(by_doc[docs[k]][pos]);
          any = true;
        }
      }
      if (!any) break;
    }
  }
  Selection out;
  out.scores.assign(n, 0.0);
  for (std::size_t rank = 0; rank < order.size(); ++rank)
    out.scores[order[rank]] = 1.0 - static_cast<double>(rank) / static_cast<double>(order.size());
  TermVectors vectors(model);
  out.chosen = SelectByScore(model, budget, out.scores, vectors);
  return out;
}

}  // namespace precis::select
