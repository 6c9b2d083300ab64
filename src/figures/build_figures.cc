// precis::BuildFigures: clean and analyse the cluster once (as the summarizer
// does), find and group its figures, keep those on the query.
#include <unordered_set>

#include "base/parallel.h"
#include "clean/boilerplate_cleaner.h"
#include "figures/find_figures.h"
#include "precis/figures.h"

namespace precis {

Status CheckFigureOptions(const FigureOptions& options) {
  if (Status s = CheckThreads(options.threads); !s.ok()) return s;
  auto analyzer = text::Analyzer::Create(options.language);
  if (!analyzer.ok()) return analyzer.status();
  return Status::Ok();
}

Result<Figures> BuildFigures(const Cluster& cluster, const FigureOptions& options) {
  const std::string name = cluster.id.empty() ? std::string("cluster") : cluster.id;
  if (cluster.documents.empty()) return Status::InputError(name + ": no documents");
  if (Status s = CheckThreads(options.threads); !s.ok()) return s;
  for (const auto& d : cluster.documents)
    if (d.text.size() > text::AnalyzedText::kMaxBytes)
      return Status::InputError(name + ": document '" + d.id + "' is over 4 GB");
  auto lease = text::AnalyzerLease::Borrow(options.language);
  if (!lease.ok()) return lease.status();
  text::Analyzer& analyzer = **lease;

  Figures out;
  out.cluster_id = cluster.id;
  out.documents = cluster.documents;
  auto cleaned =
      clean::BoilerplateCleaner(options.language, &clean::RecurringText::Builtin(), options.threads)
          .Clean(cluster.documents, analyzer);
  std::vector<text::AnalyzedText> analyses;
  std::vector<std::string> dates;
  for (std::size_t d = 0; d < cleaned.size() && d < out.documents.size(); ++d) {
    out.documents[d].text = std::move(cleaned[d].analysis.text);
    if (out.documents[d].date.empty()) out.documents[d].date = cleaned[d].stamped_date;
    dates.push_back(out.documents[d].date);
    analyses.push_back(std::move(cleaned[d].analysis));
  }
  out.figures =
      figures::FindFigures(out.documents, analyses, dates, analyzer.lexicon(), options.threads);

  // A query keeps the figures stated in a sentence that shares a content word with it.
  const std::string query = options.query.value_or(
      cluster.query ? cluster.query->title + " " + cluster.query->narrative : "");
  if (!query.empty() && !out.figures.empty()) {
    const auto terms = analyzer.ContentTerms(query);
    const std::unordered_set<text::Lexicon::Id> wanted(terms.begin(), terms.end());
    std::vector<Figure> kept;
    for (auto& f : out.figures) {
      bool on_query = false;
      for (const auto& v : f.values) {
        const auto& a = analyses[v.source.document];
        for (const auto& word : a.WordsOf(a.sentences[v.source.sentence])) {
          const text::TermToken w = text::TokenOf(word, analyzer.lexicon());
          on_query |= !w.stop && wanted.count(w.term) > 0;
        }
      }
      if (on_query) kept.push_back(std::move(f));
    }
    if (kept.empty())
      out.warnings.push_back(name + ": no figure is stated in a sentence on the query (" +
                             std::to_string(out.figures.size()) + " without it)");
    out.figures = std::move(kept);
  }
  // A disagreement that may be a change over time: say so.
  for (const auto& f : out.figures) {
    if (f.status != FigureStatus::kDiffer) continue;
    std::size_t undated = 0;
    for (const auto& v : f.values) undated += v.date.empty();
    if (undated > 0)
      out.warnings.push_back(name + ": " + std::to_string(undated) + " of " +
                             std::to_string(f.values.size()) + " values of " + f.what + " (" +
                             f.unit +
                             ") have no date, so whether they differ or changed over time "
                             "cannot be told");
  }

  return out;
}

}  // namespace precis
