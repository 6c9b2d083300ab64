// ROUGE-1.5.5's system averages: Perl's drand48 generator (seeded by srand(i)
// for resample i) and the bootstrap mean-of-means with its percentile interval.
// Pure functions, thread-safe. The public entry point is
// precis::RougeBootstrapAverage (include/precis/rouge.h).
#ifndef PRECIS_ROUGE_BOOTSTRAP_H_
#define PRECIS_ROUGE_BOOTSTRAP_H_

#include <cstdint>
#include <span>
#include <vector>

#include "precis/rouge.h"

namespace precis::rouge {

// Perl >= 5.20's own drand48: 48-bit LCG x = 0x5DEECE66D x + 0xB mod 2^48,
// seeded by srand(seed) as x = (seed << 16) + 0x330E.
class PerlDrand48 {
 public:
  explicit PerlDrand48(uint64_t seed) : x_(((seed << 16) + 0x330E) & kMask) {}
  // Perl's rand(): x / 2^48 in [0, 1).
  // (x has 48 bits, so converting it as a signed integer is exact and cheaper.)
  double Next() {
    x_ = (0x5DEECE66DULL * x_ + 0xB) & kMask;
    return static_cast<double>(static_cast<int64_t>(x_)) * (1.0 / 281474976710656.0);
  }
  // Perl's int(rand(n)). For n < 2^63 the product is below 2^63, so the signed
  // conversions are exact as well.
  uint64_t NextIndex(uint64_t n) {
    if (n >= (uint64_t{1} << 63)) return static_cast<uint64_t>(static_cast<double>(n) * Next());
    return static_cast<uint64_t>(
        static_cast<int64_t>(static_cast<double>(static_cast<int64_t>(n)) * Next()));
  }

 private:
  static constexpr uint64_t kMask = (uint64_t{1} << 48) - 1;
  uint64_t x_;
};

// Perl's array element at a possibly negative or out-of-range index (undef is 0).
double PerlElement(const double* values, int64_t size, int64_t index);

// Sorts `v` as std::sort does. Non-negative doubles order as their bit
// patterns do, so those are radix sorted (the resampled means: std::sort was
// a tenth of `precis rouge`'s time); a vector with anything else (negative
// numbers, -0, NaN) goes to std::sort.
void SortScores(std::vector<double>& v);

// The evaluation indices ROUGE's bootstrap draws for n scores: resample b
// (srand(b)) takes draws[b * n, (b + 1) * n). They depend on n and the number of
// resamples only, so every metric and system scored on n evaluations can share
// them. Empty when n * resamples is past kMaxBootstrapDraws (then
// RougeBootstrapAverage draws as it goes).
inline constexpr uint64_t kMaxBootstrapDraws = uint64_t{1} << 22;  // 16 MB of indices
std::vector<uint32_t> BootstrapDraws(uint64_t n, int resamples);

// RougeBootstrapAverage with draws made by BootstrapDraws(scores.size(),
// resamples); with empty draws, the same as RougeBootstrapAverage.
RougeAverage RougeBootstrapAverageWithDraws(std::vector<RougeEvalScore> scores, int resamples,
                                            double confidence, std::span<const uint32_t> draws);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_BOOTSTRAP_H_
