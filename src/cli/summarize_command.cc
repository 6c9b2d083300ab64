// precis summarize: read sources, summarize each cluster, print.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <optional>
#include <set>

#include <unistd.h>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "cli/malloc_tuning.h"
#include "cli/printable.h"
#include "precis/precis.h"

namespace precis::cli {

constexpr std::string_view kVerb = "summarize";
namespace {
// Input text of a cluster past which its freed analysis is worth returning
// to the system (several times this much).
constexpr std::size_t kReleaseAfterBytes = std::size_t{4} << 20;
// Input text of a single cluster past which its threads share one allocator
// arena (ShareOneArena).
constexpr std::size_t kOneArenaBytes = std::size_t{16} << 20;
}  // namespace
int RunSummarize(int argc, char** argv) {
  CLI::App app{"Summarize a cluster of news articles.", "precis summarize"};
  InputFlags input;
  std::string method = "default", format = "text", order = "chronological";
  std::string language = "english";
  std::optional<std::size_t> words, bytes, sentences;
  bool fill = false, explain = false, quiet = false;
  double time_limit = 0.5;
  std::string methods;
  for (const MethodInfo& m : Methods()) methods += "\n    " + m.name + ": " + m.help;
  app.add_option("-m,--method", method,
                 "Method: default (= " + DefaultMethodName() + ") or one of" + methods)
      ->capture_default_str();
  const CLI::Range budget_range(std::size_t{1}, Budget::kMaxLimit);
  auto* w = app.add_option("-w,--words", words, "Length budget in words (default 100)")
                ->check(budget_range);
  auto* b = app.add_option("-b,--bytes", bytes, "Length budget in bytes")->check(budget_range);
  auto* s = app.add_option("-s,--sentences", sentences, "Length budget in sentences")
                ->check(budget_range);
  w->excludes(b)->excludes(s);
  b->excludes(s);
  app.add_flag("--fill", fill, "Cut the last sentence so the summary fills the budget exactly");
  app.add_option("--order", order, "Sentence order: chronological or relevance")
      ->capture_default_str();
  app.add_option("-f,--format", format, "Output: text, json or markdown")->capture_default_str();
  app.add_option("-l,--language", language, "Language for sentences, stopwords and stemming")
      ->capture_default_str();
  app.add_flag("--explain", explain, "List the boilerplate removed, and why");
  std::string dates = "auto";
  app.add_option("--dates", dates,
                 "Plain text: end each sentence with its article's date when the summary mixes "
                 "articles of different dates: auto (when printing to a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--time-limit", time_limit, "Seconds allowed to exact solvers (ilp)")
      ->check(CLI::Range(0.0, SummarizeOptions::kMaxTimeLimitSeconds))
      ->capture_default_str();
  int threads = 0;
  AddThreadsFlag(app, threads);
  app.add_flag("-q,--quiet", quiet, "Do not print warnings");
  AddInputFlags(app, input, "Focus the summary on this question or topic (replaces a JSONL query)");
  std::vector<std::string> seen_sources;
  app.add_option("--seen", seen_sources,
                 "Articles already read (files, folders, JSONL, -): summarize what the sources "
                 "add to them (replaces a JSONL \"seen\")")
      ->take_all();
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;

  auto out_format = ParseOutputFormat(format);
  if (!out_format.ok()) return Fail(kVerb, out_format.status());
  SummarizeOptions options;
  options.method = method;
  options.language = language;
  options.explain = explain;
  // Figures are shown in JSON and Markdown only.
  options.figures = *out_format != OutputFormat::kText;
  options.time_limit_seconds = time_limit;
  options.threads = threads;
  options.budget.fill = fill;
  if (bytes) {
    options.budget.unit = Budget::Unit::kBytes;
    options.budget.limit = *bytes;
  } else if (sentences) {
    options.budget.unit = Budget::Unit::kSentences;
    options.budget.limit = *sentences;
  } else if (words) {
    options.budget.limit = *words;
  }
  if (order == "relevance") {
    options.order = Order::kRelevance;
  } else if (order != "chronological") {
    return Fail(kVerb, Status::UsageError("unknown order '" + order +
                                          "' (choose from: chronological, relevance)"));
  }
  auto summarizer = Summarizer::Create(options);
  if (!summarizer.ok()) return Fail(kVerb, summarizer.status());

  auto read = ReadInput(input, kVerb, quiet);
  if (!read.ok()) return Fail(kVerb, read.status());
  // Parsing leaves many small blocks free; their pages go back before the
  // peak of summarizing.
  ReleaseFreeMemory();

  // Of several clusters, one that cannot be summarized is skipped with a
  // warning naming it; the run fails only when none could be.
  if (!seen_sources.empty()) {
    auto seen = ReadSources(seen_sources, input.options);
    if (!seen.ok()) {
      PrintError(kVerb, "--seen: " + seen.status().message());
      return seen.status().exit_code();
    }
    if (!quiet)
      for (const auto& warning : seen->warnings) PrintWarning(kVerb, "--seen: " + warning);
    std::vector<Document> seen_documents;
    for (auto& c : seen->clusters)
      for (auto& d : c.documents) seen_documents.push_back(std::move(d));
    for (auto& cluster : read->clusters) cluster.seen = seen_documents;
  }
  // A person at a terminal reads the dates; a script or ROUGE reads plain sentences.
  const bool show_dates = dates == "always" || (dates == "auto" && isatty(STDOUT_FILENO) != 0);
  const bool many = read->clusters.size() > 1;
  std::size_t printed = 0;
  std::set<std::string> warned;
  Status last_error;
  std::vector<std::size_t> cluster_bytes(read->clusters.size(), 0);
  for (std::size_t c = 0; c < read->clusters.size(); ++c)
    for (const auto& d : read->clusters[c].documents) cluster_bytes[c] += d.text.size();
  if (!many && !cluster_bytes.empty() && cluster_bytes[0] >= kOneArenaBytes) ShareOneArena();
  // Each cluster is summarized once (its text goes as it is read), several
  // at once with --threads; the summaries come back in input order.
  summarizer->SummarizeEach(std::move(read->clusters), [&](std::size_t c, Result<Summary> summary) {
    if (!summary.ok()) {
      last_error = summary.status();
      if (!quiet && many) PrintWarning(kVerb, "skipped " + last_error.message());
      return;
    }
    if (*out_format == OutputFormat::kText && many)
      std::cout << (printed ? "\n" : "") << "# " << Printable(summary->cluster_id) << "\n";
    if (*out_format == OutputFormat::kMarkdown && printed) std::cout << "\n";
    ++printed;
    // A warning every cluster gives (a method that ignores the query) is said once.
    if (!quiet && *out_format != OutputFormat::kJson)
      for (const auto& warning : summary->warnings)
        if (warned.insert(warning).second) PrintWarning(kVerb, warning);
    // The summary first, then (on stderr) what was removed from it. The
    // analysis of a large cluster, freed by now, gives its pages back before
    // the output is made. Not after a small one: there is little to give,
    // and finding out walks every free block of the heap, which grows with
    // a long stream (10,000 small clusters took 36 s instead of 4).
    if (cluster_bytes[c] >= kReleaseAfterBytes) ReleaseFreeMemory();
    std::cout << Render(*summary, *out_format, {.explain = explain, .dates = show_dates})
              << std::flush;
    if (explain && *out_format != OutputFormat::kJson)
      for (const auto& r : summary->removed)
        std::fprintf(stderr, "removed [%s] %s: %s\n", Printable(r.doc_id).c_str(), r.reason.c_str(),
                     Printable(r.text).c_str());
  });
  if (!many && !last_error.ok()) return Fail(kVerb, last_error);
  if (printed == 0) {
    PrintError(kVerb, "no cluster could be summarized (the last: " + last_error.message() + ")");
    return last_error.exit_code();
  }
  return 0;
}

}  // namespace precis::cli
