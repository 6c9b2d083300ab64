// What figures cost a summary: Summarizer::Summarize over DUC 2002 (59
// clusters, 567 articles) at 100 words with the default method, with and
// without SummarizeOptions::figures; precis::BuildFigures on a 298-article
// Timeline17 cluster (bpoil_reuters, 1.7 MB); FindNumberExpressions alone
// over that cluster's lines.
#include <benchmark/benchmark.h>

#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "clean/boilerplate_cleaner.h"
#include "figures/find_figures.h"
#include "precis/precis.h"
#include "text/number_expressions.h"

namespace {

const std::vector<precis::Cluster>& Duc() {
  static const std::vector<precis::Cluster> clusters = [] {
    const std::string path = std::string(PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl";
    auto read = precis::ReadSources({path});
    return read.ok() ? std::move(read->clusters) : std::vector<precis::Cluster>{};
  }();
  return clusters;
}

const precis::Cluster* Bpoil() {
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

// state.range(0): 1 with figures, 0 without.
void BM_SummarizeFigures(benchmark::State& state) {
  const auto& clusters = Duc();
  if (clusters.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  precis::SummarizeOptions options;
  options.figures = state.range(0) != 0;
  auto summarizer = precis::Summarizer::Create(options);
  if (!summarizer.ok()) return state.SkipWithError(summarizer.status().message().c_str());
  for (auto _ : state)
    for (const auto& c : clusters) benchmark::DoNotOptimize(summarizer->Summarize(c));
  state.counters["per_cluster"] = benchmark::Counter(
      static_cast<double>(clusters.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_SummarizeFigures)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The figures step alone, as the summarizer runs it on its analysis: DUC
// 2002 cleaned and analysed once, then figures::FindFigures per cluster (the
// cost figures add to BM_SummarizeFigures/0).
void BM_FindFiguresDuc(benchmark::State& state) {
  const auto& clusters = Duc();
  if (clusters.empty()) return state.SkipWithError("no DUC 2002 data under PRECIS_SHARED_DIR");
  auto analyzer = precis::text::Analyzer::Create("english");
  const precis::clean::BoilerplateCleaner cleaner("english");
  struct Analysed {
    std::vector<precis::Document> documents;
    std::vector<precis::text::AnalyzedText> analyses;
    std::vector<std::string> dates;
  };
  std::vector<Analysed> all;
  for (const auto& c : clusters) {
    Analysed a;
    a.documents = c.documents;
    auto cleaned = cleaner.Clean(c.documents, *analyzer);
    for (std::size_t d = 0; d < cleaned.size(); ++d) {
      a.documents[d].text = std::move(cleaned[d].analysis.text);
      a.dates.push_back(a.documents[d].date);
      a.analyses.push_back(std::move(cleaned[d].analysis));
    }
    all.push_back(std::move(a));
  }
  for (auto _ : state)
    for (const auto& a : all)
      benchmark::DoNotOptimize(
          precis::figures::FindFigures(a.documents, a.analyses, a.dates, analyzer->lexicon()));
  state.counters["per_cluster"] = benchmark::Counter(
      static_cast<double>(clusters.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_FindFiguresDuc)->Unit(benchmark::kMillisecond);

void BM_FiguresT17Cluster(benchmark::State& state) {
  const precis::Cluster* cluster = Bpoil();
  if (!cluster) return state.SkipWithError("no timeline-dev data under PRECIS_SHARED_DIR");
  for (auto _ : state) benchmark::DoNotOptimize(precis::BuildFigures(*cluster, {}));
}
BENCHMARK(BM_FiguresT17Cluster)->Unit(benchmark::kMillisecond);

void BM_NumberExpressionsT17Cluster(benchmark::State& state) {
  const precis::Cluster* cluster = Bpoil();
  if (!cluster) return state.SkipWithError("no timeline-dev data under PRECIS_SHARED_DIR");
  std::int64_t bytes = 0;
  for (auto _ : state)
    for (const auto& d : cluster->documents) {
      std::size_t start = 0;
      while (start < d.text.size()) {
        std::size_t end = d.text.find('\n', start);
        if (end == std::string::npos) end = d.text.size();
        benchmark::DoNotOptimize(precis::text::FindNumberExpressions(
            std::string_view(d.text).substr(start, end - start)));
        start = end + 1;
      }
      bytes += static_cast<std::int64_t>(d.text.size());
    }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_NumberExpressionsT17Cluster)->Unit(benchmark::kMillisecond);

}  // namespace
