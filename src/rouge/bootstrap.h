// ROUGE-1.5.5's system averages: Perl's drand48 generator (seeded by srand(i)
// for resample i) and the bootstrap mean-of-means with its percentile interval.
// Pure functions, thread-safe. The public entry point is
// precis::RougeBootstrapAverage (include/precis/rouge.h).
#ifndef PRECIS_ROUGE_BOOTSTRAP_H_
#define PRECIS_ROUGE_BOOTSTRAP_H_

#include <cstdint>

namespace precis::rouge {

// Perl >= 5.20's own drand48: 48-bit LCG x = 0x5DEECE66D x + 0xB mod 2^48,
// seeded by srand(seed) as x = (seed << 16) + 0x330E.
class PerlDrand48 {
 public:
  explicit PerlDrand48(uint64_t seed) : x_(((seed << 16) + 0x330E) & kMask) {}
  // Perl's rand(): x / 2^48 in [0, 1).
  double Next() {
    x_ = (0x5DEECE66DULL * x_ + 0xB) & kMask;
    return static_cast<double>(x_) * (1.0 / 281474976710656.0);
  }
  // Perl's int(rand(n)).
  uint64_t NextIndex(uint64_t n) { return static_cast<uint64_t>(static_cast<double>(n) * Next()); }

 private:
  static constexpr uint64_t kMask = (uint64_t{1} << 48) - 1;
  uint64_t x_;
};

// Perl's array element at a possibly negative or out-of-range index (undef is 0).
double PerlElement(const double* values, int64_t size, int64_t index);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_BOOTSTRAP_H_
