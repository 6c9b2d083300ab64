#include "rouge/rouge_scorer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "rouge/rouge_input.h"
#include "rouge/rouge_tokenizer.h"

namespace precis {

// Everything a text needs for every metric, computed once: token ids of the
// truncated text (n-grams, skip-bigrams, clipping counts) and of the units
// ROUGE-L/W see, plus sorted n-gram and skip-bigram counts for linear merges.
struct RougeText::Data {
  const void* owner = nullptr;
  std::vector<uint32_t> tokens;       // the truncated text, all units joined
  std::vector<uint32_t> lcs_tokens;   // the ROUGE-L/W units, flattened
  std::vector<uint32_t> lcs_offsets;  // unit k is [lcs_offsets[k], lcs_offsets[k+1])
  std::vector<std::pair<uint32_t, uint32_t>> unigrams;  // (id, count), by id
  // ngrams[n-1]: (start in tokens, count) for each distinct n-gram, sorted.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> ngrams;
  // Distinct skip-bigram keys with their counts, by key (CountSkipBigrams):
  // [0] without unigrams, [1] with.
  std::vector<std::pair<uint64_t, uint32_t>> skip[2];
  uint64_t skip_total[2] = {0, 0};
  // Skip-bigrams the text would have, when past kRougeMaxSkipBigrams (and not built).
  uint64_t skip_overflow = 0;
};

namespace rouge {

std::string FormatRouge(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return buf;
}

double RoundRouge(double x) {
  // x * 10^5 rounded to an integer q exactly as printf rounds it (to nearest,
  // ties to even, on the exact binary value), then q / 10^5: one correctly
  // rounded division, the double strtod reads back from the printed decimal.
  // Only values printf could print past 14 digits, NaN and infinities go
  // through the strings themselves.
  if (!(std::fabs(x) < 1e9)) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%7.5f", x);
    return std::strtod(buf, nullptr);
  }
  int exp = 0;
  const double m = std::frexp(std::fabs(x), &exp);  // |x| = m 2^exp, m in [0.5, 1) or 0
  const auto mantissa =
      static_cast<uint64_t>(std::ldexp(m, 53));  // exact: |x| = mantissa 2^(exp-53)
  const unsigned __int128 scaled = static_cast<unsigned __int128>(mantissa) * 100000u;
  const int shift = 53 - exp;  // |x| 10^5 = scaled / 2^shift
  uint64_t q = 0;
  if (shift <= 0) {
    q = static_cast<uint64_t>(scaled << -shift);
  } else if (shift < 128) {
    const unsigned __int128 one = 1;
    q = static_cast<uint64_t>(scaled >> shift);
    const unsigned __int128 rest = scaled & ((one << shift) - 1);
    const unsigned __int128 half = one << (shift - 1);
    if (rest > half || (rest == half && (q & 1) != 0)) ++q;
  }
  const double rounded = static_cast<double>(q) / 100000.0;
  return std::signbit(x) ? -rounded : rounded;
}

RougeScore ScoreFromRatios(double recall, double precision, double alpha) {
  RougeScore s;
  s.recall = RoundRouge(recall);
  s.precision = RoundRouge(precision);
  double denominator = (1 - alpha) * s.precision + alpha * s.recall;
  s.f = denominator > 0 ? RoundRouge((s.precision * s.recall) / denominator) : 0.0;
  return s;
}

RougeScore ScoreFromCounts(double hit, double model_count, double peer_count, double alpha) {
  return ScoreFromRatios(model_count != 0 ? hit / model_count : 0.0,
                         peer_count != 0 ? hit / peer_count : 0.0, alpha);
}

}  // namespace rouge

