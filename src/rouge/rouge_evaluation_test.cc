#include "rouge/rouge_evaluation.h"

#include <map>

#include <gtest/gtest.h>

#include "rouge/rouge_report.h"
#include "rouge/rouge_scorer.h"

namespace precis::rouge {
namespace {

// An in-memory file system for the evaluation.
RougeFileReader Files(std::map<std::string, std::string> files) {
  return [files](const std::string& path) -> Result<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return Status::InputError("cannot read '" + path + "'");
    return it->second;
  };
}

RougeConfig TwoEvals() {
  RougeConfig c;
  for (const char* id : {"10", "9"}) {
    RougeEval e;
    e.id = id;
    e.peer_root = "p";
    e.model_root = "m";
    e.format = InputFormat::kSpl;
    e.peers["S"] = std::string(id) + ".txt";
    e.model_ids = {"A", "B"};
    e.models["A"] = std::string(id) + ".A";
    e.models["B"] = std::string(id) + ".B";
    c.evals.push_back(e);
  }
  c.evals[1].peers["T"] = "t.txt";
  c.peer_ids = {"S", "T"};
  return c;
}

std::map<std::string, std::string> TwoEvalFiles() {
  return {{"p/10.txt", "a b c d\n"}, {"m/10.A", "a b\n"},  {"m/10.B", "c d e f\n"},
          {"p/9.txt", "x y\n"},      {"m/9.A", "x y z\n"}, {"m/9.B", "q\n"},
          {"p/t.txt", "x\n"}};
}

TEST(RougeEvaluation, ScoresEverySystemAndWarnsAboutMissingPeers) {
  RougeOptions o;
  o.max_ngram = 1;
  o.lcs = false;
  Result<RougeEvaluation> ev =
      EvaluateRouge(TwoEvals(), {"S", "T"}, o, false, Files(TwoEvalFiles()));
  ASSERT_TRUE(ev.ok()) << ev.status().message();
  ASSERT_EQ(ev->systems.size(), 2u);
  const RougeMetricResult& s = ev->systems[0].metrics[0];
  EXPECT_EQ(s.metric, "ROUGE-1");
  ASSERT_EQ(s.evals.size(), 2u);
  // By the number in front: 9 before 10.
  EXPECT_EQ(s.evals[0].id, "9.S");
  EXPECT_EQ(s.evals[1].id, "10.S");
  EXPECT_DOUBLE_EQ(s.evals[1].score.recall, 0.66667);  // (2 + 2) / (2 + 4)
  EXPECT_DOUBLE_EQ(s.evals[0].score.recall, 0.5);      // 2 / (3 + 1)
  ASSERT_EQ(ev->warnings.size(), 1u);
  EXPECT_EQ(ev->warnings[0],
            "*ROUGE Warning: test instance for peer T does not exist for evaluation 10");
  EXPECT_EQ(ev->systems[1].metrics[0].evals.size(), 1u);
}

TEST(RougeEvaluation, JackknifeAveragesLeaveOneOutScores) {
  RougeOptions o;
  o.max_ngram = 1;
  o.lcs = false;
  Result<RougeEvaluation> ev = EvaluateRouge(TwoEvals(), {"S"}, o, true, Files(TwoEvalFiles()));
  ASSERT_TRUE(ev.ok());
  const RougeMetricResult& s = ev->systems[0].metrics[0];
  // Eval 10: without A, R = 2/4; without B, R = 2/2: mean 0.75.
  EXPECT_DOUBLE_EQ(s.evals[1].score.recall, 0.75);
  // Eval 9: without A, R = 0/1; without B, R = 2/3 = 0.66667: the mean 0.333335
  // is just below the half in binary and prints as 0.33333.
  EXPECT_DOUBLE_EQ(s.evals[0].score.recall, 0.33333);
}

TEST(RougeEvaluation, JackknifeScoresAHumanPeerWithoutItsOwnModel) {
  RougeConfig c = TwoEvals();
  c.evals.resize(1);
  c.evals[0].peers["A"] = "10.human";
  auto files = TwoEvalFiles();
  files["p/10.human"] = "a b\n";
  RougeOptions o;
  o.max_ngram = 1;
  o.lcs = false;
  Result<RougeEvaluation> ev = EvaluateRouge(c, {"A"}, o, true, Files(files));
  ASSERT_TRUE(ev.ok());
  EXPECT_DOUBLE_EQ(ev->systems[0].metrics[0].evals[0].score.recall, 0.0);  // only vs B
}

TEST(RougeEvaluation, MissingFilesAreInputErrorsNamingTheFile) {
  auto files = TwoEvalFiles();
  files.erase("m/9.B");
  Result<RougeEvaluation> ev =
      EvaluateRouge(TwoEvals(), {"S"}, RougeOptions{}, false, Files(files));
  ASSERT_FALSE(ev.ok());
  EXPECT_EQ(ev.status().exit_code(), 1);
  EXPECT_NE(ev.status().message().find("m/9.B"), std::string::npos);
}

TEST(RougeEvaluation, FilesTooLargeTogetherAreAnInputError) {
  // Evaluation 10 reads 20 bytes; 9.A (6 more) passes the limit of 20.
  Result<RougeEvaluation> ev =
      EvaluateRouge(TwoEvals(), {"S"}, RougeOptions{}, false, Files(TwoEvalFiles()), 20);
  ASSERT_FALSE(ev.ok());
  EXPECT_EQ(ev.status().exit_code(), 1);
  EXPECT_EQ(ev.status().message(),
            "m/9.A: the files of this run are too large together (26 bytes read; the "
            "limit is 20)");
  EXPECT_TRUE(
      EvaluateRouge(TwoEvals(), {"S"}, RougeOptions{}, false, Files(TwoEvalFiles()), 40).ok());
}

// Many systems, each in one of many evaluations: ROUGE's warnings would be
// quadratic; the first kMaxRougeWarnings are listed, then one line counts the rest.
TEST(RougeEvaluation, WarningsAreBounded) {
  RougeConfig c;
  std::map<std::string, std::string> files = {{"m/r", "a b\n"}, {"p/x", "a\n"}};
  std::vector<std::string> systems;
  for (int i = 0; i < 1500; ++i) {
    RougeEval e;
    e.id = std::to_string(i);
    e.peer_root = "p";
    e.model_root = "m";
    e.format = InputFormat::kSpl;
    const std::string system = "s" + std::to_string(i);
    e.peers[system] = "x";
    e.model_ids = {"A"};
    e.models["A"] = "r";
    c.evals.push_back(e);
    systems.push_back(system);
  }
  RougeOptions o;
  o.max_ngram = 1;
  o.lcs = false;
  o.resamples = 1;
  Result<RougeEvaluation> ev = EvaluateRouge(c, systems, o, false, Files(files));
  ASSERT_TRUE(ev.ok()) << ev.status().message();
  ASSERT_EQ(ev->systems.size(), 1500u);
  EXPECT_EQ(ev->systems[1].metrics[0].evals.size(), 1u);
  ASSERT_EQ(ev->warnings.size(), kMaxRougeWarnings + 1);
  EXPECT_EQ(ev->warnings[0],
            "*ROUGE Warning: test instance for peer s0 does not exist for evaluation 1");
  EXPECT_EQ(ev->warnings[999],
            "*ROUGE Warning: test instance for peer s0 does not exist for evaluation 1000");
  // 1500 systems x 1499 evaluations without them, less the 1000 listed.
  EXPECT_EQ(ev->warnings[1000],
            "*ROUGE Warning: 2247500 more test instances do not exist (not listed)");
}

TEST(RougeEvaluation, JackknifeTakesABoundedNumberOfModels) {
  RougeConfig c = TwoEvals();
  auto files = TwoEvalFiles();
  for (int i = 0; i < 101; ++i) {
    const std::string id = "X" + std::to_string(i);
    c.evals[0].model_ids.push_back(id);
    c.evals[0].models[id] = "10.A";
  }
  RougeOptions o;
  o.max_ngram = 1;
  Result<RougeEvaluation> ev = EvaluateRouge(c, {"S"}, o, true, Files(files));
  ASSERT_FALSE(ev.ok());
  EXPECT_EQ(ev.status().exit_code(), 1);
  EXPECT_EQ(ev.status().message(), "evaluation 10 has 103 models; --jackknife takes at most 100");
  EXPECT_TRUE(EvaluateRouge(c, {"S"}, o, false, Files(files)).ok());
}

TEST(RougeEvaluation, SortByEvalId) {
  std::vector<RougeEvalScore> s = {
      {"b.X", {}}, {"10.X", {}}, {"a.X", {}}, {"9.X", {}}, {"009.Y", {}}};
  SortByEvalId(s);
  std::vector<std::string> ids;
  for (const auto& e : s) ids.push_back(e.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"009.Y", "9.X", "10.X", "a.X", "b.X"}));
}

