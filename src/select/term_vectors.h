// TF-IDF vectors of a ClusterModel's sentences over their content terms, and
// cosine similarity. IDF is smoothed over the cluster's documents,
// idf(t) = ln((1 + N) / (1 + df(t))) + 1, so a one-document cluster still has
// non-zero weights. A TermVectors is immutable once built and thread-safe.
#ifndef PRECIS_SELECT_TERM_VECTORS_H_
#define PRECIS_SELECT_TERM_VECTORS_H_

#include <cstddef>
#include <mutex>
#include <utility>
#include <vector>

#include "select/cluster_model.h"

namespace precis::select {

// A sparse vector: (term id, weight) sorted by term id, weights non-zero.
struct SparseVector {
  std::vector<std::pair<int, double>> entries;
  double norm = 0;  // Euclidean norm of the weights

  // Sorts and merges (term, weight) pairs, then sets the norm.
  static SparseVector FromPairs(std::vector<std::pair<int, double>> pairs);
};

double Dot(const SparseVector& a, const SparseVector& b);
// Cosine of the angle between a and b; 0 when either is empty.
double Cosine(const SparseVector& a, const SparseVector& b);

std::vector<double> SmoothedIdf(const ClusterModel& model);

class TermVectors {
 public:
  explicit TermVectors(const ClusterModel& model);

  std::size_t size() const { return vectors_.size(); }
  const SparseVector& operator[](std::size_t i) const { return vectors_[i]; }
  const std::vector<double>& idf() const { return idf_; }
  double Cosine(std::size_t i, std::size_t j) const;
  // Cosine(i, j), and in `shared` the number of terms the two vectors share.
  double CosineAndShared(std::size_t i, std::size_t j, std::size_t& shared) const;

  // TF-IDF vector of a bag of term ids (e.g. the query terms).
  SparseVector Weigh(const std::vector<int>& terms) const;
  // The cluster centroid: the mean TF-IDF vector per document, each sentence
  // counted as often as documents carry it (SentenceUnit::copies). Made on
  // the first call (most methods never ask); the model must still live then.
  const SparseVector& centroid() const;

 private:
  const ClusterModel* model_;
  std::vector<double> idf_;
  std::vector<SparseVector> vectors_;
  mutable std::once_flag centroid_once_;
  mutable SparseVector centroid_;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_TERM_VECTORS_H_
