// The whole pipeline on DUC 2002 (59 clusters, 567 articles), stage by
// stage: reading the cluster JSONL, the analysis alone (sentences, words,
// stems of every paragraph), the boilerplate cleaner (which analyses each
// document once and judges that analysis), Summarizer::Summarize per method
// at 100 words, and rendering the default method's summaries as text and as
// JSON. One iteration covers every cluster; "per_cluster" is the time per
// cluster (e.g. 4.2m = 4.2 ms).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clean/boilerplate_cleaner.h"
#include "clean/text_normalizer.h"
#include "precis/precis.h"
#include "text/analyzer.h"

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

// What the cleaner's first step does for each document: its paragraphs
// normalised, split into sentences and words, and stemmed, on one analyzer
// kept from cluster to cluster as the summarizer keeps it.
void BM_Analyze(benchmark::State& state) {
  const auto& clusters = DucClusters();
  if (clusters.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  auto analyzer = precis::text::Analyzer::Create("english");
  if (!analyzer.ok()) return state.SkipWithError(analyzer.status().message().c_str());
  for (auto _ : state)
    for (const auto& c : clusters)
      for (const auto& d : c.documents)
        for (auto& p : precis::clean::NormalizedParagraphs(d.text))
          benchmark::DoNotOptimize(analyzer->Analyze(std::move(p)));
  state.counters["per_cluster"] = PerCluster(clusters.size());
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// Rendering the default method's 100-word summaries, made once.
void BM_Render(benchmark::State& state, precis::OutputFormat format) {
  const auto& clusters = DucClusters();
  if (clusters.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  precis::SummarizeOptions options;
  options.budget.limit = 100;
  auto summarizer = precis::Summarizer::Create(options);
  if (!summarizer.ok()) return state.SkipWithError(summarizer.status().message().c_str());
  std::vector<precis::Summary> summaries;
  for (const auto& c : clusters) {
    auto summary = summarizer->Summarize(c);
    if (!summary.ok()) return state.SkipWithError(summary.status().message().c_str());
    summaries.push_back(std::move(*summary));
  }
  for (auto _ : state)
    for (const auto& s : summaries) benchmark::DoNotOptimize(precis::Render(s, format));
  state.counters["per_cluster"] = PerCluster(clusters.size());
}
BENCHMARK_CAPTURE(BM_Render, text, precis::OutputFormat::kText)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, json, precis::OutputFormat::kJson)->Unit(benchmark::kMillisecond);

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
