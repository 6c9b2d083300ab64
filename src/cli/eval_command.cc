// precis eval: summarize a dataset and score it, or compare two runs.
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "cli/printable.h"
#include "precis/eval.h"
#include "precis/reader.h"

namespace precis::cli {

constexpr std::string_view kVerb = "eval";
namespace {

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%6.2f", 100 * x);
  return buf;
}

int Compare(const std::string& a, const std::string& b) {
  auto sa = ReadScoresCsv(a + "/scores.csv");
  if (!sa.ok()) return Fail(kVerb, sa.status());
  auto sb = ReadScoresCsv(b + "/scores.csv");
  if (!sb.ok()) return Fail(kVerb, sb.status());
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

// Flag bounds: a summary of at most a million words (the library's budget
// limit), and a hard limit on threads (the run itself uses at most
// MaxEvalThreads(), and one per cluster).
constexpr std::size_t kMaxWords = 1000000;
constexpr int kMaxJobs = 1024;
constexpr std::size_t kMaxLimit = 1000000000;
constexpr double kMaxTimeLimit = 86400;

// A number from `min` to `max` (nan and inf are not).
CLI::Validator FiniteRange(double min, double max) {
  return CLI::Validator(
      [min, max](std::string& s) -> std::string {
        char* end = nullptr;
        double v = std::strtod(s.c_str(), &end);
        if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v) || v < min || v > max) {
          char buf[128];
          std::snprintf(buf, sizeof buf, "Value %s not in range %g to %g", s.c_str(), min, max);
          return buf;
        }
        return std::string();
      },
      "");
}

// A file name for a cluster id: no '/' (ids come from the data set, and must
// not name a path outside the summaries folder), never "." or "..".
std::string FileNameFor(const std::string& id) {
  std::string name = id;
  for (char& c : name)
    if (c == '/' || c == '\0') c = '_';
  if (name.empty() || name == "." || name == "..") name = "_" + name;
  return name;
}

Status WriteFile(const std::filesystem::path& path, const std::string& content) {
  errno = 0;
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (f) f.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (f) f.close();
  if (!f) {
    return Status::InputError(path.string() + ": cannot write (" +
                              (errno ? std::strerror(errno) : "write error") + ")");
  }
  return Status::Ok();
}

// Checks that the run's files can be written before the run: makes the
// folders, and opens scores.csv and report.txt for appending (which changes
// nothing in existing files; new ones are removed again).
Status ProbeOutput(const std::string& out_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path out(out_dir);
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) {
    return Status::InputError(out_dir + ": cannot write (not a folder)");
  }
  fs::create_directories(out / "summaries", ec);
  if (ec) return Status::InputError(out_dir + ": cannot write (" + ec.message() + ")");
  for (const fs::path& file : {out / "scores.csv", out / "report.txt", out / "readability.csv",
                               out / "false-cuts.tsv", out / "flagged.tsv"}) {
    const bool existed = fs::exists(file, ec);
    errno = 0;
    if (!std::ofstream(file, std::ios::binary | std::ios::app)) {
      return Status::InputError(file.string() + ": cannot write (" +
                                (errno ? std::strerror(errno) : "open failed") + ")");
    }
    if (!existed) fs::remove(file, ec);
  }
  // The summaries folder: a file created and removed again.
  const fs::path probe = out / "summaries" / ".precis-write-probe";
  errno = 0;
  if (!std::ofstream(probe, std::ios::binary)) {
    return Status::InputError((out / "summaries").string() + ": cannot write (" +
                              (errno ? std::strerror(errno) : "open failed") + ")");
  }
  fs::remove(probe, ec);
  return Status::Ok();
}

}  // namespace

