#include "select/greedy.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/ascii.h"

namespace precis::select {
namespace {

class FixedScores final : public GreedyObjective {
 public:
  explicit FixedScores(const std::vector<double>& scores) : scores_(scores) {}
  double Gain(std::size_t i) override { return scores_[i]; }
  void Add(std::size_t) override {}

 private:
  const std::vector<double>& scores_;
};

}  // namespace

std::vector<std::size_t> GreedySelect(const ClusterModel& model, const LengthBudget& budget,
                                      GreedyObjective& objective, const GreedyOptions& options) {
  const std::size_t n = model.sentences.size();
  std::vector<std::size_t> cost(n);
  std::vector<double> scale(n, 1.0);
  std::vector<std::size_t> open;  // still eligible: fits, allowed, not redundant
  for (std::size_t i = 0; i < n; ++i) {
    cost[i] = budget.Cost(model.sentences[i]);
    if (options.cost_exponent != 0)
      scale[i] =
          std::pow(static_cast<double>(std::max<std::size_t>(1, cost[i])), options.cost_exponent);
    if (cost[i] <= budget.limit && (!options.allowed || (*options.allowed)[i])) open.push_back(i);
  }
  auto contentless = [&](std::size_t i) {
    const auto& tokens = model.sentences[i].tokens;
    return std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return !t.stop; });
  };
  if (options.skip_contentless && !std::all_of(open.begin(), open.end(), contentless))
    std::erase_if(open, contentless);

  std::vector<std::size_t> chosen;
  std::size_t used = 0;
  double total_gain = 0;
  std::size_t best_single = n;
  double best_single_gain = -std::numeric_limits<double>::infinity();
  while (!open.empty()) {
    objective.StartRound(open);
    std::size_t best = n;
    double best_key = 0, best_gain = 0;
    for (std::size_t i : open) {
      double gain = objective.Gain(i);
      if (std::isinf(gain) && gain < 0) continue;
      if (chosen.empty() && gain > best_single_gain) {
        best_single_gain = gain;
        best_single = i;
      }
      double key = gain / scale[i];
      if (best == n || key > best_key) {
        best = i;
        best_key = key;
        best_gain = gain;
      }
    }
    if (best == n) break;
    if (options.stop_without_gain && best_gain <= 0 && !chosen.empty()) break;
    chosen.push_back(best);
    used += cost[best];
    total_gain += best_gain;
    objective.Add(best);
    std::erase_if(open, [&](std::size_t i) {
      if (i == best || cost[i] > budget.limit - used) return true;
      return SameContent(options, i, best, options.max_cosine);
    });
  }
  if (options.compare_best_singleton && best_single < n && best_single_gain > total_gain)
    return {best_single};
  return chosen;
}

namespace {

std::size_t Common(const std::vector<int>& a, const std::vector<int>& b) {
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return common;
}

}  // namespace

double Jaccard(const std::vector<int>& a, const std::vector<int>& b) {
  const std::size_t common = Common(a, b);
  const std::size_t all = a.size() + b.size() - common;
  return all == 0 ? 0 : static_cast<double>(common) / static_cast<double>(all);
}

double Containment(const std::vector<int>& a, const std::vector<int>& b) {
  return a.empty() ? 0 : static_cast<double>(Common(a, b)) / static_cast<double>(a.size());
}

std::vector<int> SortedSet(std::vector<int> terms) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

