// The concepts of Gillick & Favre's ILP (as in ICSI's summarizer): bigrams of
// adjacent stemmed words, punctuation tokens dropped first, skipping bigrams
// made only of stopwords. A concept weighs the number of documents containing
// it (a sentence carried by k documents counts k, capped at the cluster size).
// Concepts in fewer than 3 documents are dropped; the threshold falls to 2,
// then 1, when fewer than kMinConcepts concepts would be left.
#ifndef PRECIS_SELECT_CONCEPTS_H_
#define PRECIS_SELECT_CONCEPTS_H_

#include <cstddef>
#include <vector>

#include "select/cluster_model.h"

namespace precis::select {

struct ConceptIndex {
  static constexpr std::size_t kMinConcepts = 10;

  std::vector<double> weights;                      // concept id -> weight
  std::vector<std::vector<int>> sentence_concepts;  // sentence -> sorted distinct concept ids
  int min_docs = 1;                                 // the document threshold used

  // Total weight of the distinct concepts of the given sentences.
  double Coverage(const std::vector<std::size_t>& sentences) const;
};

ConceptIndex ExtractConcepts(const ClusterModel& model);

}  // namespace precis::select

#endif  // PRECIS_SELECT_CONCEPTS_H_
