#include "select/term_vectors.h"

#include <algorithm>
#include <cmath>

namespace precis::select {

SparseVector SparseVector::FromPairs(std::vector<std::pair<int, double>> pairs) {
  std::sort(pairs.begin(), pairs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  SparseVector v;
  for (const auto& [term, weight] : pairs) {
    if (!v.entries.empty() && v.entries.back().first == term)
      v.entries.back().second += weight;
    else
      v.entries.emplace_back(term, weight);
  }
  std::erase_if(v.entries, [](const auto& e) { return e.second == 0; });
  double sq = 0;
  for (const auto& e : v.entries) sq += e.second * e.second;
  v.norm = std::sqrt(sq);
  return v;
}

namespace {

// The dot product of a and b, and in `shared` the number of terms they share.
double DotAndShared(const SparseVector& a, const SparseVector& b, std::size_t& shared) {
  double sum = 0;
  shared = 0;
  auto i = a.entries.begin();
  auto j = b.entries.begin();
  while (i != a.entries.end() && j != b.entries.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      sum += i->second * j->second;
      ++shared;
      ++i;
      ++j;
    }
  }
  return sum;
}

double CosineAndShared(const SparseVector& a, const SparseVector& b, std::size_t& shared) {
  const double dot = DotAndShared(a, b, shared);
  if (a.norm == 0 || b.norm == 0) return 0;
  return dot / (a.norm * b.norm);
}

}  // namespace

double Dot(const SparseVector& a, const SparseVector& b) {
  std::size_t shared = 0;
  return DotAndShared(a, b, shared);
}

double Cosine(const SparseVector& a, const SparseVector& b) {
  std::size_t shared = 0;
  return CosineAndShared(a, b, shared);
}

std::vector<double> SmoothedIdf(const ClusterModel& model) {
  const double n = static_cast<double>(model.docs.size());
  std::vector<double> idf(model.num_terms(), 1.0);
  for (std::size_t t = 0; t < idf.size() && t < model.doc_freq.size(); ++t)
    idf[t] = std::log((1 + n) / (1 + model.doc_freq[t])) + 1;
  return idf;
}

TermVectors::TermVectors(const ClusterModel& model) : model_(&model), idf_(SmoothedIdf(model)) {
  vectors_.reserve(model.sentences.size());
  std::vector<int> terms;
  for (const SentenceUnit& s : model.sentences) {
    terms.clear();
    for (const Token& t : s.tokens)
      if (!t.stop) terms.push_back(t.term);
    std::sort(terms.begin(), terms.end());
    // As FromPairs would make it: each occurrence adds the term's idf.
    SparseVector v;
    v.entries.reserve(terms.size());
    for (std::size_t k = 0; k < terms.size(); ++k) {
      if (k > 0 && terms[k] == terms[k - 1])
        v.entries.back().second += idf_[terms[k]];
      else
        v.entries.emplace_back(terms[k], idf_[terms[k]]);
    }
    std::erase_if(v.entries, [](const auto& e) { return e.second == 0; });
    double sq = 0;
    for (const auto& e : v.entries) sq += e.second * e.second;
    v.norm = std::sqrt(sq);
    vectors_.push_back(std::move(v));
  }
}

const SparseVector& TermVectors::centroid() const {
  std::call_once(centroid_once_, [this] {
    std::vector<std::pair<int, double>> centroid;
    for (std::size_t i = 0; i < vectors_.size(); ++i) {
      const double copies =
          static_cast<double>(std::max<std::size_t>(1, model_->sentences[i].copies));
      for (const auto& [t, w] : vectors_[i].entries) centroid.emplace_back(t, w * copies);
    }
    const double docs = static_cast<double>(std::max<std::size_t>(1, model_->docs.size()));
    for (auto& e : centroid) e.second /= docs;
    centroid_ = SparseVector::FromPairs(std::move(centroid));
  });
  return centroid_;
}

double TermVectors::Cosine(std::size_t i, std::size_t j) const {
  return select::Cosine(vectors_[i], vectors_[j]);
}

double TermVectors::CosineAndShared(std::size_t i, std::size_t j, std::size_t& shared) const {
  return select::CosineAndShared(vectors_[i], vectors_[j], shared);
}

SparseVector TermVectors::Weigh(const std::vector<int>& terms) const {
  std::vector<std::pair<int, double>> pairs;
  for (int t : terms)
    if (t >= 0 && static_cast<std::size_t>(t) < idf_.size()) pairs.emplace_back(t, idf_[t]);
  return SparseVector::FromPairs(std::move(pairs));
}

}  // namespace precis::select