std::vector<std::uint64_t> PassageSet(const ClusterModel& model, std::size_t sentence) {
  const auto& tokens = model.sentences[sentence].tokens;
  std::vector<std::uint64_t> out;
  if (tokens.size() >= kPassageTokens) out.reserve(tokens.size() - kPassageTokens + 1);
  for (std::size_t k = 0; k + kPassageTokens <= tokens.size(); ++k) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the term ids
    for (std::size_t t = k; t < k + kPassageTokens; ++t) {
      h ^= static_cast<std::uint64_t>(static_cast<std::uint32_t>(tokens[t].term));
      h *= 1099511628211ull;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

PassageCache::PassageCache(const ClusterModel& model)
    : model_(model),
      sets_(model.sentences.size()),
      made_(model.sentences.size(), false),
      quoted_(model.sentences.size()),
      quoted_made_(model.sentences.size(), 0) {}

const std::vector<std::uint64_t>& PassageCache::QuotedOf(std::size_t sentence) const {
  if (!quoted_made_[sentence]) {
    quoted_[sentence] = QuotedRuns(model_.sentences[sentence].text);
    quoted_made_[sentence] = 1;
  }
  return quoted_[sentence];
}

std::vector<std::uint64_t> QuotedRuns(std::string_view sentence) {
  std::vector<std::uint64_t> out;
  // (Most sentences quote nobody: to the first mark, or the first byte of a
  // curly one, in one pass.)
  std::size_t first = 0;
  while (first < sentence.size() && sentence[first] != '"' && sentence[first] != '\xE2') ++first;
  if (first == sentence.size()) return out;
  // The words between marks, each run of them its own piece: a straight
  // mark opens or closes by turns; a piece of a quotation open at either
  // end counts too.
  std::vector<std::uint64_t> words;  // the piece's words, hashed
  auto flush = [&] {
    for (std::size_t k = 0; k + kQuotedRunWords <= words.size(); ++k) {
      std::uint64_t h = 1469598103934665603ull;
      for (std::size_t t = k; t < k + kQuotedRunWords; ++t) h = (h ^ words[t]) * 1099511628211ull;
      out.push_back(h);
    }
    words.clear();
  };
  bool inside = false;
  for (std::size_t i = first; i < sentence.size();) {
    const auto c = static_cast<unsigned char>(sentence[i]);
    const bool open = sentence.compare(i, 3, "\xE2\x80\x9C") == 0;
    const bool close = sentence.compare(i, 3, "\xE2\x80\x9D") == 0;
    if (c == '"' || open || close) {
      if (inside) flush();
      inside = open ? true : close ? false : !inside;
      i += c == '"' ? 1 : 3;
      continue;
    }
    if (!inside) {  // (to the next mark: the words outside are not hashed)
      ++i;
      while (i < sentence.size() && sentence[i] != '"' && sentence[i] != '\xE2') ++i;
      continue;
    }
    if (!IsAsciiAlnum(static_cast<char>(c))) {
      ++i;
      continue;
    }
    std::uint64_t h = 1469598103934665603ull;
    for (; i < sentence.size() && IsAsciiAlnum(sentence[i]); ++i)
      h = (h ^ static_cast<unsigned char>(AsciiLower(sentence[i]))) * 1099511628211ull;
    words.push_back(h);
  }
  if (inside) flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::uint64_t>& PassageCache::Of(std::size_t sentence) const {
  if (!made_[sentence]) {
    sets_[sentence] = PassageSet(model_, sentence);
    made_[sentence] = true;
  }
  return sets_[sentence];
}

namespace {

// The number of elements two sorted sets share.
template <typename T>
std::size_t Shared(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t common = 0;
  for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
    if (a[x] == b[y]) {
      ++common;
      ++x;
      ++y;
    } else {
      a[x] < b[y] ? ++x : ++y;
    }
  }
  return common;
}

}  // namespace

bool SameContent(const GreedyOptions& options, std::size_t i, std::size_t j, double max_cosine) {
  // The content terms the two share, when one merge gives them with the cosine.
  std::size_t shared = 0;
  const bool one_merge =
      options.vectors && options.content_sets && options.content_sets_are_vector_terms;
  const double cosine = one_merge         ? options.vectors->CosineAndShared(i, j, shared)
                        : options.vectors ? options.vectors->Cosine(i, j)
                                          : 1;
  if (options.vectors && cosine > max_cosine) return true;
  if (options.content_sets) {
    const auto& ti = (*options.content_sets)[i];
    const auto& tj = (*options.content_sets)[j];
    if (!one_merge) shared = Shared(ti, tj);
    const std::size_t all = ti.size() + tj.size() - shared;
    const double jaccard = all == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(all);
    if (jaccard >= options.max_jaccard) return true;
    if (options.vectors && jaccard >= options.retelling_jaccard &&
        cosine >= options.retelling_cosine)
      return true;
    if (options.count_sets) {
      const auto& ci = (*options.count_sets)[i];
      const auto& cj = (*options.count_sets)[j];
      if (!ci.empty() && !cj.empty()) {
        const std::size_t counts = Shared(ci, cj);
        if (counts > 0 &&
            static_cast<double>(counts + shared) >=
                options.fact_share *
                    static_cast<double>(std::min(ci.size() + ti.size(), cj.size() + tj.size())))
          return true;
      }
    }
  }
  // (Sentences sharing a passage or a quotation share its terms: below
  // kPassageMinCosine the runs need no comparing.)
  return options.passages && cosine >= kPassageMinCosine &&
         (SharePassage(options.passages->Of(i), options.passages->Of(j)) ||
          Shared(options.passages->QuotedOf(i), options.passages->QuotedOf(j)) > 0);
}

bool SharePassage(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  const std::size_t common = Shared(a, b);
  if (common == 0) return false;
  // The shared words (a run of n tokens holds n - kPassageTokens + 1 runs)
  // against the shorter sentence's.
  const double shared = static_cast<double>(common + kPassageTokens - 1);
  const double shorter = static_cast<double>(std::min(a.size(), b.size()) + kPassageTokens - 1);
  return shared >= kPassageShare * shorter;
}

std::vector<std::vector<int>> ContentSets(const ClusterModel& model) {
  std::vector<std::vector<int>> out(model.sentences.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = SortedSet(model.ContentTerms(i));
  return out;
}

std::vector<std::size_t> SelectByScore(const ClusterModel& model, const LengthBudget& budget,
                                       const std::vector<double>& scores,
                                       const TermVectors& vectors, double max_cosine) {
  FixedScores objective(scores);
  GreedyOptions options;
  options.vectors = &vectors;
  options.max_cosine = max_cosine;
  return GreedySelect(model, budget, objective, options);
}

}  // namespace precis::select