namespace {

using Counts = std::vector<std::pair<uint32_t, uint32_t>>;

enum : uint8_t { kDiagonal, kUp, kLeft };

// Scratch of a text's counting (RankTokens, CountNgrams, CountSkipBigrams),
// reused from text to text.
struct CountScratch {
  static constexpr uint32_t kUnseen = 0xFFFFFFFFu;
  std::vector<uint32_t> slot_of_id;  // by token id: kUnseen, or its rank in `ids`
  std::vector<uint32_t> ids;         // the text's distinct token ids, increasing
  std::vector<uint32_t> unigram;     // unigram[i]: rank of token i among `ids`
  std::vector<uint32_t> rank;        // rank[i]: the (n-1)-gram starting at i
  std::vector<uint32_t> order, other, bucket;
  std::vector<uint64_t> keys, sorted;
};

// The text's distinct token ids in increasing order (z.ids), and each
// token's rank among them (z.unigram): ranks order as the ids do, and are
// dense, so the counting below sorts by them with counting sorts.
void RankTokens(const std::vector<uint32_t>& tokens, CountScratch& z) {
  z.ids.clear();
  for (uint32_t id : tokens) {
    if (id >= z.slot_of_id.size()) z.slot_of_id.resize(id + 1, CountScratch::kUnseen);
    if (z.slot_of_id[id] == CountScratch::kUnseen) {
      z.slot_of_id[id] = 0;
      z.ids.push_back(id);
    }
  }
  std::sort(z.ids.begin(), z.ids.end());
  for (size_t r = 0; r < z.ids.size(); ++r) z.slot_of_id[z.ids[r]] = static_cast<uint32_t>(r);
  z.unigram.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) z.unigram[i] = z.slot_of_id[tokens[i]];
  for (uint32_t id : z.ids) z.slot_of_id[id] = CountScratch::kUnseen;
}

// Sorted distinct n-grams of `tokens` with their counts, for n = 1 .. max_n,
// each as (its first start, count), from the ranks RankTokens left in `z`.
// Level n orders the n-grams by the pair (rank of the (n-1)-gram at i, rank
// of token i+n-1), as comparing their n tokens would, with two stable
// counting sorts: linear per level however long or repetitive the n-grams
// are ("a a a ..." made direct comparisons of n tokens cost O(T log T n) per
// level).
std::vector<Counts> CountNgrams(const std::vector<uint32_t>& tokens, int max_n, CountScratch& z) {
  std::vector<Counts> out(static_cast<size_t>(std::max(max_n, 0)));
  const size_t t = tokens.size();
  if (out.empty() || t == 0) return out;
  const size_t u = z.ids.size();
  {
    Counts& level = out[0];
    level.assign(u, {0, 0});
    for (size_t i = t; i-- > 0;) level[z.unigram[i]].first = static_cast<uint32_t>(i);
    for (size_t i = 0; i < t; ++i) ++level[z.unigram[i]].second;
  }
  z.rank = z.unigram;
  size_t ranks = u;  // distinct (n-1)-grams
  for (size_t n = 2; n <= out.size() && n <= t; ++n) {
    const size_t total = t - n + 1;
    if (out[n - 2].size() == total + 1) {
      // Every (n-1)-gram is distinct, so the first n-1 tokens order the
      // n-grams: the previous level without the one that ends the text.
      for (const auto& [start, count] : out[n - 2])
        if (start < total) out[n - 1].emplace_back(start, count);
      continue;
    }
    // Starts 0 .. total-1 by the last token's rank, then (stably) by the
    // (n-1)-gram's rank.
    auto counting_sort = [&](const std::vector<uint32_t>& from, std::vector<uint32_t>& to,
                             size_t keys, auto key_of) {
      z.bucket.assign(keys + 1, 0);
      for (uint32_t i : from) ++z.bucket[key_of(i) + 1];
      for (size_t k = 1; k <= keys; ++k) z.bucket[k] += z.bucket[k - 1];
      to.resize(from.size());
      for (uint32_t i : from) to[z.bucket[key_of(i)]++] = i;
    };
    z.order.resize(total);
    for (size_t i = 0; i < total; ++i) z.order[i] = static_cast<uint32_t>(i);
    counting_sort(z.order, z.other, u, [&](uint32_t i) { return z.unigram[i + n - 1]; });
    counting_sort(z.other, z.order, ranks, [&](uint32_t i) { return z.rank[i]; });
    Counts& level = out[n - 1];
    uint32_t r = 0;
    // The new ranks go to `other` first: rank[] still orders the rest.
    z.other.resize(t);
    for (size_t a = 0; a < total; ++r) {
      const uint32_t first = z.order[a];
      size_t b = a + 1;
      while (b < total && z.rank[z.order[b]] == z.rank[first] &&
             z.unigram[z.order[b] + n - 1] == z.unigram[first + n - 1])
        ++b;
      level.emplace_back(first, static_cast<uint32_t>(b - a));
      for (size_t k = a; k < b; ++k) z.other[z.order[k]] = r;
      a = b;
    }
    for (size_t i = 0; i < total; ++i) z.rank[i] = z.other[i];
    ranks = r;
  }
  return out;
}

