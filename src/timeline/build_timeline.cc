// precis::BuildTimeline: analyse the cluster once (clean, split, stem), pick
// dates and sentences (timeline::SelectTimeline), cite them.
#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "base/parallel.h"
#include "base/utf8.h"
#include "precis/timeline.h"
#include "text/context_dependence.h"
#include "timeline/analyzed_cluster.h"
#include "timeline/timeline.h"

namespace precis {

Status CheckTimelineOptions(const TimelineOptions& options) {
  if (Status s = CheckThreads(options.threads); !s.ok()) return s;
  if (options.dates == 0 || options.dates > TimelineOptions::kMaxDates)
    return Status::UsageError("the number of dates must be from 1 to " +
                              std::to_string(TimelineOptions::kMaxDates));
  if (options.sentences_per_date == 0 ||
      options.sentences_per_date > TimelineOptions::kMaxSentencesPerDate)
    return Status::UsageError("the number of sentences per date must be from 1 to " +
                              std::to_string(TimelineOptions::kMaxSentencesPerDate));
  for (const auto& [flag, value] : {std::pair{"from", &options.from}, {"until", &options.until}})
    if (!value->empty() && !text::ParseIsoDate(*value))
      return Status::UsageError("--" + std::string(flag) + " must be a date YYYY-MM-DD (got '" +
                                *value + "')");
  if (!options.from.empty() && !options.until.empty() && options.until < options.from)
    return Status::UsageError("--until (" + options.until + ") is before --from (" + options.from +
                              ")");
  auto analyzer = text::Analyzer::Create(options.language);
  if (!analyzer.ok()) return analyzer.status();
  return Status::Ok();
}

Result<Timeline> BuildTimeline(const Cluster& cluster, const TimelineOptions& options) {
  if (Status s = CheckTimelineOptions(options); !s.ok()) return s;
  const std::string name = cluster.id.empty() ? std::string("cluster") : cluster.id;
  if (cluster.documents.empty()) return Status::InputError(name + ": no documents");

  std::string query = options.query.value_or(
      cluster.query ? cluster.query->title + " " + cluster.query->narrative : "");
  auto analyzed = timeline::AnalyzeCluster(cluster, options.language, query, options.threads);
  if (!analyzed.ok()) return analyzed.status();
  const auto& docs = analyzed->documents;

  std::vector<std::optional<text::CivilDate>> doc_dates;
  std::size_t undated = 0;
  for (const auto& d : docs) {
    doc_dates.push_back(text::ParseIsoDate(d.date));
    undated += !doc_dates.back();
  }
  std::vector<timeline::Sentence> sentences;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto& a = analyzed->analyses[d];
    for (std::size_t k = 0; k < a.sentences.size(); ++k) {
      const auto& sentence = a.sentences[k];
      timeline::Sentence s;
      s.doc = d;
      s.position = k;
      s.text = std::string_view(docs[d].text).substr(sentence.begin, sentence.end - sentence.begin);
      for (const auto& w :
           std::span(analyzed->tokens[d]).subspan(sentence.first_word, sentence.words))
        if (!w.stop) s.terms.push_back(static_cast<int>(w.term));
      s.words = sentence.words;
      // A timeline's entries stand alone under their days: a sentence that
      // leans on the one before it ("She was seven months pregnant ...",
      // "But ...", a piece of a quotation, "I will take ...") is not one.
      s.candidate = sentence.candidate && text::DependsOnContext(s.text) == text::Dependence::kNone;
      sentences.push_back(std::move(s));
    }
  }
  timeline::Params params;
  params.dates = options.dates;
  params.sentences_per_date = options.sentences_per_date;
  if (auto from = text::ParseIsoDate(options.from)) params.first_day = text::DayNumber(*from);
  if (auto until = text::ParseIsoDate(options.until)) params.last_day = text::DayNumber(*until);
  std::vector<int> query_terms;
  for (auto term : analyzed->query_terms) query_terms.push_back(static_cast<int>(term));
  const timeline::Selection selection =
      timeline::SelectTimeline(sentences, doc_dates, query_terms, params);
  if (selection.entries.empty())
    return Status::InputError(
        name + ": no sentence can be dated to a day (" +
        (undated == docs.size() ? std::string("no document has a date, and ") : std::string("")) +
        "no day is named in a sentence that can be shown" +
        (options.from.empty() && options.until.empty() ? std::string("")
                                                       : std::string(" in the span asked for")) +
        ")");

  // Code-point offsets of the cited sentences, one pass per cited document.
  std::map<std::size_t, std::vector<std::size_t>> cited;  // doc -> sentence indices
  for (const auto& e : selection.entries)
    for (std::size_t i : e.sentences) cited[sentences[i].doc].push_back(sentences[i].position);
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> spans;
  for (auto& [d, positions] : cited) {
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    std::vector<std::size_t> bytes;
    for (std::size_t k : positions) {
      bytes.push_back(analyzed->analyses[d].sentences[k].begin);
      bytes.push_back(analyzed->analyses[d].sentences[k].end);
    }
    const std::vector<std::size_t> cps = utf8::CodePointOffsets(docs[d].text, bytes);
    for (std::size_t j = 0; j < positions.size(); ++j)
      spans[{d, positions[j]}] = {cps[2 * j], cps[2 * j + 1]};
  }

  Timeline out;
  out.cluster_id = cluster.id;
  for (const auto& e : selection.entries) {
    TimelineEntry entry;
    entry.date = text::IsoDate(e.date);
    for (std::size_t j = 0; j < e.sentences.size(); ++j) {
      const auto& s = sentences[e.sentences[j]];
      TimelineSentence ts;
      ts.text = std::string(s.text);
      ts.date = entry.date;
      ts.source.doc_id = docs[s.doc].id;
      ts.source.document = s.doc;
      ts.source.sentence = s.position;
      std::tie(ts.source.start, ts.source.end) = spans[{s.doc, s.position}];
      ts.score = e.scores[j];
      entry.sentences.push_back(std::move(ts));
    }
    out.entries.push_back(std::move(entry));
  }
  if (out.entries.size() < options.dates)
    out.warnings.push_back(name + ": " + std::to_string(out.entries.size()) + " of " +
                           std::to_string(options.dates) +
                           " dates: no other day has a sentence that can be shown");
  if (undated > 0)
    out.warnings.push_back(name + ": " + std::to_string(undated) + " of " +
                           std::to_string(docs.size()) +
                           " documents have no date; only the days their text names in full "
                           "date them");
  out.documents = std::move(analyzed->documents);
  return out;
}

}  // namespace precis