int RunEval(int argc, char** argv) {
  CLI::App app{"Summarize every cluster of a dataset and score it with ROUGE.", "precis eval"};
  std::string dataset, method = "default", out_dir, language = "english";
  std::vector<std::string> compare;
  std::size_t words = 100;
  std::optional<std::size_t> bytes;
  std::optional<std::size_t> limit;
  int jobs = 1;
  bool whole = false, quiet = false;
  std::optional<std::string> measure;
  double time_limit = 0.5;
  app.add_option("dataset", dataset, "Cluster JSONL file with references");
  app.add_option("-m,--method", method, "Summarization method")->capture_default_str();
  CLI::Option* words_option = app.add_option("-w,--words", words, "Summary length in words")
                                  ->capture_default_str()
                                  ->check(CLI::Range(std::size_t{1}, kMaxWords));
  app.add_option("-b,--bytes", bytes,
                 "Summary length in bytes instead (DUC 2004's 665; ROUGE then cuts with -b)")
      ->check(CLI::Range(std::size_t{1}, kMaxWords))
      ->excludes(words_option);
  app.add_option("-j,--jobs", jobs,
                 "Clusters summarized in parallel (threads: at most one per cluster, and " +
                     std::to_string(MaxEvalThreads()) + " here)")
      ->capture_default_str()
      ->check(CLI::Range(1, kMaxJobs));
  app.add_option("-o,--out", out_dir, "Write summaries, scores.csv and report.txt here");
  app.add_option("--limit", limit, "Only the first N clusters")
      ->check(CLI::Range(std::size_t{1}, kMaxLimit));
  app.add_flag("--whole-sentences", whole, "Do not cut the last sentence to fill the budget");
  app.add_option("--measure", measure, "recall or f (default: the dataset's convention)");
  app.add_option("-l,--language", language, "Language")->capture_default_str();
  app.add_option("--time-limit", time_limit, "Seconds allowed to exact solvers (0 to 86400)")
      ->capture_default_str()
      ->check(FiniteRange(0, kMaxTimeLimit));
  app.add_option("--compare", compare, "Compare two runs (folders written by --out)")->expected(2);
  app.add_flag("-q,--quiet", quiet, "No progress bar");
  ReadOptions ro;
  AddInputLimitFlags(app, ro);
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;
  if (!compare.empty()) return Compare(compare[0], compare[1]);
  if (dataset.empty())
    return Fail(kVerb, Status::UsageError("no dataset given (a cluster JSONL file)"));
  if (measure && *measure != "recall" && *measure != "f")
    return Fail(kVerb, Status::UsageError("--measure must be recall or f"));
  // The reader opens files with fopen, which waits for a writer on a FIFO:
  // only a regular file (or a folder) is passed on.
  if (struct stat st;
      ::stat(dataset.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    return Fail(kVerb, Status::InputError(dataset + ": not a regular file"));
  }
  ro.format = InputFormat::kJsonl;
  auto read = ReadSources({dataset}, ro);
  if (!read.ok()) return Fail(kVerb, read.status());
  std::vector<Cluster>& clusters = read->clusters;
  if (limit && *limit < clusters.size()) clusters.resize(*limit);
  // Before the run, not after it: a run can take hours.
  if (!out_dir.empty()) {
    if (Status s = ProbeOutput(out_dir); !s.ok()) return Fail(kVerb, s);
  }

  Budget budget;
  budget.limit = bytes ? *bytes : words;
  if (bytes) budget.unit = Budget::Unit::kBytes;
  EvalOptions options = BenchmarkSettings(clusters.front().source, budget);
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
  if (!report.ok()) return Fail(kVerb, report.status());

  std::string rouge_flags =
      "-n 4 -m" +
      (options.rouge.word_limit   ? " -l " + std::to_string(options.rouge.word_limit)
       : options.rouge.byte_limit ? " -b " + std::to_string(options.rouge.byte_limit)
                                  : std::string()) +
      " -2 4 -u -f A -p 0.5";
  std::string table;
  char line[256];
  std::snprintf(line, sizeof line,
                "%s: method %s, %zu %s%s, %zu clusters (%zu without references skipped)\n",
                dataset.c_str(),
                options.summarize.method == "default" ? DefaultMethodName().c_str()
                                                      : options.summarize.method.c_str(),
                budget.limit, bytes ? "bytes" : "words", whole ? " (whole sentences)" : "",
                report->clusters.size(), report->skipped);
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
  const Readability& readable = report->readability;
  table += "readability: " + std::to_string(readable.sentences) + " sentences; " +
           std::to_string(report->opening_dependent) +
           " summaries open with a sentence that leans on a missing one, " +
           std::to_string(readable.dependent_alone) + " such sentences in all; " +
           std::to_string(readable.redundant_pairs) + " redundant pairs; " +
           std::to_string(readable.furniture) + " furniture (" +
           std::to_string(readable.furniture_cues) + " with cue words); " +
           std::to_string(readable.unintroduced_names) + " names never introduced; " +
           std::to_string(report->short_of_budget) + " summaries under 80% of the budget (" +
           std::to_string(report->short_with_material_left) +
           " of them with more the method would take); " + std::to_string(readable.false_cuts) +
           " false cuts" +
           (readable.false_cuts > 0 ? " (" + std::to_string(readable.false_cuts_held) +
                                          " of them repeat words the article keeps)"
                                    : std::string()) +
           "\n";
  std::size_t failed = 0;
  for (const auto& c : report->clusters) failed += !c.error.empty();
  std::snprintf(line, sizeof line, "%.1f clusters/s (%zu clusters in %.2f s, %d jobs)%s\n",
                static_cast<double>(report->clusters.size()) / std::max(report->seconds, 1e-9),
                report->clusters.size(), report->seconds, report->threads,
                failed ? (", " + std::to_string(failed) + " clusters failed").c_str() : "");
  table += line;
  std::cout << table;

  if (!out_dir.empty()) {
    namespace fs = std::filesystem;
    const fs::path out(out_dir);
    std::error_code ec;
    fs::create_directories(out / "summaries", ec);
    if (ec)
      return Fail(kVerb, Status::InputError(out_dir + ": cannot write (" + ec.message() + ")"));
    for (const auto& c : report->clusters) {
      std::string text;
      for (const auto& s : c.summary) text += s + "\n";
      Status s = WriteFile(out / "summaries" / (FileNameFor(c.cluster_id) + ".txt"), text);
      if (!s.ok()) return Fail(kVerb, s);
    }
    if (Status s = WriteFile(out / "scores.csv", ScoresCsv(*report, options.f_measure)); !s.ok())
      return Fail(kVerb, s);
    if (Status s = WriteFile(out / "report.txt", table); !s.ok()) return Fail(kVerb, s);
    if (Status s = WriteFile(out / "readability.csv", ReadabilityCsv(*report)); !s.ok())
      return Fail(kVerb, s);
    if (Status s = WriteFile(out / "false-cuts.tsv", FalseCutsTsv(*report)); !s.ok())
      return Fail(kVerb, s);
    if (Status s = WriteFile(out / "flagged.tsv", FlaggedTsv(*report)); !s.ok())
      return Fail(kVerb, s);
  }
  for (const auto& c : report->clusters)
    if (!c.error.empty()) PrintError(kVerb, c.error);
  return 0;
}

}  // namespace precis::cli
