#include "rouge/bootstrap.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <utility>
#include <vector>

#include "precis/rouge.h"
#include "rouge/rouge_scorer.h"

namespace precis {
namespace rouge {

double PerlElement(const double* values, int64_t size, int64_t index) {
  if (index < 0) index += size;
  if (index < 0 || index >= size) return 0.0;
  return values[index];
}

void SortScores(std::vector<double>& v) {
  for (double x : v)
    if (!(x >= 0) || std::signbit(x)) return std::sort(v.begin(), v.end());
  constexpr int kDigitBits = 8, kDigits = 64 / kDigitBits, kBuckets = 1 << kDigitBits;
  std::vector<uint64_t> keys(v.size()), other(v.size());
  for (size_t i = 0; i < v.size(); ++i) keys[i] = std::bit_cast<uint64_t>(v[i]);
  std::array<std::array<uint32_t, kBuckets>, kDigits> counts{};
  for (uint64_t k : keys)
    for (int d = 0; d < kDigits; ++d) ++counts[d][(k >> (d * kDigitBits)) & (kBuckets - 1)];
  for (int d = 0; d < kDigits; ++d) {
    auto& c = counts[d];
    const uint64_t first = (keys.empty() ? 0 : keys[0] >> (d * kDigitBits)) & (kBuckets - 1);
    if (c[first] == keys.size()) continue;  // one value of this digit: the order stands
    uint32_t at = 0;
    for (uint32_t& n : c) at += std::exchange(n, at);
    for (uint64_t k : keys) other[c[(k >> (d * kDigitBits)) & (kBuckets - 1)]++] = k;
    keys.swap(other);
  }
  for (size_t i = 0; i < v.size(); ++i) v[i] = std::bit_cast<double>(keys[i]);
}

std::vector<uint32_t> BootstrapDraws(uint64_t n, int resamples) {
  std::vector<uint32_t> draws;
  if (resamples < 1 || n == 0 || n * static_cast<uint64_t>(resamples) > kMaxBootstrapDraws)
    return draws;
  draws.resize(n * static_cast<uint64_t>(resamples));
  uint32_t* out = draws.data();
  for (int b = 0; b < resamples; ++b) {
    PerlDrand48 rng(static_cast<uint64_t>(b));
    for (uint64_t i = 0; i < n; ++i) *out++ = static_cast<uint32_t>(rng.NextIndex(n));
  }
  return draws;
}

RougeAverage RougeBootstrapAverageWithDraws(std::vector<RougeEvalScore> scores, int resamples,
                                            double confidence, std::span<const uint32_t> draws) {
  RougeAverage result;
  if (resamples < 1) resamples = 1;
  // ROUGE sorts the "<eval>.<peer>" ids as strings (byte order).
  std::sort(scores.begin(), scores.end(),
            [](const RougeEvalScore& a, const RougeEvalScore& b) { return a.id < b.id; });
  const uint64_t n = scores.size();
  const size_t b_count = static_cast<size_t>(resamples);
  std::vector<RougeScore> values(n);
  for (uint64_t i = 0; i < n; ++i) values[i] = scores[i].score;
  const bool drawn = n > 0 && draws.size() == n * b_count;
  std::array<std::vector<double>, 3> means;
  for (auto& m : means) m.resize(b_count, 0.0);
  // Summed in draw order, as ROUGE does, so the means are bit for bit its
  // own; kLanes resamples at a time, each its own chain of additions, so
  // that the additions of one do not wait for those of another.
  constexpr size_t kLanes = 4;
  size_t first = 0;
  if (drawn) {
    for (; first + kLanes <= b_count; first += kLanes) {
      double sum[kLanes][3] = {};
      const uint32_t* d = draws.data() + first * n;
      for (uint64_t i = 0; i < n; ++i) {
        for (size_t lane = 0; lane < kLanes; ++lane) {
          const RougeScore& s = values[d[lane * n + i]];
          sum[lane][0] += s.recall;
          sum[lane][1] += s.precision;
          sum[lane][2] += s.f;
        }
      }
      for (size_t lane = 0; lane < kLanes; ++lane)
        for (int k = 0; k < 3; ++k) means[k][first + lane] = sum[lane][k] / static_cast<double>(n);
    }
  }
  for (size_t b = first; b < b_count; ++b) {
    double sum[3] = {0, 0, 0};
    if (drawn) {
      const uint32_t* d = draws.data() + b * n;
      for (uint64_t i = 0; i < n; ++i) {
        const RougeScore& s = values[d[i]];
        sum[0] += s.recall;
        sum[1] += s.precision;
        sum[2] += s.f;
      }
    } else {
      PerlDrand48 rng(b);
      for (uint64_t i = 0; i < n; ++i) {
        const RougeScore& s = values[rng.NextIndex(n)];
        sum[0] += s.recall;
        sum[1] += s.precision;
        sum[2] += s.f;
      }
    }
    for (int k = 0; k < 3; ++k) means[k][b] = n > 0 ? sum[k] / static_cast<double>(n) : 0.0;
  }
  // Percentile interval with ROUGE's interpolation between neighbours.
  const double bd = static_cast<double>(resamples);
  const double delta = bd * ((100 - confidence) / 2.0) / 100.0;
  const int64_t upper_a = static_cast<int64_t>(bd - delta - 1);
  const int64_t lower_a = static_cast<int64_t>(delta);
  const double ratio = bd - delta - 1 - static_cast<double>(upper_a);
  double avg[3], low[3], high[3];
  for (int k = 0; k < 3; ++k) {
    std::vector<double>& v = means[k];
    SortScores(v);
    double total = 0;
    for (double x : v) total += x;
    avg[k] = rouge::RoundRouge(total / bd);
    const double* d = v.data();
    const int64_t size = static_cast<int64_t>(v.size());
    double la = rouge::PerlElement(d, size, lower_a);
    double lb = rouge::PerlElement(d, size, lower_a + 1);
    double ua = rouge::PerlElement(d, size, upper_a);
    double ub = rouge::PerlElement(d, size, upper_a + 1);
    low[k] = rouge::RoundRouge(la + (lb - la) * ratio);
    high[k] = rouge::RoundRouge(ua + (ub - ua) * ratio);
  }
  result.average = {avg[0], avg[1], avg[2]};
  result.low = {low[0], low[1], low[2]};
  result.high = {high[0], high[1], high[2]};
  return result;
}

}  // namespace rouge

RougeAverage RougeBootstrapAverage(std::vector<RougeEvalScore> scores, int resamples,
                                   double confidence) {
  return rouge::RougeBootstrapAverageWithDraws(std::move(scores), resamples, confidence, {});
}

}  // namespace precis