// How many keys CountSkipBigrams makes, without making them.
uint64_t SkipBigramCount(size_t n, int distance, bool unigrams) {
  if (n < 2) return 0;
  const uint64_t starts = n - 1;               // tokens that start pairs
  uint64_t pairs = starts * (starts + 1) / 2;  // every later token
  if (distance >= 0 && static_cast<uint64_t>(distance) + 1 < starts) {
    // Token i pairs with min(d + 1, n - 1 - i) later tokens.
    const uint64_t d1 = static_cast<uint64_t>(distance) + 1;
    pairs = (starts - d1) * d1 + d1 * (d1 + 1) / 2;
  }
  return pairs + (unigrams ? starts : 0);
}

// Sum over shared n-grams of min(count in a, count in b).
uint64_t NgramHits(const RougeText::Data& a, const RougeText::Data& b, size_t n) {
  const Counts& x = a.ngrams[n - 1];
  const Counts& y = b.ngrams[n - 1];
  const uint32_t* ta = a.tokens.data();
  const uint32_t* tb = b.tokens.data();
  uint64_t hits = 0;
  size_t i = 0, j = 0;
  if (n <= 2) {
    // One or two tokens compare as one 64-bit key, in the same order.
    auto key = [n](const uint32_t* t) {
      return n == 1 ? uint64_t{t[0]} : (uint64_t{t[0]} << 32) | t[1];
    };
    while (i < x.size() && j < y.size()) {
      const uint64_t p = key(ta + x[i].first), q = key(tb + y[j].first);
      if (p == q) {
        hits += std::min(x[i].second, y[j].second);
        ++i;
        ++j;
      } else if (p < q) {
        ++i;
      } else {
        ++j;
      }
    }
    return hits;
  }
  while (i < x.size() && j < y.size()) {
    const uint32_t* p = ta + x[i].first;
    const uint32_t* q = tb + y[j].first;
    auto [pe, qe] = std::mismatch(p, p + n, q);
    if (pe == p + n) {
      hits += std::min(x[i].second, y[j].second);
      ++i;
      ++j;
    } else if (*pe < *qe) {
      ++i;
    } else {
      ++j;
    }
  }
  return hits;
}

// ROUGE's createSkipBigram: for every token but the last, its unigram (with
// -u) and the pairs it starts within the skip distance, as distinct keys with
// their counts in increasing key order (so two texts' lists merge), from the
// ranks RankTokens left in `z`. A key is (first id << 32) | (second id + 1),
// or (first id << 32) for the unigram. The keys are sorted on the ranks,
// which order as the ids do: a counting sort by the second token's rank, then
// a stable one by the first's.
void CountSkipBigrams(const std::vector<uint32_t>& tokens, int distance, bool unigrams,
                      CountScratch& z, std::vector<std::pair<uint64_t, uint32_t>>& out,
                      uint64_t& total) {
  const size_t n = tokens.size();
  // (rank of the first << 32) | (rank of the second + 1, or 0 for the unigram)
  z.keys.clear();
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint64_t first = uint64_t{z.unigram[i]} << 32;
    if (unigrams) z.keys.push_back(first);
    size_t last = n - 1;
    if (distance >= 0) last = std::min(last, i + static_cast<size_t>(distance) + 1);
    for (size_t j = i + 1; j <= last; ++j) z.keys.push_back(first | (z.unigram[j] + 1));
  }
  total = z.keys.size();
  auto counting_sort = [&](std::vector<uint64_t>& from, std::vector<uint64_t>& to, size_t buckets,
                           auto digit) {
    z.bucket.assign(buckets + 1, 0);
    for (uint64_t k : from) ++z.bucket[digit(k) + 1];
    for (size_t b = 1; b <= buckets; ++b) z.bucket[b] += z.bucket[b - 1];
    to.resize(from.size());
    for (uint64_t k : from) to[z.bucket[digit(k)]++] = k;
  };
  const size_t u = z.ids.size();
  counting_sort(z.keys, z.sorted, u + 1, [](uint64_t k) { return static_cast<uint32_t>(k); });
  counting_sort(z.sorted, z.keys, u, [](uint64_t k) { return static_cast<uint32_t>(k >> 32); });
  out.clear();
  for (size_t a = 0; a < z.keys.size();) {
    size_t b = a + 1;
    while (b < z.keys.size() && z.keys[b] == z.keys[a]) ++b;
    const uint32_t second = static_cast<uint32_t>(z.keys[a]);
    out.emplace_back((uint64_t{z.ids[z.keys[a] >> 32]} << 32) |
                         (second == 0 ? 0 : uint64_t{z.ids[second - 1]} + 1),
                     static_cast<uint32_t>(b - a));
    a = b;
  }
}

