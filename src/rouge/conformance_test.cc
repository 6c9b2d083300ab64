// Checks precis' ROUGE against ROUGE-1.5.5 itself: every per-evaluation value in
// ../shared/rouge/vectors.jsonl and every average and interval in averages.jsonl,
// compared as the "%7.5f" strings ROUGE prints. Fails (does not skip) when the
// shared data is missing.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "precis/rouge.h"
#include "rouge/rouge_command_line.h"
#include "rouge/rouge_scorer.h"

namespace precis::rouge {
namespace {

std::string SharedDir() {
  if (const char* env = std::getenv("PRECIS_SHARED_DIR"); env && *env) return env;
  return PRECIS_SHARED_DIR;
}

std::vector<nlohmann::json> ReadJsonLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<nlohmann::json> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

std::string Fmt(double x) { return FormatRouge(x); }

RougeOptions OptionsOf(const std::string& config) {
  std::vector<std::string> args = SplitOptionString(config);
  args.push_back("-a");
  args.push_back("config.xml");
  Result<RougeCommandLine> cl = ParseRougeCommandLine(args);
  EXPECT_TRUE(cl.ok()) << config << ": " << cl.status().message();
  return cl.ok() ? cl->options : RougeOptions{};
}

struct Outcome {
  int values = 0;
  int mismatches = 0;
  // config -> metric -> per-evaluation scores
  std::map<std::string, std::map<std::string, std::vector<RougeEvalScore>>> scores;
};

const Outcome& RunVectors() {
  static const Outcome* outcome = [] {
    auto* o = new Outcome();
    std::vector<nlohmann::json> vectors = ReadJsonLines(SharedDir() + "/rouge/vectors.jsonl");
    std::map<std::string, std::unique_ptr<RougeScorer>> scorers;
    for (const nlohmann::json& v : vectors) {
      const std::string config = v["config"];
      auto& scorer = scorers[config];
      if (!scorer) {
        Result<RougeScorer> s = RougeScorer::Create(OptionsOf(config));
        if (!s.ok()) {
          ADD_FAILURE() << config << ": " << s.status().message();
          continue;
        }
        scorer = std::make_unique<RougeScorer>(std::move(s).value());
      }
      RougeText peer = scorer->Prepare(v["peer"].get<std::vector<std::string>>());
      std::vector<RougeText> models;
      for (const auto& m : v["models"]) {
        models.push_back(scorer->Prepare(m.get<std::vector<std::string>>()));
      }
      std::vector<const RougeText*> pointers;
      for (const RougeText& m : models) pointers.push_back(&m);
      std::vector<RougeMetricScore> got = scorer->Score(peer, pointers);
      const nlohmann::json& expected = v["expected"];
      EXPECT_EQ(got.size(), expected.size()) << v["id"] << " " << config;
      for (const RougeMetricScore& m : got) {
        o->scores[config][m.metric].push_back({std::string(v["id"]) + ".X", m.score});
        if (!expected.contains(m.metric)) {
          ADD_FAILURE() << v["id"] << " " << config << ": unexpected metric " << m.metric;
          continue;
        }
        const nlohmann::json& e = expected[m.metric];
        const std::pair<const char*, double> parts[] = {
            {"R", m.score.recall}, {"P", m.score.precision}, {"F", m.score.f}};
        for (auto [key, value] : parts) {
          ++o->values;
          std::string want = Fmt(e[key].get<double>());
          if (Fmt(value) != want) {
            ++o->mismatches;
            ADD_FAILURE() << v["id"] << " [" << config << "] " << m.metric << " " << key << ": got "
                          << Fmt(value) << ", ROUGE-1.5.5 printed " << want;
          }
        }
      }
    }
    return o;
  }();
  return *outcome;
}

TEST(RougeConformance, SharedDataIsPresent) {
  std::ifstream vectors(SharedDir() + "/rouge/vectors.jsonl");
  std::ifstream averages(SharedDir() + "/rouge/averages.jsonl");
  ASSERT_TRUE(vectors.good()) << "missing " << SharedDir() << "/rouge/vectors.jsonl";
  ASSERT_TRUE(averages.good()) << "missing " << SharedDir() << "/rouge/averages.jsonl";
}

TEST(RougeConformance, EveryPerEvaluationValueMatches) {
  const Outcome& o = RunVectors();
  EXPECT_EQ(o.values, 10380) << "the vectors hold 10,380 values";
  EXPECT_EQ(o.mismatches, 0) << o.mismatches << " of " << o.values << " values differ";
}

TEST(RougeConformance, EveryAverageAndIntervalMatches) {
  const Outcome& o = RunVectors();
  std::vector<nlohmann::json> averages = ReadJsonLines(SharedDir() + "/rouge/averages.jsonl");
  ASSERT_EQ(averages.size(), 20u);
  int lines = 0;
  for (const nlohmann::json& a : averages) {
    const std::string config = a["config"];
    const std::string metric = a["metric"];
    auto c = o.scores.find(config);
    ASSERT_NE(c, o.scores.end()) << config;
    auto m = c->second.find(metric);
    ASSERT_NE(m, c->second.end()) << config << " " << metric;
    ASSERT_EQ(m->second.size(), a["evaluations"].get<size_t>());
    RougeAverage avg = RougeBootstrapAverage(m->second, 1000, 95);
    const std::pair<const char*, std::array<double, 3>> rows[] = {
        {"R", {avg.average.recall, avg.low.recall, avg.high.recall}},
        {"P", {avg.average.precision, avg.low.precision, avg.high.precision}},
        {"F", {avg.average.f, avg.low.f, avg.high.f}}};
    for (const auto& [key, got] : rows) {
      const std::string what = config + " " + metric + " Average_" + key;
      EXPECT_EQ(Fmt(got[0]), Fmt(a[std::string("Average_") + key].get<double>())) << what;
      EXPECT_EQ(Fmt(got[1]), Fmt(a["conf_int_95"][key][0].get<double>())) << what << " low";
      EXPECT_EQ(Fmt(got[2]), Fmt(a["conf_int_95"][key][1].get<double>())) << what << " high";
      ++lines;
    }
  }
  EXPECT_EQ(lines, 60);
}

}  // namespace
}  // namespace precis::rouge
