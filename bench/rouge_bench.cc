// ROUGE-1.5.5-exact scoring speed on DUC 2002: for each of the first 50
// clusters, the peer is the first sentence of every document and the models are
// up to 4 reference summaries (the 100- and 200-word ones). Options are NIST's
// DUC command plus -l 100: -n 4 -w 1.2 -m -2 4 -u -l 100 (ROUGE-1..4, L, W, SU4).
// main() comes from BENCHMARK_MAIN in another file of precis_bench.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "precis/rouge.h"

namespace {

struct Cluster {
  std::vector<std::string> peer;
  std::vector<std::vector<std::string>> models;
};

// A plain splitter is enough here: ROUGE only sees lines.
std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      continue;
    }
    cur += c;
    if ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() && text[i + 1] == ' ') {
      out.push_back(cur);
      cur.clear();
      ++i;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

const std::vector<Cluster>& Duc2002() {
  static const std::vector<Cluster> clusters = [] {
    std::vector<Cluster> out;
    std::ifstream in(std::string(PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl");
    std::string line;
    while (out.size() < 50 && std::getline(in, line)) {
      nlohmann::json c = nlohmann::json::parse(line);
      Cluster cl;
      for (const auto& d : c["documents"]) {
        std::vector<std::string> s = Sentences(d["text"].get<std::string>());
        if (!s.empty()) cl.peer.push_back(s[0]);
      }
      for (const auto& r : c["references"]) {
        int words = r["words"].get<int>();
        if ((words == 100 || words == 200) && cl.models.size() < 4) {
          cl.models.push_back(Sentences(r["text"].get<std::string>()));
        }
      }
      out.push_back(std::move(cl));
    }
    if (out.empty())
      std::fprintf(stderr, "rouge_bench: no DUC 2002 data in %s\n", PRECIS_SHARED_DIR);
    return out;
  }();
  return clusters;
}

precis::RougeOptions DucOptions() {
  precis::RougeOptions o;
  o.max_ngram = 4;
  o.wlcs_weight = 1.2;
  o.wlcs_weight_label = "1.2";
  o.stem = true;
  o.skip_distance = 4;
  o.skip_unigrams = true;
  o.word_limit = 100;
  return o;
}

// Everything ROUGE does for a system: tokenise and stem every text, score all
// metrics for 50 evaluations, then the 1000-resample bootstrap per metric.
void BM_RougeDuc2002_50Clusters(benchmark::State& state) {
  const auto& clusters = Duc2002();
  for (auto _ : state) {
    auto scorer = precis::RougeScorer::Create(DucOptions());
    std::vector<std::vector<precis::RougeEvalScore>> per_metric;
    for (size_t i = 0; i < clusters.size(); ++i) {
      precis::RougeText peer = scorer->Prepare(clusters[i].peer);
      std::vector<precis::RougeText> models;
      for (const auto& m : clusters[i].models) models.push_back(scorer->Prepare(m));
      std::vector<const precis::RougeText*> ptrs;
      for (const auto& m : models) ptrs.push_back(&m);
      auto scores = scorer->Score(peer, ptrs);
      per_metric.resize(scores.size());
      for (size_t k = 0; k < scores.size(); ++k) {
        per_metric[k].push_back({std::to_string(i) + ".X", scores[k].score});
      }
    }
    for (auto& s : per_metric) benchmark::DoNotOptimize(precis::RougeBootstrapAverage(s));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(clusters.size()));
}
BENCHMARK(BM_RougeDuc2002_50Clusters)->Unit(benchmark::kMillisecond);

// The same without the bootstrap.
void BM_RougeDuc2002_50Clusters_NoBootstrap(benchmark::State& state) {
  const auto& clusters = Duc2002();
  for (auto _ : state) {
    auto scorer = precis::RougeScorer::Create(DucOptions());
    for (const Cluster& c : clusters) {
      precis::RougeText peer = scorer->Prepare(c.peer);
      std::vector<precis::RougeText> models;
      for (const auto& m : c.models) models.push_back(scorer->Prepare(m));
      std::vector<const precis::RougeText*> ptrs;
      for (const auto& m : models) ptrs.push_back(&m);
      benchmark::DoNotOptimize(scorer->Score(peer, ptrs));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(clusters.size()));
}
BENCHMARK(BM_RougeDuc2002_50Clusters_NoBootstrap)->Unit(benchmark::kMillisecond);

// Scoring only, texts tokenised once (e.g. many candidate summaries per cluster).
void BM_RougeDuc2002_ScoreOnly(benchmark::State& state) {
  const auto& clusters = Duc2002();
  auto scorer = precis::RougeScorer::Create(DucOptions());
  std::vector<precis::RougeText> peers;
  std::vector<std::vector<precis::RougeText>> models(clusters.size());
  for (size_t i = 0; i < clusters.size(); ++i) {
    peers.push_back(scorer->Prepare(clusters[i].peer));
    for (const auto& m : clusters[i].models) models[i].push_back(scorer->Prepare(m));
  }
  for (auto _ : state) {
    for (size_t i = 0; i < clusters.size(); ++i) {
      std::vector<const precis::RougeText*> ptrs;
      for (const auto& m : models[i]) ptrs.push_back(&m);
      benchmark::DoNotOptimize(scorer->Score(peers[i], ptrs));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(clusters.size()));
}
BENCHMARK(BM_RougeDuc2002_ScoreOnly)->Unit(benchmark::kMillisecond);

}  // namespace
