// Near-duplicate sentences across the articles of a cluster (wire copy is
// reprinted everywhere): each sentence is mapped to the first sentence it
// repeats. Linear: candidates come from an index of each sentence's two
// rarest terms, holding at most 32 sentences per term; identical term sets
// are matched by hash. Pure function; thread-safe.
#ifndef PRECIS_CLEAN_DUPLICATE_FINDER_H_
#define PRECIS_CLEAN_DUPLICATE_FINDER_H_

#include <cstddef>
#include <span>
#include <vector>

namespace precis::clean {

// Sentences' content-term ids in one array (a vector per sentence of a large
// cluster costs as much again in headers and allocations).
class TermSets {
 public:
  TermSets() = default;
  explicit TermSets(const std::vector<std::vector<int>>& sets);
  // Room for `sentences` sentences and `terms` ids in all.
  void Reserve(std::size_t sentences, std::size_t terms);
  // Appends a sentence: its terms, in any order, repeats allowed.
  void Add(std::span<const int> terms);
  // Starts a sentence whose terms the next Push() calls give.
  void Open() { begin_.push_back(terms_.size()); }
  void Push(int term) {
    terms_.push_back(term);
    ++begin_.back();
  }
  std::size_t size() const { return begin_.size() - 1; }
  std::span<int> operator[](std::size_t i) {
    return std::span<int>(terms_).subspan(begin_[i], begin_[i + 1] - begin_[i]);
  }
  std::span<const int> operator[](std::size_t i) const {
    return std::span<const int>(terms_).subspan(begin_[i], begin_[i + 1] - begin_[i]);
  }
  // Sorts each sentence's terms and drops repeats, in place.
  void SortAndDedupe();

 private:
  std::vector<int> terms_;
  std::vector<std::size_t> begin_{0};  // sentence i: [begin_[i], begin_[i + 1])
};

// `sets[i]`: content-term ids of sentence i, sentences in document order
// (taken by value: they are sorted in place, so a caller done with them
// moves them in and no copy is made).
// Returns, for each sentence, the index of the earliest sentence whose term
// set has Jaccard similarity >= `threshold` with it (itself when none).
std::vector<std::size_t> FindDuplicates(TermSets sets, double threshold = 0.7);
std::vector<std::size_t> FindDuplicates(const std::vector<std::vector<int>>& sets,
                                        double threshold = 0.7);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_DUPLICATE_FINDER_H_
