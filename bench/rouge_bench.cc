// ROUGE-1.5.5-exact scoring speed on DUC 2002: for each of the first 50
// clusters, the peer is the first sentence of every document and the models are
// up to 4 reference summaries (the 100- and 200-word ones). Options are NIST's
// DUC command plus -l 100: -n 4 -w 1.2 -m -2 4 -u -l 100 (ROUGE-1..4, L, W, SU4).
// BM_RougeCommandLine/A and /B run `precis rouge` in-process on the two option
// sets of issue 10 over a workload built as scripts/bench-rouge.py builds it (the
// DUC 2002 evaluations, 8 systems: two lead baselines and the 10-, 50- and
// 200-word human summaries; the 100-word references as models), from the XML
// config and files to the report.
// main() comes from BENCHMARK_MAIN in another file of precis_bench.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
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

// The first of `sentences` up to `words` words (whole sentences; the last one may pass it).
std::vector<std::string> UpToWords(const std::vector<std::string>& sentences, int words) {
  std::vector<std::string> out;
  int n = 0;
  for (const std::string& s : sentences) {
    if (n >= words) break;
    out.push_back(s);
    std::istringstream in(s);
    for (std::string w; in >> w;) ++n;
  }
  return out;
}

// That workload, written once to a temporary folder
// (removed at exit): its config.xml path, or "" without the data.
const std::string& CommandLineWorkload() {
  struct Folder {
    std::filesystem::path path;
    ~Folder() {
      std::error_code ignored;
      if (!path.empty()) std::filesystem::remove_all(path, ignored);
    }
  };
  static Folder folder;
  static const std::string config = []() -> std::string {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "precis-rouge-bench.XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return "";
    folder.path = pattern;
    std::ifstream in(std::string(PRECIS_SHARED_DIR) + "/data/duc2002/clusters.jsonl");
    std::string xml = "<ROUGE_EVAL version=\"1.5.5\">\n";
    const std::string root = folder.path.string();
    auto write = [&](const std::string& name, const std::vector<std::string>& sentences) {
      std::ofstream out(folder.path / name);
      for (const std::string& s : sentences) out << s << "\n";
      return name;
    };
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      nlohmann::json c = nlohmann::json::parse(line);
      const std::string id = c["id"].get<std::string>();
      std::map<int, std::vector<std::vector<std::string>>> refs;
      for (const auto& r : c["references"])
        refs[r["words"].get<int>()].push_back(Sentences(r["text"].get<std::string>()));
      if (refs[100].empty()) continue;
      std::vector<std::vector<std::string>> docs;
      for (const auto& d : c["documents"]) {
        std::vector<std::string> s = Sentences(d["text"].get<std::string>());
        if (!s.empty()) docs.push_back(std::move(s));
      }
      std::vector<std::pair<std::string, std::vector<std::string>>> peers;
      std::vector<std::string> firsts;
      for (const auto& d : docs) firsts.push_back(d[0]);
      peers.emplace_back("LEAD", UpToWords(docs.at(0), 100));
      peers.emplace_back("LEADS", UpToWords(firsts, 100));
      for (int words : {10, 50, 200}) {
        for (size_t k = 0; k < refs[words].size() && k < 2; ++k)
          peers.emplace_back("H" + std::to_string(words) + "ab"[k], refs[words][k]);
      }
      xml += "<EVAL ID=\"" + id + "\">\n<PEER-ROOT>" + root + "</PEER-ROOT>\n<MODEL-ROOT>" + root +
             "</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"SPL\">\n</INPUT-FORMAT>\n<PEERS>\n";
      for (const auto& [name, sentences] : peers) {
        xml += "<P ID=\"" + name + "\">" + write(id + "." + name + ".spl", sentences) + "</P>\n";
      }
      xml += "</PEERS>\n<MODELS>\n";
      for (size_t k = 0; k < refs[100].size() && k < 2; ++k) {
        xml += std::string("<M ID=\"") + "AB"[k] + "\">" +
               write(id + ".M" + std::to_string(k) + ".spl", refs[100][k]) + "</M>\n";
      }
      xml += "</MODELS>\n</EVAL>\n";
    }
    xml += "</ROUGE_EVAL>\n";
    std::ofstream(folder.path / "config.xml") << xml;
    return (folder.path / "config.xml").string();
  }();
  return config;
}

// `precis rouge OPTIONS -a config.xml` in-process, report included.
void RougeCommandLine(benchmark::State& state, const std::string& options) {
  const std::string& config = CommandLineWorkload();
  if (config.empty()) {
    state.SkipWithError("no DUC 2002 data or no temporary folder");
    return;
  }
  std::vector<std::string> args;
  std::istringstream in(options);
  for (std::string a; in >> a;) args.push_back(a);
  args.push_back(config);
  for (auto _ : state) {
    auto out = precis::RunRougeCommandLine(args);
    if (!out.ok()) {
      state.SkipWithError(out.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(out->text.data());
  }
}

// Option set A of issue 10: ROUGE-1..4 and L on the first 100 words, per-evaluation lines.
void BM_RougeCommandLine_A(benchmark::State& state) {
  RougeCommandLine(state, "-n 4 -m -l 100 -c 95 -r 1000 -a -d");
}
BENCHMARK(BM_RougeCommandLine_A)->Unit(benchmark::kMillisecond);

// Option set B: ROUGE-1, 2 and SU4 (skip-bigrams with gaps up to 4, and unigrams).
void BM_RougeCommandLine_B(benchmark::State& state) {
  RougeCommandLine(state, "-n 2 -2 4 -u -m -x -c 95 -r 1000 -f A -p 0.5 -t 0 -a");
}
BENCHMARK(BM_RougeCommandLine_B)->Unit(benchmark::kMillisecond);

}  // namespace
