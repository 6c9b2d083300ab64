#include "eval/readability.h"

#include <algorithm>
#include <map>

#include "clean/inline_furniture.h"
#include "clean/paragraph_signals.h"
#include "text/context_dependence.h"

namespace precis::eval {
namespace {

// Content stems of a sentence, sorted and distinct.
std::vector<text::Lexicon::Id> ContentStems(const std::string& sentence, text::Analyzer& analyzer) {
  const text::AnalyzedText a = analyzer.Analyze(sentence);
  std::vector<text::Lexicon::Id> out;
  for (const auto& word : a.words)
    if (const text::TermToken w = text::TokenOf(word, analyzer.lexicon()); !w.stop)
      out.push_back(w.term);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Stems in both of two sorted, distinct lists.
std::size_t Common(const std::vector<text::Lexicon::Id>& a,
                   const std::vector<text::Lexicon::Id>& b) {
  std::vector<text::Lexicon::Id> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

double Jaccard(const std::vector<text::Lexicon::Id>& a, const std::vector<text::Lexicon::Id>& b) {
  const std::size_t common = Common(a, b);
  const std::size_t all = a.size() + b.size() - common;
  return all ? static_cast<double>(common) / static_cast<double>(all) : 0;
}

// A speaker given by surname alone ("..., Bloom said.") whom the articles
// name in full ("Lee Bloom, a federal epidemiologist") and neither this
// sentence nor the ones before it do.
bool SpeaksThroughAnUnintroducedSurname(const std::string& sentence, const std::string& earlier,
                                        const std::vector<Document>& documents) {
  for (const std::string& surname : text::SpeakersNotNamedIn(sentence, earlier))
    if (std::any_of(documents.begin(), documents.end(),
                    [&](const Document& d) { return text::NamesInFull(d.text, surname); }))
      return true;
  return false;
}

// Furniture a reader would call so: the page speaking to its reader ("share
// this", "click here"), cue words in a line that is not a sentence, a
// byline, a bare timestamp, a copyright line. Cue words in prose are news about cookies,
// subscriptions or Twitter. A sentence the budget cut short is judged as if
// it ended where it was cut.
bool LooksLikeFurniture(const SummarySentence& sentence, const text::Stopwords& stopwords) {
  clean::ParagraphSignals s = clean::MeasureParagraph(sentence.text, stopwords);
  if (s.formula || clean::IsCopyrightLine(sentence.text)) return true;
  s.terminal |= sentence.truncated;
  for (int c = 0; c < static_cast<int>(clean::Cue::kCount); ++c)
    if (s.cue(static_cast<clean::Cue>(c)) >= 2 && !s.prose()) return true;
  return s.byline || (s.time_or_date && !s.terminal && s.words <= 16);
}

// Furniture by the count before session 17: a strong cue phrase (or two
// weak ones) anywhere, prose or not.
bool HoldsFurnitureCue(const std::string& sentence, const text::Stopwords& stopwords) {
  const clean::ParagraphSignals s = clean::MeasureParagraph(sentence, stopwords);
  for (int c = 0; c < static_cast<int>(clean::Cue::kCount); ++c)
    if (s.cue(static_cast<clean::Cue>(c)) >= 2) return true;
  return s.byline || (s.time_or_date && !s.terminal && s.words <= 16);
}

// Share of `stems` (sorted, distinct) also in `in` (sorted, distinct).
double ShareIn(const std::vector<text::Lexicon::Id>& stems,
               const std::vector<text::Lexicon::Id>& in) {
  return stems.empty() ? 0
                       : static_cast<double>(Common(stems, in)) / static_cast<double>(stems.size());
}

std::vector<text::Lexicon::Id> Union(std::vector<text::Lexicon::Id> a,
                                     const std::vector<text::Lexicon::Id>& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

}  // namespace

std::vector<Removal> FalseCuts(const Summary& summary, const std::vector<std::string>& references,
                               text::Analyzer& analyzer) {
  std::vector<text::Lexicon::Id> told;
  for (const auto& ref : references) told = Union(std::move(told), ContentStems(ref, analyzer));
  std::vector<Removal> out;
  for (const Removal& cut : summary.removed) {
    const auto stems = ContentStems(cut.text, analyzer);
    if (stems.size() >= kFalseCutStems && ShareIn(stems, told) >= kFalseCutShare)
      out.push_back(cut);
  }
  return out;
}

std::vector<bool> HeldInKeptText(const Summary& summary, const std::vector<Removal>& cuts,
                                 text::Analyzer& analyzer) {
  std::vector<bool> held;
  std::map<std::string, std::vector<text::Lexicon::Id>> kept;  // by document id
  for (const Removal& cut : cuts) {
    auto it = kept.find(cut.doc_id);
    if (it == kept.end()) {
      std::vector<text::Lexicon::Id> stems;
      for (const Document& d : summary.documents)
        if (d.id == cut.doc_id) stems = ContentStems(d.text, analyzer);
      it = kept.emplace(cut.doc_id, std::move(stems)).first;
    }
    const auto stems = ContentStems(cut.text, analyzer);
    held.push_back(!stems.empty() && ShareIn(stems, it->second) >= kHeldShare);
  }
  return held;
}

Readability MeasureReadability(const Summary& summary, const Budget& budget,
                               text::Analyzer& analyzer, std::vector<FlaggedSentence>* flagged) {
  Readability r;
  const auto& ss = summary.sentences;
  r.sentences = ss.size();
  auto flag = [&](std::size_t k, std::string why) {
    if (flagged != nullptr) flagged->push_back({k, std::move(why), ss[k].text});
  };
  std::vector<std::vector<text::Lexicon::Id>> stems;
  std::size_t words = 0, bytes = 0;
  std::string earlier;  // the sentences before the k-th
  for (std::size_t k = 0; k < ss.size(); ++k) {
    if (const text::Dependence d = text::DependsOnContext(ss[k].text);
        d != text::Dependence::kNone) {
      const bool after_its_antecedent = k > 0 &&
                                        ss[k - 1].source.document == ss[k].source.document &&
                                        ss[k - 1].source.sentence + 1 == ss[k].source.sentence;
      if (!after_its_antecedent) {
        ++r.dependent_alone;
        flag(k, "leans on a missing one (" + std::string(text::DependenceName(d)) + ")");
      }
      if (k == 0) r.opens_dependent = true;
    }
    if (LooksLikeFurniture(ss[k], analyzer.stopwords())) {
      ++r.furniture;
      flag(k, "page furniture");
    }
    if (HoldsFurnitureCue(ss[k].text, analyzer.stopwords())) ++r.furniture_cues;
    if (text::NamesSomeoneNotIn(ss[k].text, earlier) ||
        SpeaksThroughAnUnintroducedSurname(ss[k].text, earlier, summary.documents)) {
      ++r.unintroduced_names;
      flag(k, "names someone never introduced");
    }
    earlier.append(ss[k].text).append("\n");
    stems.push_back(ContentStems(ss[k].text, analyzer));
    bytes += ss[k].text.size();
    bool in_word = false;
    for (char c : ss[k].text) {
      const bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  for (std::size_t a = 0; a < stems.size(); ++a)
    for (std::size_t b = a + 1; b < stems.size(); ++b)
      if (Jaccard(stems[a], stems[b]) >= kRedundantJaccard) {
        ++r.redundant_pairs;
        flag(b, "says what sentence " + std::to_string(a + 1) + " says");
      }
  // (Bytes as ROUGE's -b counts them: the sentences', not what joins them.)
  const std::size_t used = budget.unit == Budget::Unit::kWords   ? words
                           : budget.unit == Budget::Unit::kBytes ? bytes
                                                                 : budget.limit;
  r.short_of_budget = static_cast<double>(used) < 0.8 * static_cast<double>(budget.limit);
  return r;
}

void AddReadability(const Readability& one, EvalReport& report) {
  Readability& all = report.readability;
  all.sentences += one.sentences;
  all.dependent_alone += one.dependent_alone;
  all.redundant_pairs += one.redundant_pairs;
  all.furniture += one.furniture;
  all.furniture_cues += one.furniture_cues;
  all.unintroduced_names += one.unintroduced_names;
  all.false_cuts += one.false_cuts;
  all.false_cuts_held += one.false_cuts_held;
  report.opening_dependent += one.opens_dependent;
  report.short_of_budget += one.short_of_budget;
  report.short_with_material_left += one.short_with_material_left;
}

}  // namespace precis::eval