// Sum over the keys two sorted lists share of the smaller count.
uint64_t SharedCounts(const std::vector<std::pair<uint64_t, uint32_t>>& a,
                      const std::vector<std::pair<uint64_t, uint32_t>>& b) {
  uint64_t sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const uint64_t x = a[i].first, y = b[j].first;
    sum += x == y ? std::min(a[i].second, b[j].second) : 0;
    i += x <= y ? 1 : 0;
    j += y <= x ? 1 : 0;
  }
  return sum;
}

std::string FormatWeight(double w) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", w);
  return buf;
}

}  // namespace

Status ValidateRougeOptions(const RougeOptions& o) {
  if (o.max_ngram < 0 || o.max_ngram > kRougeMaxNgram) {
    return Status::UsageError("ROUGE-N size (-n) must be from 0 to " +
                              std::to_string(kRougeMaxNgram));
  }
  if (o.word_limit < 0) return Status::UsageError("word limit (-l) must be >= 0");
  if (o.byte_limit < 0) return Status::UsageError("byte limit (-b) must be >= 0");
  if (o.word_limit != 0 && o.byte_limit != 0) {
    return Status::UsageError("give a length limit in words (-l) or bytes (-b), not both");
  }
  if (!(o.alpha >= 0 && o.alpha <= 1)) return Status::UsageError("alpha (-p) must be in [0, 1]");
  if (o.wlcs_weight && !(*o.wlcs_weight > 0 && *o.wlcs_weight <= kRougeMaxWlcsWeight)) {
    return Status::UsageError("ROUGE-W weight (-w) must be greater than 0 and at most 5");
  }
  if (!(o.confidence >= 0 && o.confidence <= 100)) {
    return Status::UsageError("confidence level (-c) must be in [0, 100]");
  }
  if (o.resamples < 1 || o.resamples > kRougeMaxResamples) {
    return Status::UsageError("number of resamples (-r) must be from 1 to " +
                              std::to_string(kRougeMaxResamples));
  }
  return Status::Ok();
}

std::vector<std::string> RougeMetricNames(const RougeOptions& o) {
  std::vector<std::string> names;
  for (int n = 1; n <= o.max_ngram; ++n) names.push_back("ROUGE-" + std::to_string(n));
  if (o.lcs) names.push_back("ROUGE-L");
  if (o.wlcs_weight) {
    names.push_back("ROUGE-W-" + (o.wlcs_weight_label.empty() ? FormatWeight(*o.wlcs_weight)
                                                              : o.wlcs_weight_label));
  }
  if (o.skip_distance) {
    std::string d = *o.skip_distance >= 0 ? std::to_string(*o.skip_distance) : "*";
    if (o.skip_unigrams) {
      names.push_back("ROUGE-SU" + d);
    } else {
      names.push_back("ROUGE-S" + d);
      if (o.skip_both) names.push_back("ROUGE-SU" + d);
    }
  }
  return names;
}

RougeText::RougeText() = default;
RougeText::~RougeText() = default;
RougeText::RougeText(const RougeText&) = default;
RougeText& RougeText::operator=(const RougeText&) = default;
RougeText::RougeText(std::shared_ptr<const Data> data) : data_(std::move(data)) {}

struct RougeScorer::Impl {
  explicit Impl(const RougeOptions& o)
      : options(o), tokenizer(o.stem, o.remove_stopwords), names(RougeMetricNames(o)) {}

  RougeOptions options;
  rouge::RougeTokenizer tokenizer;
  std::vector<std::string> names;

  // Scratch reused across calls: clipping counts indexed by token id, DP tables.
  std::vector<int32_t> peer_count;
  std::vector<int32_t> model_count;
  std::vector<uint8_t> moves;  // traceback moves, one byte per DP cell
  std::vector<int32_t> lcs_rows;
  std::vector<double> wlcs_rows;
  std::vector<int32_t> run_rows;
  std::vector<char> mask;
  std::vector<double> weight_of;  // f(k) = k^W for run lengths k
  CountScratch count_scratch;

  double Weight(size_t k) {
    while (weight_of.size() <= k) {
      weight_of.push_back(std::pow(static_cast<double>(weight_of.size()), *options.wlcs_weight));
    }
    return weight_of[k];
  }

