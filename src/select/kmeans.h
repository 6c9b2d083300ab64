// Spherical k-means over sentence TF-IDF vectors (cosine), deterministic:
// farthest-first seeding from the sentence nearest the cluster centroid, then
// Lloyd iterations until no sentence moves (at most `max_iterations`).
// Sentences without content terms go to cluster 0.
#ifndef PRECIS_SELECT_KMEANS_H_
#define PRECIS_SELECT_KMEANS_H_

#include <cstddef>
#include <vector>

#include "select/term_vectors.h"

namespace precis::select {

// Cluster index of each sentence, in [0, min(k, sentences with content)) or 0.
std::vector<std::size_t> KMeansClusters(const TermVectors& vectors, std::size_t k,
                                        int max_iterations = 20);

}  // namespace precis::select

#endif  // PRECIS_SELECT_KMEANS_H_
