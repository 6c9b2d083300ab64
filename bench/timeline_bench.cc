// precis::BuildTimeline on a 298-article Timeline17 cluster (bpoil_reuters,
// 1.7 MB of text) with its gold budget, and FindTimeExpressions alone over
// all of that cluster's lines.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

#include "precis/precis.h"
#include "text/time_expressions.h"

namespace {

const precis::Cluster* T17Cluster() {
  static const std::optional<precis::Cluster> cluster = []() -> std::optional<precis::Cluster> {
    const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/timeline-dev/clusters.jsonl";
    std::ifstream in(path, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (line.find("\"id\": \"bpoil_reuters\"") == std::string::npos) continue;
      auto read = precis::ParseBytes(line + "\n", path, precis::InputFormat::kJsonl);
      if (read.ok() && !read->clusters.empty()) return read->clusters[0];
    }
    return std::nullopt;
  }();
  return cluster ? &*cluster : nullptr;
}

void BM_TimelineT17Cluster(benchmark::State& state) {
  const precis::Cluster* cluster = T17Cluster();
  if (!cluster) return state.SkipWithError("no timeline-dev data under PRECIS_SHARED_DIR");
  precis::TimelineOptions options;
  options.dates = 16;
  options.sentences_per_date = 2;
  for (auto _ : state) benchmark::DoNotOptimize(precis::BuildTimeline(*cluster, options));
}
BENCHMARK(BM_TimelineT17Cluster)->Unit(benchmark::kMillisecond);

void BM_TimeExpressionsT17Cluster(benchmark::State& state) {
  const precis::Cluster* cluster = T17Cluster();
  if (!cluster) return state.SkipWithError("no timeline-dev data under PRECIS_SHARED_DIR");
  std::int64_t bytes = 0;
  for (auto _ : state)
    for (const auto& d : cluster->documents) {
      auto anchor = precis::text::ParseIsoDate(d.date);
      std::size_t start = 0;
      while (start < d.text.size()) {
        std::size_t end = d.text.find('\n', start);
        if (end == std::string::npos) end = d.text.size();
        benchmark::DoNotOptimize(precis::text::FindTimeExpressions(
            std::string_view(d.text).substr(start, end - start), anchor));
        start = end + 1;
      }
      bytes += static_cast<std::int64_t>(d.text.size());
    }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_TimeExpressionsT17Cluster)->Unit(benchmark::kMillisecond);

}  // namespace