  std::shared_ptr<RougeText::Data> Prepare(const std::vector<std::string>& units);
  void LoadCounts(const RougeText::Data& peer, const RougeText::Data& model);
  void ClearCounts(const RougeText::Data& peer, const RougeText::Data& model);
  void MarkLcs(const uint32_t* s, size_t m, const uint32_t* p, size_t n);
  void MarkWlcs(const uint32_t* s, size_t m, const uint32_t* p, size_t n);
  void Trace(size_t m, size_t n);
  bool Clip(uint32_t id) {
    if (model_count[id] > 0 && peer_count[id] > 0) {
      --model_count[id];
      --peer_count[id];
      return true;
    }
    return false;
  }
  // ROUGE-L (weighted = false) or ROUGE-W of one model: hit and base.
  std::pair<double, double> Lcs(const RougeText::Data& peer, const RougeText::Data& model,
                                bool weighted);
  RougeScore ScoreLcs(const RougeText::Data& peer,
                      const std::vector<const RougeText::Data*>& models, bool weighted);
};

std::shared_ptr<RougeText::Data> RougeScorer::Impl::Prepare(const std::vector<std::string>& units) {
  auto data = std::make_shared<RougeText::Data>();
  data->owner = this;
  const rouge::LengthLimit limit{options.word_limit, options.byte_limit};
  std::vector<std::string> text = rouge::TruncateUnits(units, limit);
  data->lcs_offsets.push_back(0);
  for (const std::string& unit : text) {
    tokenizer.Tokenize(unit, data->tokens);
    data->lcs_offsets.push_back(static_cast<uint32_t>(data->tokens.size()));
  }
  const bool lcs_metrics = options.lcs || options.wlcs_weight.has_value();
  if (options.byte_limit != 0 && lcs_metrics) {
    // ROUGE-1.5.5's byte counter bug: ROUGE-L/W see other units.
    data->lcs_offsets.assign(1, 0);
    for (const std::string& unit : rouge::TruncateUnitsForLcs(units, limit)) {
      tokenizer.Tokenize(unit, data->lcs_tokens);
      data->lcs_offsets.push_back(static_cast<uint32_t>(data->lcs_tokens.size()));
    }
  } else if (lcs_metrics) {
    data->lcs_tokens = data->tokens;
  }

  if (lcs_metrics) {
    // ROUGE-L/W clip their hits by unigram counts.
    std::vector<uint32_t> sorted = data->tokens;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 0; i < sorted.size();) {
      size_t j = i + 1;
      while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
      data->unigrams.emplace_back(sorted[i], static_cast<uint32_t>(j - i));
      i = j;
    }
  }
  RankTokens(data->tokens, count_scratch);
  data->ngrams = CountNgrams(data->tokens, options.max_ngram, count_scratch);
  if (options.skip_distance) {
    bool plain = !options.skip_unigrams;
    bool with_unigrams = options.skip_unigrams || options.skip_both;
    const uint64_t keys =
        SkipBigramCount(data->tokens.size(), *options.skip_distance, with_unigrams);
    if (keys > kRougeMaxSkipBigrams) {
      data->skip_overflow = keys;
      return data;
    }
    if (plain) {
      CountSkipBigrams(data->tokens, *options.skip_distance, false, count_scratch, data->skip[0],
                       data->skip_total[0]);
    }
    if (with_unigrams) {
      CountSkipBigrams(data->tokens, *options.skip_distance, true, count_scratch, data->skip[1],
                       data->skip_total[1]);
    }
  }
  return data;
}

void RougeScorer::Impl::LoadCounts(const RougeText::Data& peer, const RougeText::Data& model) {
  const size_t vocab = tokenizer.vocabulary_size();
  if (peer_count.size() < vocab) {
    peer_count.resize(vocab, 0);
    model_count.resize(vocab, 0);
  }
  for (auto [id, count] : peer.unigrams) peer_count[id] = static_cast<int32_t>(count);
  for (auto [id, count] : model.unigrams) model_count[id] = static_cast<int32_t>(count);
}

void RougeScorer::Impl::ClearCounts(const RougeText::Data& peer, const RougeText::Data& model) {
  for (auto [id, count] : peer.unigrams) peer_count[id] = 0;
  for (auto [id, count] : model.unigrams) model_count[id] = 0;
}

