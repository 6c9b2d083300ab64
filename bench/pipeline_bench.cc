// The whole pipeline on DUC 2002 (59 clusters, 567 articles): reading the
// cluster JSONL, the boilerplate cleaner alone, and Summarizer::Summarize per
// method at 100 words. One iteration covers every cluster; "per_cluster" is
// the time per cluster (e.g. 4.2m = 4.2 ms).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clean/boilerplate_cleaner.h"
#include "precis/precis.h"

namespace {

std::string DucPath() { return std::string(PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl"; }

const std::string& DucBytes() {
  static const std::string bytes = [] {
    std::ifstream in(DucPath(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

const std::vector<precis::Cluster>& DucClusters() {
  static const std::vector<precis::Cluster> clusters = [] {
    auto read = precis::ParseBytes(DucBytes(), DucPath(), precis::InputFormat::kJsonl);
    return read.ok() ? std::move(read->clusters) : std::vector<precis::Cluster>{};
  }();
  return clusters;
}

benchmark::Counter PerCluster(std::size_t clusters) {
  return benchmark::Counter(
      static_cast<double>(clusters),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// Parsing the JSONL already in memory (format detection included).
void BM_ParseJsonl(benchmark::State& state) {
  const std::string& bytes = DucBytes();
  if (bytes.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  for (auto _ : state) benchmark::DoNotOptimize(precis::ParseBytes(bytes, DucPath()));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}
BENCHMARK(BM_ParseJsonl)->Unit(benchmark::kMillisecond);

// ReadSources on the file: reading, UTF-8 checks, detection and parsing.
void BM_ReadSources(benchmark::State& state) {
  const std::string& bytes = DucBytes();
  if (bytes.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  for (auto _ : state) benchmark::DoNotOptimize(precis::ReadSources({DucPath()}));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}
BENCHMARK(BM_ReadSources)->Unit(benchmark::kMillisecond);

void BM_Clean(benchmark::State& state) {
  const auto& clusters = DucClusters();
  if (clusters.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  const precis::clean::BoilerplateCleaner cleaner("english");
  for (auto _ : state)
    for (const auto& c : clusters) benchmark::DoNotOptimize(cleaner.Clean(c.documents));
  state.counters["per_cluster"] = PerCluster(clusters.size());
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

void BM_Summarize(benchmark::State& state, const std::string& method) {
  const auto& clusters = DucClusters();
  if (clusters.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  precis::SummarizeOptions options;
  options.method = method;
  options.budget.limit = 100;
  auto summarizer = precis::Summarizer::Create(options);
  if (!summarizer.ok()) return state.SkipWithError(summarizer.status().message().c_str());
  for (auto _ : state)
    for (const auto& c : clusters) benchmark::DoNotOptimize(summarizer->Summarize(c));
  state.counters["per_cluster"] = PerCluster(clusters.size());
}

const bool registered = [] {
  for (const auto& name : precis::MethodNames())
    benchmark::RegisterBenchmark(("summarize/" + name).c_str(), BM_Summarize, name)
        ->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace
