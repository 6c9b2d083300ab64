#include "eval/readability.h"

#include <algorithm>

#include "clean/paragraph_signals.h"
#include "text/context_dependence.h"

namespace precis::eval {
namespace {

// Content stems of a sentence, sorted and distinct.
std::vector<text::Lexicon::Id> ContentStems(const std::string& sentence, text::Analyzer& analyzer) {
  const text::AnalyzedText a = analyzer.Analyze(sentence);
  std::vector<text::Lexicon::Id> out;
  for (const auto& w : a.words)
    if (!w.stop) out.push_back(w.term);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<text::Lexicon::Id>& a, const std::vector<text::Lexicon::Id>& b) {
  std::vector<text::Lexicon::Id> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  const std::size_t all = a.size() + b.size() - common.size();
  return all ? static_cast<double>(common.size()) / static_cast<double>(all) : 0;
}

// Furniture a looser eye than the cleaner's would still call so: a strong
// cue phrase anywhere, a byline, a bare timestamp.
bool LooksLikeFurniture(const std::string& sentence, const text::Stopwords& stopwords) {
  const clean::ParagraphSignals s = clean::MeasureParagraph(sentence, stopwords);
  for (int c = 0; c < static_cast<int>(clean::Cue::kCount); ++c)
    if (s.cue(static_cast<clean::Cue>(c)) >= 2) return true;
  return s.byline || (s.time_or_date && !s.terminal && s.words <= 16);
}

}  // namespace

Readability MeasureReadability(const Summary& summary, const Budget& budget,
                               text::Analyzer& analyzer) {
  Readability r;
  const auto& ss = summary.sentences;
  r.sentences = ss.size();
  std::vector<std::vector<text::Lexicon::Id>> stems;
  std::size_t words = 0;
  std::string earlier;  // the sentences before the k-th
  for (std::size_t k = 0; k < ss.size(); ++k) {
    if (text::DependsOnContext(ss[k].text) != text::Dependence::kNone) {
      const bool after_its_antecedent = k > 0 &&
                                        ss[k - 1].source.document == ss[k].source.document &&
                                        ss[k - 1].source.sentence + 1 == ss[k].source.sentence;
      if (!after_its_antecedent) ++r.dependent_alone;
      if (k == 0) r.opens_dependent = true;
    }
    if (LooksLikeFurniture(ss[k].text, analyzer.stopwords())) ++r.furniture;
    if (text::NamesSomeoneNotIn(ss[k].text, earlier)) ++r.unintroduced_names;
    earlier.append(ss[k].text).append("\n");
    stems.push_back(ContentStems(ss[k].text, analyzer));
    bool in_word = false;
    for (char c : ss[k].text) {
      const bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  for (std::size_t a = 0; a < stems.size(); ++a)
    for (std::size_t b = a + 1; b < stems.size(); ++b)
      if (Jaccard(stems[a], stems[b]) >= kRedundantJaccard) ++r.redundant_pairs;
  r.short_of_budget = budget.unit == Budget::Unit::kWords &&
                      static_cast<double>(words) < 0.8 * static_cast<double>(budget.limit);
  return r;
}

void AddReadability(const Readability& one, EvalReport& report) {
  Readability& all = report.readability;
  all.sentences += one.sentences;
  all.dependent_alone += one.dependent_alone;
  all.redundant_pairs += one.redundant_pairs;
  all.furniture += one.furniture;
  all.unintroduced_names += one.unintroduced_names;
  report.opening_dependent += one.opens_dependent;
  report.short_of_budget += one.short_of_budget;
}

}  // namespace precis::eval