// LCS table of model unit s (rows) against peer unit p (columns), then ROUGE's
// traceback from the bottom-right corner: diagonal on equal tokens, else up when
// the cell above is >= the cell to the left. Marks the model positions passed.
// Only two rows of values are kept; the moves are stored one byte per cell.
void RougeScorer::Impl::MarkLcs(const uint32_t* s, size_t m, const uint32_t* p, size_t n) {
  moves.resize(m * n);
  lcs_rows.assign(2 * (n + 1), 0);
  int32_t* up = lcs_rows.data();
  int32_t* row = up + (n + 1);
  for (size_t i = 0; i < m; ++i) {
    uint8_t* move = moves.data() + i * n;
    const uint32_t si = s[i];
    row[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
      if (si == p[j - 1]) {
        row[j] = up[j - 1] + 1;
        move[j - 1] = kDiagonal;
      } else if (up[j] >= row[j - 1]) {
        row[j] = up[j];
        move[j - 1] = kUp;
      } else {
        row[j] = row[j - 1];
        move[j - 1] = kLeft;
      }
    }
    std::swap(up, row);
  }
  Trace(m, n);
}

// The same with ROUGE-W's weighted table: a diagonal step extending a run of k
// matches adds f(k+1) - f(k), summed in ROUGE's order.
void RougeScorer::Impl::MarkWlcs(const uint32_t* s, size_t m, const uint32_t* p, size_t n) {
  moves.resize(m * n);
  wlcs_rows.assign(2 * (n + 1), 0.0);
  run_rows.assign(2 * (n + 1), 0);
  double* up = wlcs_rows.data();
  double* row = up + (n + 1);
  int32_t* lup = run_rows.data();
  int32_t* lrow = lup + (n + 1);
  Weight(std::min(m, n) + 1);
  const double* f = weight_of.data();
  for (size_t i = 0; i < m; ++i) {
    uint8_t* move = moves.data() + i * n;
    const uint32_t si = s[i];
    row[0] = 0;
    lrow[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
      if (si == p[j - 1]) {
        const int32_t k = lup[j - 1];
        row[j] = up[j - 1] + f[k + 1] - f[k];
        lrow[j] = k + 1;
        move[j - 1] = kDiagonal;
      } else if (up[j] >= row[j - 1]) {
        row[j] = up[j];
        lrow[j] = 0;
        move[j - 1] = kUp;
      } else {
        row[j] = row[j - 1];
        lrow[j] = 0;
        move[j - 1] = kLeft;
      }
    }
    std::swap(up, row);
    std::swap(lup, lrow);
  }
  Trace(m, n);
}

void RougeScorer::Impl::Trace(size_t m, size_t n) {
  size_t i = m, j = n;
  while (i != 0 && j != 0) {
    const uint8_t move = moves[(i - 1) * n + (j - 1)];
    if (move == kDiagonal) {
      --i;
      --j;
      mask[i] = 1;
    } else if (move == kUp) {
      --i;
    } else {
      --j;
    }
  }
}

std::pair<double, double> RougeScorer::Impl::Lcs(const RougeText::Data& peer,
                                                 const RougeText::Data& model, bool weighted) {
  double hit = 0, base = 0;
  const size_t model_units = model.lcs_offsets.size() - 1;
  const size_t peer_units = peer.lcs_offsets.size() - 1;
  for (size_t u = 0; u < model_units; ++u) {
    const uint32_t* s = model.lcs_tokens.data() + model.lcs_offsets[u];
    const size_t m = model.lcs_offsets[u + 1] - model.lcs_offsets[u];
    mask.assign(m, 0);
    base += weighted ? Weight(m) : static_cast<double>(m);
    if (m == 0) continue;
    for (size_t v = 0; v < peer_units; ++v) {
      const uint32_t* p = peer.lcs_tokens.data() + peer.lcs_offsets[v];
      const size_t n = peer.lcs_offsets[v + 1] - peer.lcs_offsets[v];
      if (n == 0) continue;
      if (weighted) {
        MarkWlcs(s, m, p, n);
      } else {
        MarkLcs(s, m, p, n);
      }
    }
    if (!weighted) {
      for (size_t j = 0; j < m; ++j)
        if (mask[j] && Clip(s[j])) hit += 1;
      continue;
    }
    // ROUGE-W's run scoring, quirks included: a clip-rejected marked token
    // neither counts nor closes the run, and a run open at the end is lost.
    size_t run = 0;
    for (size_t j = 0; j < m; ++j) {
      if (!mask[j] || !Clip(s[j])) continue;
      ++run;
      if ((j + 1 < m && !mask[j + 1]) || j + 1 == m) {
        hit += Weight(run);
        run = 0;
      }
    }
  }
  return {hit, base};
}