TEST(RougeReport, TextLayoutIsRouge155s) {
  RougeEvaluation ev;
  RougeSystemResult s;
  s.system = "sys1";
  RougeMetricResult m;
  m.metric = "ROUGE-1";
  m.average = {
      {0.35127, 0.34818, 0.3496}, {0.32636, 0.32334, 0.32486}, {0.37749, 0.37383, 0.37555}};
  m.evals = {{"d061.sys1", {0.5, 0.25, 1.0 / 3}}};
  s.metrics.push_back(m);
  ev.systems.push_back(s);
  ReportSettings settings;
  EXPECT_EQ(FormatRougeReport(ev, settings),
            "---------------------------------------------\n"
            "sys1 ROUGE-1 Average_R: 0.35127 (95%-conf.int. 0.32636 - 0.37749)\n"
            "sys1 ROUGE-1 Average_P: 0.34818 (95%-conf.int. 0.32334 - 0.37383)\n"
            "sys1 ROUGE-1 Average_F: 0.34960 (95%-conf.int. 0.32486 - 0.37555)\n");
  settings.per_eval = true;
  settings.confidence_label = "99";
  EXPECT_EQ(FormatRougeReport(ev, settings),
            "---------------------------------------------\n"
            "sys1 ROUGE-1 Average_R: 0.35127 (99%-conf.int. 0.32636 - 0.37749)\n"
            "sys1 ROUGE-1 Average_P: 0.34818 (99%-conf.int. 0.32334 - 0.37383)\n"
            "sys1 ROUGE-1 Average_F: 0.34960 (99%-conf.int. 0.32486 - 0.37555)\n"
            ".............................................\n"
            "sys1 ROUGE-1 Eval d061.sys1 R:0.50000 P:0.25000 F:0.33333\n");
  settings.format = ReportFormat::kCsv;
  EXPECT_EQ(FormatRougeReport(ev, settings),
            "system,metric,evaluation,R,P,F\n"
            "sys1,ROUGE-1,average,0.35127,0.34818,0.34960\n"
            "sys1,ROUGE-1,conf_low,0.32636,0.32334,0.32486\n"
            "sys1,ROUGE-1,conf_high,0.37749,0.37383,0.37555\n"
            "sys1,ROUGE-1,d061.sys1,0.50000,0.25000,0.33333\n");
  settings.format = ReportFormat::kJson;
  std::string json = FormatRougeReport(ev, settings);
  EXPECT_NE(json.find("\"metric\": \"ROUGE-1\""), std::string::npos);
  EXPECT_NE(json.find("0.35127"), std::string::npos);
}

}  // namespace
}  // namespace precis::rouge
