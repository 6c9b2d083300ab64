// Text stages on the DUC 2002 document texts (59 clusters, 567 articles):
// ICU sentence splitting, tokenizing (folding), and tokenizing plus Snowball
// stemming of the content words, as the analyzer does them. One iteration
// reads every document once; throughput is in bytes of text.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/sentence_splitter.h"
#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace {

const std::vector<std::string>& DucTexts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    std::ifstream in(std::string(PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto cluster = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (cluster.is_discarded()) continue;
      for (const auto& doc : cluster["documents"])
        if (doc.contains("text") && doc["text"].is_string())
          out.push_back(doc["text"].get<std::string>());
    }
    if (out.empty())
      std::fprintf(stderr, "text_bench: no DUC 2002 data in %s\n", PRECIS_SHARED_DIR);
    return out;
  }();
  return texts;
}

std::int64_t TotalBytes(const std::vector<std::string>& texts) {
  std::int64_t bytes = 0;
  for (const auto& t : texts) bytes += static_cast<std::int64_t>(t.size());
  return bytes;
}

void BM_SentenceSplitterCreate(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(precis::text::SentenceSplitter::Create("english"));
}
BENCHMARK(BM_SentenceSplitterCreate)->Unit(benchmark::kMicrosecond);

void BM_SentenceSplit(benchmark::State& state) {
  const auto& texts = DucTexts();
  auto splitter = std::move(precis::text::SentenceSplitter::Create("english").value());
  std::size_t sentences = 0;
  for (auto _ : state)
    for (const auto& t : texts) {
      auto spans = splitter.Split(t);
      sentences += spans.size();
      benchmark::DoNotOptimize(spans.data());
    }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
  state.counters["sentences"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_SentenceSplit)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const auto& texts = DucTexts();
  std::size_t words = 0;
  for (auto _ : state)
    for (const auto& t : texts) {
      auto w = precis::text::Tokenize(t);
      words += w.size();
      benchmark::DoNotOptimize(w.data());
    }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
  state.counters["words"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Tokens, stopword test and stems of content words; a fresh stemmer (and so
// an empty stem cache) per pass, as the pipeline has one per cluster.
void BM_TokenizeAndStem(benchmark::State& state) {
  const auto& texts = DucTexts();
  const precis::text::Stopwords stopwords("english");
  for (auto _ : state) {
    auto stemmer = std::move(precis::text::Stemmer::Create("english").value());
    for (const auto& t : texts)
      for (const auto& w : precis::text::Tokenize(t))
        if (w.has_letter && !stopwords.Contains(w.norm))
          benchmark::DoNotOptimize(stemmer.Stem(w.norm).size());
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_TokenizeAndStem)->Unit(benchmark::kMillisecond);

}  // namespace