RougeScore RougeScorer::Impl::ScoreLcs(const RougeText::Data& peer,
                                       const std::vector<const RougeText::Data*>& models,
                                       bool weighted) {
  const double w = weighted ? *options.wlcs_weight : 1.0;
  auto inverse = [w](double x) { return std::pow(x, 1 / w); };
  const double peer_tokens = static_cast<double>(peer.tokens.size());
  double total_hit = 0, total_count = 0, total_peer = 0, best = -1;
  for (const RougeText::Data* model : models) {
    LoadCounts(peer, *model);
    auto [hit, base] = Lcs(peer, *model, weighted);
    ClearCounts(peer, *model);
    double model_count = weighted ? std::pow(base, w) : base;
    double peer_count = weighted ? std::pow(peer_tokens, w) : peer_tokens;
    if (options.best_model) {
      // ROUGE-W dies here when base is 0; we score that model 0 instead.
      double score = base > 0 ? (weighted ? inverse(hit / base) : hit / base) : 0.0;
      if (score > best) {
        best = score;
        total_hit = hit;
        total_count = model_count;
        total_peer = peer_count;
      }
    } else {
      total_hit += hit;
      total_count += model_count;
      total_peer += peer_count;
    }
  }
  double recall = total_count != 0 ? total_hit / total_count : 0.0;
  double precision = total_peer != 0 ? total_hit / total_peer : 0.0;
  if (weighted) {
    if (total_count != 0) recall = inverse(recall);
    if (total_peer != 0) precision = inverse(precision);
  }
  return rouge::ScoreFromRatios(recall, precision, options.alpha);
}

RougeScorer::RougeScorer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RougeScorer::RougeScorer(RougeScorer&&) noexcept = default;
RougeScorer& RougeScorer::operator=(RougeScorer&&) noexcept = default;
RougeScorer::~RougeScorer() = default;

Result<RougeScorer> RougeScorer::Create(const RougeOptions& options) {
  if (Status s = ValidateRougeOptions(options); !s.ok()) return s;
  return RougeScorer(std::make_unique<Impl>(options));
}

const RougeOptions& RougeScorer::options() const { return impl_->options; }

Status RougeScorer::CheckText(const RougeText& text) const {
  if (!text.data_ || text.data_->skip_overflow == 0) return Status::Ok();
  const int d = *impl_->options.skip_distance;
  return Status::InputError("too long for ROUGE-S with -2 " + std::to_string(d) + " (" +
                            std::to_string(text.data_->tokens.size()) + " tokens make " +
                            std::to_string(text.data_->skip_overflow) +
                            " skip-bigrams; the limit is " + std::to_string(kRougeMaxSkipBigrams) +
                            "; a smaller -2, -l or -b stays within it)");
}

Status RougeScorer::CheckPair(const RougeText& peer, const RougeText& model) const {
  const RougeOptions& o = impl_->options;
  if (!(o.lcs || o.wlcs_weight) || !peer.data_ || !model.data_) return Status::Ok();
  const uint64_t n = peer.data_->lcs_tokens.size(), m = model.data_->lcs_tokens.size();
  // m * n without overflow: both are below 2^32.
  if (m == 0 || n == 0 || m * n <= kRougeMaxLcsCells) return Status::Ok();
  return Status::InputError("too long for ROUGE-L/W (" + std::to_string(n) + " x " +
                            std::to_string(m) + " tokens; the limit is " +
                            std::to_string(kRougeMaxLcsCells) +
                            " pairs; -x without -w, -l or -b stays within it)");
}

RougeText RougeScorer::Prepare(const std::vector<std::string>& sentences) {
  return RougeText(impl_->Prepare(rouge::UnitsFromSentences(sentences)));
}

RougeText RougeScorer::PrepareUnits(const std::vector<std::string>& units) {
  return RougeText(impl_->Prepare(units));
}

