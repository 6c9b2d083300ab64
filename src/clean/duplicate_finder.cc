#include "clean/duplicate_finder.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "base/flat_id_map.h"
#include "base/hash.h"

namespace precis::clean {
namespace {

// The fewest terms two sets of `na` and `nb` terms must share for their
// Jaccard similarity to reach `threshold` (similarity grows with the terms in
// common); more than min(na, nb) when none is enough.
std::size_t NeedCommon(std::size_t na, std::size_t nb, double threshold) {
  auto reaches = [&](std::size_t common) {
    const std::size_t uni = na + nb - common;
    return uni > 0 && static_cast<double>(common) / static_cast<double>(uni) >= threshold;
  };
  const std::size_t most = std::min(na, nb);
  // About threshold * (na + nb) / (1 + threshold); found from just below
  // that, with the division above, so that rounding agrees.
  const double estimate =
      threshold > 0 ? threshold * static_cast<double>(na + nb) / (1 + threshold) : 0;
  std::size_t need = estimate >= 2 ? static_cast<std::size_t>(estimate) - 2 : 0;
  while (need <= most && !reaches(need)) ++need;
  return need;
}

// Whether sorted sets `a` and `b` share at least `need` terms; the merge
// stops as soon as the terms left cannot make that up.
bool ShareAtLeast(std::span<const int> a, std::span<const int> b, std::size_t need) {
  const std::size_t na = a.size(), nb = b.size();
  if (need > std::min(na, nb)) return false;
  std::size_t common = 0, i = 0, j = 0;
  while (i < na && j < nb) {
    if (common + std::min(na - i, nb - j) < need) return false;
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return common >= need;
}

// One bit per term (a 64-bit sketch of a set): a term whose bit another
// set's sketch lacks is surely not in that set.
std::uint64_t TermBit(int term) {
  return std::uint64_t{1} << ((static_cast<std::uint64_t>(term) * 0x9E3779B97F4A7C15ULL) >> 58);
}

std::size_t HashOf(std::span<const int> set) {
  std::size_t h = set.size();
  for (int t : set) h = (h ^ static_cast<std::size_t>(t)) * 0x100000001b3ULL;
  return h;
}

// A key term shared by more sentences than this is common in the cluster
// (text over a small vocabulary, a phrase every article repeats): only its
// first sentences are compared, so the work stays linear in the input.
constexpr std::size_t kMaxPostings = 32;

// The rarest terms of a sentence by which it is indexed.
constexpr std::size_t kKeys = 2;

}  // namespace

TermSets::TermSets(const std::vector<std::vector<int>>& sets) {
  std::size_t terms = 0;
  for (const auto& set : sets) terms += set.size();
  Reserve(sets.size(), terms);
  for (const auto& set : sets) Add(set);
}

void TermSets::Reserve(std::size_t sentences, std::size_t terms) {
  begin_.reserve(sentences + 1);
  terms_.reserve(terms);
}

void TermSets::Add(std::span<const int> terms) {
  terms_.insert(terms_.end(), terms.begin(), terms.end());
  begin_.push_back(terms_.size());
}

void TermSets::SortAndDedupe() {
  std::size_t out = 0;
  for (std::size_t i = 0; i + 1 < begin_.size(); ++i) {
    const auto first = terms_.begin() + static_cast<std::ptrdiff_t>(begin_[i]);
    const auto last = terms_.begin() + static_cast<std::ptrdiff_t>(begin_[i + 1]);
    std::sort(first, last);
    const auto end = std::unique(first, last);
    begin_[i] = out;  // sentences before i are already moved down
    out = static_cast<std::size_t>(
        std::move(first, end, terms_.begin() + static_cast<std::ptrdiff_t>(out)) - terms_.begin());
  }
  begin_.back() = out;
  terms_.resize(out);
}

std::vector<std::size_t> FindDuplicates(const std::vector<std::vector<int>>& sets,
                                        double threshold) {
  return FindDuplicates(TermSets(sets), threshold);
}

std::vector<std::size_t> FindDuplicates(TermSets sets, double threshold) {
  const std::size_t n = sets.size();
  std::vector<std::size_t> canonical(n);
  sets.SortAndDedupe();
  // Terms by slot (in order of first appearance), found once per occurrence.
  // Sentence i's: slots[slot_begin[i] + j] for its j-th term. Terms that are
  // small non-negative numbers (as the pipeline's are) are their own slots;
  // others are numbered through a map.
  std::size_t occurrences = 0;
  int low = 0, high = -1;
  for (std::size_t i = 0; i < n; ++i)
    for (int t : sets[i]) {
      ++occurrences;
      low = std::min(low, t);
      high = std::max(high, t);
    }
  const bool dense = low >= 0 && static_cast<std::size_t>(high) < 4 * occurrences + 1024;
  // Dense terms are read from `sets` directly (a copy of every term of a
  // large cluster is megabytes).
  FlatIdMap slot_of;
  std::vector<std::uint32_t> slots;
  std::vector<std::size_t> slot_begin;
  if (!dense) {
    slots.reserve(occurrences);
    slot_begin.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
      for (int t : sets[i]) slots.push_back(slot_of.Insert(static_cast<std::uint64_t>(t)).first);
      slot_begin[i + 1] = slots.size();
    }
  }
  auto slot = [&](std::size_t i, std::size_t j) {
    return dense ? static_cast<std::uint32_t>(sets[i][j]) : slots[slot_begin[i] + j];
  };
  const std::size_t slot_count = dense ? static_cast<std::size_t>(high + 1) : slot_of.size();
  // How many sentences carry each term: rare terms make the best keys.
  // (32 bits, saturating: an array per distinct term of a large cluster.)
  std::vector<std::uint32_t> frequency(slot_count, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < sets[i].size(); ++j)
      if (std::uint32_t& f = frequency[slot(i, j)]; f < UINT32_MAX) ++f;
  // Key term (by slot) -> canonical sentences, each with its size and
  // sketch: most candidates are refused from these, without reading their
  // terms (at scale each sentence read is a cache miss).
  // (16 bytes: a cluster of 4G sentences would be 100 GB of text; beyond
  // that, sentences are matched by their exact term sets only.)
  // Each key's postings are a list in one pool, newest first (the order
  // they are read in does not matter: the earliest match wins): a vector
  // per key of a large cluster cost as much again in allocations.
  struct Posting {
    std::uint32_t sentence;
    std::uint32_t size;
    std::uint64_t sketch;
  };
  constexpr std::uint32_t kEnd = UINT32_MAX;
  std::vector<Posting> pool;
  std::vector<std::uint32_t> next_posting;  // the key's posting added before, or kEnd
  // Sized once (at most two keys a sentence): a doubling array's copy of a
  // large cluster's postings would be the peak of its memory.
  std::size_t with_terms = 0;
  for (std::size_t i = 0; i < n; ++i) with_terms += !sets[i].empty();
  pool.reserve(std::min<std::size_t>(kKeys * with_terms, kEnd));
  next_posting.reserve(pool.capacity());
  std::vector<std::uint32_t> first_posting(slot_count, kEnd);
  std::vector<std::uint8_t> postings_of(slot_count, 0);  // at most kMaxPostings
  std::vector<std::uint64_t> bits;                       // of the sentence's terms
  // Identical term sets are found by hash whatever the index holds: the
  // sentences with distinct sets of one hash are chained, from the last
  // (at most one of them has a given set, so the order does not matter).
  // An open-addressing table (at most half full) of the last sentence of
  // each hash, + 1 (0: empty), over the sentences' hashes. (Sentences past
  // 4G are not entered: see above.)
  std::vector<std::uint64_t> hash_of(n, 0);
  std::size_t table_size = 16;
  while (table_size < 2 * with_terms) table_size *= 2;
  std::vector<std::uint32_t> last_of_hash(table_size, 0);
  const std::size_t table_mask = table_size - 1;
  constexpr std::uint32_t kNone = UINT32_MAX;
  std::vector<std::uint32_t> before(n, kNone);  // the one with its hash added before it
  struct Key {
    std::size_t frequency;
    int term;
    std::uint32_t slot;
  };
  std::vector<Key> by_rarity;
  for (std::size_t i = 0; i < n; ++i) {
    canonical[i] = i;
    if (sets[i].empty()) continue;
    const std::uint64_t hash = HashOf(sets[i]);
    hash_of[i] = hash;
    std::size_t hash_slot = Mix64(hash) & table_mask;
    while (last_of_hash[hash_slot] != 0 && hash_of[last_of_hash[hash_slot] - 1] != hash)
      hash_slot = (hash_slot + 1) & table_mask;
    std::uint32_t same = last_of_hash[hash_slot] == 0 ? kNone : last_of_hash[hash_slot] - 1;
    while (same != kNone && !std::ranges::equal(sets[same], sets[i])) same = before[same];
    if (same != kNone) {
      canonical[i] = canonical[same];
      continue;
    }
    if (i < kNone - 1) {
      before[i] = last_of_hash[hash_slot] == 0 ? kNone : last_of_hash[hash_slot] - 1;
      last_of_hash[hash_slot] = static_cast<std::uint32_t>(i + 1);
    }
    // The rarest terms (ties: the smaller id), each frequency looked up once.
    by_rarity.clear();
    for (std::size_t j = 0; j < sets[i].size(); ++j)
      by_rarity.push_back({frequency[slot(i, j)], sets[i][j], slot(i, j)});
    const std::size_t count = std::min(kKeys, by_rarity.size());
    std::partial_sort(by_rarity.begin(), by_rarity.begin() + count, by_rarity.end(),
                      [](const Key& a, const Key& b) {
                        return a.frequency != b.frequency ? a.frequency < b.frequency
                                                          : a.term < b.term;
                      });
    std::uint32_t keys[kKeys];
    for (std::size_t j = 0; j < count; ++j) keys[j] = by_rarity[j].slot;
    // A near-duplicate shares most terms, so with two keys it shares at least
    // one of them unless the sentences are very short.
    const std::size_t size = sets[i].size();
    bits.clear();
    std::uint64_t sketch = 0;
    for (int t : sets[i]) sketch |= bits.emplace_back(TermBit(t));
    std::size_t best = i;
    for (std::size_t j = 0; j < count; ++j) {
      for (std::uint32_t at = first_posting[keys[j]]; at != kEnd; at = next_posting[at]) {
        const Posting& p = pool[at];
        const std::size_t c = p.sentence;
        if (c >= best) continue;
        // Jaccard is at most the ratio of the two sizes.
        const double small = static_cast<double>(std::min<std::size_t>(size, p.size));
        const double large = static_cast<double>(std::max<std::size_t>(size, p.size));
        if (small < threshold * large) continue;
        const std::size_t need = NeedCommon(size, p.size, threshold);
        std::size_t possible = 0;
        for (std::uint64_t bit : bits) possible += (p.sketch & bit) != 0;
        if (possible >= need && ShareAtLeast(sets[i], sets[c], need)) best = c;
      }
    }
    canonical[i] = best;
    if (best != i) continue;
    for (std::size_t j = 0; j < count; ++j) {
      const std::uint32_t key = keys[j];
      if (postings_of[key] < kMaxPostings && i <= UINT32_MAX && size <= UINT32_MAX &&
          pool.size() < kEnd) {
        pool.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(size), sketch});
        next_posting.push_back(first_posting[key]);
        first_posting[key] = static_cast<std::uint32_t>(pool.size() - 1);
        ++postings_of[key];
      }
    }
  }
  return canonical;
}

}  // namespace precis::clean
