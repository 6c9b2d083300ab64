#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <system_error>
#include <thread>

#include "eval/readability.h"
#include "precis/eval.h"
#include "text/analyzer.h"
#include "text/sentence_splitter.h"

namespace precis {
namespace {

// How many times the budget a short summary is made again with, to see
// whether the method would take more of the cluster.
constexpr std::size_t kRoomierBudget = 4;
// Bytes per word of a reference, as DUC 2004 set its budget (665 bytes for
// the 100 words of DUC 2001-2003).
constexpr double kBytesPerReferenceWord = 6.65;

std::size_t CountWords(const std::vector<std::string>& sentences) {
  std::size_t n = 0;
  for (const auto& s : sentences) {
    bool in = false;
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in) ++n;
      in = !space;
    }
  }
  return n;
}

// References as ROUGE sees them: one sentence per line.
std::vector<std::string> SplitReference(text::SentenceSplitter& splitter, const std::string& text) {
  std::vector<std::string> out;
  std::string paragraphs = text;
  std::replace(paragraphs.begin(), paragraphs.end(), '\r', ' ');
  for (std::size_t p; (p = paragraphs.find("\n")) != std::string::npos;) paragraphs[p] = '\x01';
  // Each line of a reference is a paragraph of its own.
  std::string joined;
  for (char c : paragraphs) joined += c == '\x01' ? std::string("\n\n") : std::string(1, c);
  for (const auto& span : splitter.Split(joined))
    out.push_back(joined.substr(span.begin, span.end - span.begin));
  return out;
}

}  // namespace

EvalOptions BenchmarkSettings(const std::string& source, std::size_t words) {
  Budget budget;
  budget.limit = words;
  return BenchmarkSettings(source, budget);
}

EvalOptions BenchmarkSettings(const std::string& source, const Budget& budget) {
  EvalOptions o;
  o.summarize.budget.unit = budget.unit;
  o.summarize.budget.limit = budget.limit;
  o.summarize.budget.fill = true;
  o.rouge.max_ngram = 4;
  o.rouge.stem = true;
  o.rouge.skip_distance = 4;
  o.rouge.skip_unigrams = true;
  const bool bytes = budget.unit == Budget::Unit::kBytes;
  if (source.starts_with("DUC")) {
    // DUC convention: recall, everything cut at the target length.
    if (bytes)
      o.rouge.byte_limit = static_cast<int>(budget.limit);
    else
      o.rouge.word_limit = static_cast<int>(budget.limit);
    if (source == "DUC 2001" || source == "DUC 2002") {
      int words = static_cast<int>(budget.limit);
      if (bytes) {
        // The nominal length nearest the bytes' words.
        const double wanted = static_cast<double>(budget.limit) / kBytesPerReferenceWord;
        words = 50;
        for (int nominal : {100, 200, 400})
          if (std::abs(nominal - wanted) < std::abs(words - wanted)) words = nominal;
      }
      o.reference_words = words;
    }
  } else {
    // Multi-News convention: F-measure, summaries cut to the budget,
    // references whole.
    o.f_measure = true;
  }
  return o;
}

int MaxEvalThreads() {
  const unsigned hardware = std::thread::hardware_concurrency();
  return static_cast<int>(std::clamp(4 * std::max(hardware, 1u), 4u, 256u));
}

