// The one main() of precis_bench: benchmark::benchmark has none, and every
// bench/*.cc file only registers benchmarks.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