std::vector<RougeMetricScore> RougeScorer::Score(const RougeText& peer_text,
                                                 std::span<const RougeText* const> model_texts) {
  Impl& im = *impl_;
  const RougeOptions& o = im.options;
  static const RougeText::Data* const kEmpty = [] {
    auto* d = new RougeText::Data();
    d->lcs_offsets.push_back(0);
    return d;
  }();
  auto data_of = [&](const RougeText& t) -> const RougeText::Data& {
    // Empty handles and texts from another scorer (other ids) count as empty.
    return t.data_ && t.data_->owner == &im ? *t.data_ : *kEmpty;
  };
  const RougeText::Data& peer = data_of(peer_text);
  std::vector<const RougeText::Data*> models;
  models.reserve(model_texts.size());
  for (const RougeText* m : model_texts) models.push_back(&data_of(*m));

  std::vector<RougeMetricScore> out;
  out.reserve(im.names.size());
  size_t name = 0;

  // ROUGE-N and ROUGE-S/SU: pooled counts (-f A) or the model with the best
  // rounded recall, first one winning ties (-f B).
  auto count_metric = [&](auto hits_of, auto model_total, uint64_t peer_total) {
    double total_hit = 0, total_count = 0, total_peer = 0, best = -1;
    for (const RougeText::Data* model : models) {
      double hit = static_cast<double>(hits_of(*model));
      double count = static_cast<double>(model_total(*model));
      if (o.best_model) {
        double score = count != 0 ? rouge::RoundRouge(hit / count) : 0.0;
        if (score > best) {
          best = score;
          total_hit = hit;
          total_count = count;
          total_peer = static_cast<double>(peer_total);
        }
      } else {
        total_hit += hit;
        total_count += count;
        total_peer += static_cast<double>(peer_total);
      }
    }
    return rouge::ScoreFromCounts(total_hit, total_count, total_peer, o.alpha);
  };

  for (int n = 1; n <= o.max_ngram; ++n) {
    const size_t sn = static_cast<size_t>(n);
    auto total = [sn](const RougeText::Data& d) -> uint64_t {
      return d.tokens.size() >= sn ? d.tokens.size() - sn + 1 : 0;
    };
    // Texts from another scorer have no n-gram tables; they count as empty.
    auto hits = [&](const RougeText::Data& m) -> uint64_t {
      if (peer.ngrams.size() < sn || m.ngrams.size() < sn) return 0;
      return NgramHits(peer, m, sn);
    };
    out.push_back({im.names[name++], count_metric(hits, total, total(peer))});
  }
  if (o.lcs) out.push_back({im.names[name++], im.ScoreLcs(peer, models, false)});
  if (o.wlcs_weight) out.push_back({im.names[name++], im.ScoreLcs(peer, models, true)});
  if (o.skip_distance) {
    auto skip_metric = [&](int k) {
      auto hits = [&](const RougeText::Data& m) { return SharedCounts(peer.skip[k], m.skip[k]); };
      auto total = [k](const RougeText::Data& d) { return d.skip_total[k]; };
      return count_metric(hits, total, peer.skip_total[k]);
    };
    if (o.skip_unigrams) {
      out.push_back({im.names[name++], skip_metric(1)});
    } else {
      out.push_back({im.names[name++], skip_metric(0)});
      if (o.skip_both) out.push_back({im.names[name++], skip_metric(1)});
    }
  }
  return out;
}

Result<std::vector<RougeMetricScore>> RougeScorePeer(
    const std::vector<std::string>& peer, const std::vector<std::vector<std::string>>& models,
    const RougeOptions& options) {
  Result<RougeScorer> scorer = RougeScorer::Create(options);
  if (!scorer.ok()) return scorer.status();
  if (models.empty()) return Status::UsageError("ROUGE needs at least one model summary");
  RougeText peer_text = scorer->Prepare(peer);
  std::vector<RougeText> model_texts;
  model_texts.reserve(models.size());
  for (const auto& m : models) model_texts.push_back(scorer->Prepare(m));
  if (Status s = scorer->CheckText(peer_text); !s.ok())
    return Status::InputError("peer: " + s.message());
  std::vector<const RougeText*> pointers;
  for (size_t i = 0; i < model_texts.size(); ++i) {
    const std::string name = "model " + std::to_string(i + 1) + ": ";
    if (Status s = scorer->CheckText(model_texts[i]); !s.ok()) {
      return Status::InputError(name + s.message());
    }
    if (Status s = scorer->CheckPair(peer_text, model_texts[i]); !s.ok()) {
      return Status::InputError(name + s.message());
    }
    pointers.push_back(&model_texts[i]);
  }
  return scorer->Score(peer_text, pointers);
}

}  // namespace precis
