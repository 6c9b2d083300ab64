// precis eval: summarize a dataset and score it, or compare two runs.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "eval/score_table.h"
#include "precis/eval.h"
#include "precis/reader.h"

namespace precis::cli {
namespace {

int Fail(const Status& s) {
  std::fprintf(stderr, "precis eval: %s\n", s.message().c_str());
  return s.exit_code();
}

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%6.2f", 100 * x);
  return buf;
}

int Compare(const std::string& a, const std::string& b) {
  auto sa = eval::ReadScoresCsv(a + "/scores.csv");
  if (!sa.ok()) return Fail(sa.status());
  auto sb = eval::ReadScoresCsv(b + "/scores.csv");
  if (!sb.ok()) return Fail(sb.status());
  auto rows = ComparePaired(*sa, *sb);
  std::printf("paired comparison: A = %s, B = %s\n", a.c_str(), b.c_str());
  std::printf("%-10s %8s %8s %8s %8s  %7s %7s  %10s %10s\n", "metric", "clusters", "A", "B", "B-A",
              "B>A", "A>B", "p(boot)", "p(sign)");
  for (const auto& r : rows)
    std::printf("%-10s %8zu %8s %8s %8s  %7zu %7zu  %10.4f %10.4f\n", r.metric.c_str(), r.clusters,
                Percent(r.mean_a).c_str(), Percent(r.mean_b).c_str(),
                Percent(r.mean_difference).c_str(), r.b_better, r.a_better, r.bootstrap_p,
                r.sign_test_p);
  std::printf(
      "p(boot): share of 10000 paired bootstrap resamples where B is not better; "
      "p(sign): two-sided sign test.\n");
  return 0;
}

}  // namespace

int RunEval(int argc, char** argv) {
  CLI::App app{"Summarize every cluster of a dataset and score it with ROUGE.", "precis eval"};
  std::string dataset, method = "default", out_dir, language = "english";
  std::vector<std::string> compare;
  std::size_t words = 100;
  std::optional<std::size_t> limit;
  int jobs = 1;
  bool whole = false, quiet = false;
  std::optional<std::string> measure;
  double time_limit = 0.5;
  app.add_option("dataset", dataset, "Cluster JSONL file with references");
  app.add_option("-m,--method", method, "Summarization method")->capture_default_str();
  app.add_option("-w,--words", words, "Summary length in words")->capture_default_str();
  app.add_option("-j,--jobs", jobs, "Clusters summarized in parallel")->capture_default_str();
  app.add_option("-o,--out", out_dir, "Write summaries, scores.csv and report.txt here");
  app.add_option("--limit", limit, "Only the first N clusters");
  app.add_flag("--whole-sentences", whole, "Do not cut the last sentence to fill the budget");
  app.add_option("--measure", measure, "recall or f (default: the dataset's convention)");
  app.add_option("-l,--language", language, "Language")->capture_default_str();
  app.add_option("--time-limit", time_limit, "Seconds allowed to exact solvers")
      ->capture_default_str();
  app.add_option("--compare", compare, "Compare two runs (folders written by --out)")->expected(2);
  app.add_flag("-q,--quiet", quiet, "No progress bar");
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;
  if (!compare.empty()) return Compare(compare[0], compare[1]);
  if (dataset.empty()) return Fail(Status::UsageError("no dataset given (a cluster JSONL file)"));
  if (jobs < 1) return Fail(Status::UsageError("--jobs must be at least 1"));
  if (measure && *measure != "recall" && *measure != "f")
    return Fail(Status::UsageError("--measure must be recall or f"));

  ReadOptions ro;
  ro.format = InputFormat::kJsonl;
  auto read = ReadSources({dataset}, ro);
  if (!read.ok()) return Fail(read.status());
  std::vector<Cluster>& clusters = read->clusters;
  if (limit && *limit < clusters.size()) clusters.resize(*limit);

  EvalOptions options = BenchmarkSettings(clusters.front().source, words);
  options.summarize.method = method;
  options.summarize.language = language;
  options.summarize.time_limit_seconds = time_limit;
  options.summarize.budget.fill = !whole;
  if (measure) options.f_measure = *measure == "f";
  options.jobs = jobs;
  if (!quiet && isatty(STDERR_FILENO))
    options.progress = [](std::size_t done, std::size_t total) {
      int width = 40, filled = static_cast<int>(width * done / total);
      std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '#').c_str(),
                   std::string(width - filled, ' ').c_str(), done, total);
      if (done == total) std::fputs("\r\033[K", stderr);
    };
  auto report = RunEvaluation(clusters, options);
  if (!report.ok()) return Fail(report.status());

  std::string rouge_flags =
      "-n 4 -m" +
      (options.rouge.word_limit ? " -l " + std::to_string(options.rouge.word_limit)
                                : std::string()) +
      " -2 4 -u -f A -p 0.5";
  std::string table;
  char line[256];
  std::snprintf(line, sizeof line,
                "%s: method %s, %zu words%s, %zu clusters (%zu without references skipped)\n",
                dataset.c_str(),
                options.summarize.method == "default" ? DefaultMethodName().c_str()
                                                      : options.summarize.method.c_str(),
                words, whole ? " (whole sentences)" : "", report->clusters.size(), report->skipped);
  table += line;
  std::snprintf(line, sizeof line, "ROUGE-1.5.5 %s, %s; averages are ROUGE's bootstrap means\n",
                rouge_flags.c_str(), options.f_measure ? "F-measure" : "recall");
  table += line;
  std::snprintf(line, sizeof line, "%-10s %7s   %s\n", "metric", "score", "95% interval");
  table += line;
  for (const auto& m : report->averages) {
    const RougeScore& avg = m.average.average;
    const RougeScore& lo = m.average.low;
    const RougeScore& hi = m.average.high;
    double v = options.f_measure ? avg.f : avg.recall;
    double l = options.f_measure ? lo.f : lo.recall;
    double h = options.f_measure ? hi.f : hi.recall;
    std::snprintf(line, sizeof line, "%-10s %7s   (%s - %s)\n", m.metric.c_str(),
                  Percent(v).c_str(), Percent(l).c_str(), Percent(h).c_str());
    table += line;
  }
  std::size_t failed = 0;
  for (const auto& c : report->clusters) failed += !c.error.empty();
  std::snprintf(line, sizeof line, "%.1f clusters/s (%zu clusters in %.2f s, %d jobs)%s\n",
                static_cast<double>(report->clusters.size()) / std::max(report->seconds, 1e-9),
                report->clusters.size(), report->seconds, jobs,
                failed ? (", " + std::to_string(failed) + " clusters failed").c_str() : "");
  table += line;
  std::cout << table;

  if (!out_dir.empty()) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(fs::path(out_dir) / "summaries", ec);
    if (ec) return Fail(Status::InputError(out_dir + ": cannot create folder: " + ec.message()));
    for (const auto& c : report->clusters) {
      std::ofstream f(fs::path(out_dir) / "summaries" / (c.cluster_id + ".txt"));
      for (const auto& s : c.summary) f << s << "\n";
    }
    std::ofstream(fs::path(out_dir) / "scores.csv") << eval::ScoresCsv(*report, options.f_measure);
    std::ofstream(fs::path(out_dir) / "report.txt") << table;
    if (!std::ofstream(fs::path(out_dir) / "report.txt", std::ios::app))
      return Fail(Status::InputError(out_dir + ": cannot write"));
  }
  for (const auto& c : report->clusters)
    if (!c.error.empty()) std::fprintf(stderr, "precis eval: %s\n", c.error.c_str());
  return 0;
}

}  // namespace precis::cli
