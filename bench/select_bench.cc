// Times every selection method on the DUC 2002 clusters (59 clusters of about
// 10 documents), built with the plain tokenizer of select/simple_cluster.h
// (lowercase, whitespace, small stopword list, no stemming). One iteration
// summarises one cluster, cycling through them, at a 100-word budget.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "select/method.h"
#include "select/simple_cluster.h"

namespace {

using precis::select::ClusterModel;

const std::vector<ClusterModel>& DucModels() {
  static const std::vector<ClusterModel> models = [] {
    std::vector<ClusterModel> out;
    const char* env = std::getenv("PRECIS_SHARED_DIR");
    std::ifstream in(std::string(env ? env : PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto cluster = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (cluster.is_discarded()) continue;
      precis::select::SimpleCluster c;
      for (const auto& doc : cluster["documents"])
        c.AddText(doc.value("id", ""),
                  doc["date"].is_string() ? doc["date"].get<std::string>() : "",
                  doc.value("text", ""));
      out.push_back(std::move(c).Build());
    }
    return out;
  }();
  return models;
}

void BM_Select(benchmark::State& state, const std::string& name) {
  const auto& models = DucModels();
  if (models.empty()) {
    state.SkipWithError("no DUC 2002 clusters under PRECIS_SHARED_DIR");
    return;
  }
  auto method = std::move(precis::select::MakeMethod(name).value());
  const precis::select::LengthBudget budget{precis::select::LengthBudget::Unit::kWords,
                                            static_cast<std::size_t>(state.range(0))};
  std::size_t k = 0, sentences = 0;
  for (auto _ : state) {
    const ClusterModel& model = models[k++ % models.size()];
    sentences += model.sentences.size();
    benchmark::DoNotOptimize(method->Select(model, budget));
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(k));
  state.counters["sentences/cluster"] = static_cast<double>(sentences) / static_cast<double>(k);
}

const bool registered = [] {
  for (const auto& name : precis::select::MethodNames())
    benchmark::RegisterBenchmark(("select/" + name).c_str(), BM_Select, name)
        ->Arg(100)
        ->Arg(200)
        ->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace
