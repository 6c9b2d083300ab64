// Near-duplicate sentences across the articles of a cluster (wire copy is
// reprinted everywhere): each sentence is mapped to the first sentence it
// repeats. Linear: candidates come from an index of each sentence's two
// rarest terms, holding at most 32 sentences per term; identical term sets
// are matched by hash. Pure function; thread-safe.
#ifndef PRECIS_CLEAN_DUPLICATE_FINDER_H_
#define PRECIS_CLEAN_DUPLICATE_FINDER_H_

#include <cstddef>
#include <vector>

namespace precis::clean {

// `terms[i]`: content-term ids of sentence i, sentences in document order
// (taken by value: they are sorted in place, so a caller done with them
// moves them in and no copy is made).
// Returns, for each sentence, the index of the earliest sentence whose term
// set has Jaccard similarity >= `threshold` with it (itself when none).
std::vector<std::size_t> FindDuplicates(std::vector<std::vector<int>> terms,
                                        double threshold = 0.7);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_DUPLICATE_FINDER_H_