Result<EvalReport> RunEvaluation(const std::vector<Cluster>& clusters, const EvalOptions& options) {
  Status valid = ValidateRougeOptions(options.rouge);
  if (!valid.ok()) return valid;
  // Only the summaries' text is scored and read: no figures are looked for.
  SummarizeOptions summarize = options.summarize;
  summarize.figures = false;
  summarize.explain = true;  // the cuts, for false cuts
  auto summarizer = Summarizer::Create(summarize);
  if (!summarizer.ok()) return summarizer.status();
  // A summary short of its budget is a defect only when the cluster holds
  // more the method would take: asked for four times the words, it gives more.
  SummarizeOptions roomy = summarize;
  roomy.budget.limit = std::min(roomy.budget.limit * kRoomierBudget, Budget::kMaxLimit);
  auto roomy_summarizer = Summarizer::Create(roomy);
  if (!roomy_summarizer.ok()) return roomy_summarizer.status();
  auto probe = text::SentenceSplitter::Create(options.summarize.language);
  if (!probe.ok()) return probe.status();

  // Clusters with references to score against.
  std::vector<std::size_t> todo;
  EvalReport report;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    bool has = false;
    for (const auto& r : clusters[i].references)
      has |= options.reference_words == 0 || r.words == options.reference_words;
    if (has)
      todo.push_back(i);
    else
      ++report.skipped;
  }
  if (todo.empty())
    return Status::InputError("no cluster has references" +
                              (options.reference_words
                                   ? " of " + std::to_string(options.reference_words) + " words"
                                   : std::string()));
  report.clusters.resize(todo.size());

  auto start = std::chrono::steady_clock::now();
  std::atomic<std::size_t> next{0}, done{0};
  std::mutex progress_mutex;
  auto work = [&]() {
    auto scorer = RougeScorer::Create(options.rouge);
    auto splitter = text::SentenceSplitter::Create(options.summarize.language);
    auto analyzer = text::Analyzer::Create(options.summarize.language);
    for (std::size_t k; (k = next++) < todo.size();) {
      const Cluster& c = clusters[todo[k]];
      ClusterResult& r = report.clusters[k];
      r.cluster_id = c.id;
      auto t0 = std::chrono::steady_clock::now();
      auto summary = summarizer->Summarize(c);
      r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (summary.ok()) {
        for (const auto& s : summary->sentences) r.summary.push_back(s.text);
        if (analyzer.ok()) {
          r.readability =
              eval::MeasureReadability(*summary, options.summarize.budget, *analyzer, &r.flagged);
          if (r.readability.short_of_budget) {
            auto roomier = roomy_summarizer->Summarize(c);
            std::vector<std::string> more;
            if (roomier.ok())
              for (const auto& s : roomier->sentences) more.push_back(s.text);
            r.readability.short_with_material_left = CountWords(more) > CountWords(r.summary);
          }
          std::vector<std::string> refs;
          for (const auto& ref : c.references)
            if (options.reference_words == 0 || ref.words == options.reference_words)
              refs.push_back(ref.text);
          r.false_cuts = eval::FalseCuts(*summary, refs, *analyzer);
          r.readability.false_cuts = r.false_cuts.size();
          r.false_cuts_held = eval::HeldInKeptText(*summary, r.false_cuts, *analyzer);
          r.readability.false_cuts_held = static_cast<std::size_t>(
              std::count(r.false_cuts_held.begin(), r.false_cuts_held.end(), true));
        }
      } else {
        r.error = summary.status().message();
      }
      r.words = CountWords(r.summary);
      std::vector<RougeText> models;
      for (const auto& ref : c.references)
        if (options.reference_words == 0 || ref.words == options.reference_words)
          models.push_back(scorer->Prepare(SplitReference(*splitter, ref.text)));
      std::vector<const RougeText*> model_ptrs;
      for (const auto& m : models) model_ptrs.push_back(&m);
      RougeText summary_text = scorer->Prepare(r.summary);
      // References come from the data: ROUGE-L's work (summary x reference
      // tokens) is bounded; past it the cluster fails and scores 0.
      Status bounded = scorer->CheckText(summary_text);
      for (const RougeText* m : model_ptrs) {
        if (bounded.ok()) bounded = scorer->CheckText(*m);
        if (bounded.ok()) bounded = scorer->CheckPair(summary_text, *m);
      }
      if (bounded.ok()) {
        r.scores = scorer->Score(summary_text, model_ptrs);
      } else {
        if (r.error.empty()) r.error = "cluster " + c.id + ": " + bounded.message();
        for (const std::string& metric : RougeMetricNames(options.rouge))
          r.scores.push_back({metric, {}});
      }
      std::size_t n = ++done;
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(n, todo.size());
      }
    }
  };
  // One thread per cluster at most; and a thread the system refuses to start
  // leaves its share to the others.
  const int jobs = static_cast<int>(
      std::min<std::size_t>({static_cast<std::size_t>(std::max(1, options.jobs)), todo.size(),
                             static_cast<std::size_t>(MaxEvalThreads())}));
  std::vector<std::thread> threads;
  for (int j = 1; j < jobs; ++j) {
    try {
      threads.emplace_back(work);
    } catch (const std::system_error&) {
      break;
    }
  }
  report.threads = static_cast<int>(threads.size()) + 1;
  work();
  for (auto& t : threads) t.join();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const auto& r : report.clusters) eval::AddReadability(r.readability, report);

  for (const std::string& metric : RougeMetricNames(options.rouge)) {
    std::vector<RougeEvalScore> scores;
    for (const auto& r : report.clusters)
      for (const auto& m : r.scores)
        if (m.metric == metric) scores.push_back({r.cluster_id + ".precis", m.score});
    report.averages.push_back(
        {metric, RougeBootstrapAverage(std::move(scores), options.rouge.resamples,
                                       options.rouge.confidence)});
  }
  return report;
}

}  // namespace precis
