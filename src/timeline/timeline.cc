#include "timeline/timeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace precis::timeline {
namespace {

// A tf-idf vector of unit length: (term id, weight), sorted by term id.
using Vector = std::vector<std::pair<int, double>>;

double Dot(const Vector& a, const Vector& b) {
  double sum = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      sum += a[i++].second * b[j++].second;
    }
  }
  return sum;
}

std::vector<Vector> TfIdfVectors(const std::vector<Sentence>& sentences) {
  // Document frequency over documents: a word every article uses says little
  // about which day a sentence belongs to. Sentences come in document order,
  // so a term's last document tells whether this one was counted.
  std::size_t docs = 0, terms = 0;
  for (const auto& s : sentences) {
    docs = std::max(docs, s.doc + 1);
    for (int id : s.terms) terms = std::max(terms, static_cast<std::size_t>(id) + 1);
  }
  std::vector<std::size_t> df(terms, 0), last_doc(terms, static_cast<std::size_t>(-1));
  for (const auto& s : sentences)
    for (int id : s.terms)
      if (last_doc[id] != s.doc) {
        last_doc[id] = s.doc;
        ++df[id];
      }
  std::vector<Vector> out(sentences.size());
  std::vector<int> ids;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    ids = sentences[i].terms;
    std::sort(ids.begin(), ids.end());
    double norm = 0;
    for (std::size_t k = 0; k < ids.size();) {
      std::size_t run = k;
      while (run < ids.size() && ids[run] == ids[k]) ++run;
      double idf = std::log((1.0 + static_cast<double>(docs)) / static_cast<double>(df[ids[k]]));
      double w = static_cast<double>(run - k) * (idf + 1e-3);
      out[i].emplace_back(ids[k], w);
      norm += w * w;
      k = run;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : out[i]) w /= norm;
  }
  return out;
}

}  // namespace

Selection SelectTimeline(const std::vector<Sentence>& sentences,
                         const std::vector<std::optional<text::CivilDate>>& doc_dates,
                         const std::vector<int>& query_terms, const Params& params) {
  Selection out;
  const std::size_t n = sentences.size();
  auto anchor_of = [&](std::size_t doc) {
    return doc < doc_dates.size() ? doc_dates[doc] : std::nullopt;
  };

  // 1. Date every sentence: the days it names, else (in the lead) its
  // article's day. Days are day numbers.
  std::vector<std::vector<long>> days(n);
  std::map<long, double> importance;
  std::set<std::pair<long, std::size_t>> voted;  // (day, document)
  for (std::size_t i = 0; i < n; ++i) {
    const auto anchor = anchor_of(sentences[i].doc);
    for (const auto& e : text::FindTimeExpressions(sentences[i].text, anchor)) {
      if (e.granularity != text::Granularity::kDay || (params.skip_stamps && e.stamp)) continue;
      long day = text::DayNumber(e.date);
      if (anchor && day - text::DayNumber(*anchor) > params.max_days_ahead) continue;
      if (std::find(days[i].begin(), days[i].end(), day) == days[i].end()) days[i].push_back(day);
    }
    // Each article votes once for each day it names; a day still named two
    // or more days later, looking back, has outlived the news of the day.
    for (long day : days[i]) {
      if (!voted.insert({day, sentences[i].doc}).second) continue;
      bool looking_back = anchor && text::DayNumber(*anchor) - day >= params.looking_back_days;
      importance[day] += looking_back ? params.looking_back_weight : 1.0;
    }
    if (days[i].empty() && anchor && sentences[i].position < params.lead_sentences)
      days[i].push_back(text::DayNumber(*anchor));
    if (!days[i].empty()) ++out.dated_sentences;
  }
  for (const auto& d : doc_dates)
    if (d) importance[text::DayNumber(*d)] += params.publication_weight;

  // 2. The sentences of each day.
  std::map<long, std::vector<std::size_t>> of_day;
  for (std::size_t i = 0; i < n; ++i)
    for (long day : days[i]) of_day[day].push_back(i);

  const std::vector<Vector> vectors = TfIdfVectors(sentences);
  const std::unordered_set<int> query(query_terms.begin(), query_terms.end());

  // 3. Days by importance (ties: the earlier day), each with its most central
  // sentences, until N days have some.
  std::vector<std::pair<long, double>> ranked(importance.begin(), importance.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::size_t> chosen_all;
  for (const auto& [day, weight] : ranked) {
    if (out.entries.size() >= params.dates) break;
    if ((params.first_day && day < *params.first_day) ||
        (params.last_day && day > *params.last_day))
      continue;
    auto it = of_day.find(day);
    if (it == of_day.end()) continue;
    // The centroid of everything said about the day.
    std::unordered_map<int, double> centroid;
    for (std::size_t i : it->second)
      for (const auto& [id, w] : vectors[i]) centroid[id] += w;
    double norm = 0;
    for (const auto& [id, w] : centroid) norm += w * w;
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    std::vector<std::pair<double, std::size_t>> scored;
    for (std::size_t i : it->second) {
      const Sentence& s = sentences[i];
      if (!s.candidate || s.words > params.max_words || vectors[i].empty()) continue;
      double score = 0;
      std::size_t in_query = 0;
      for (const auto& [id, w] : vectors[i]) {
        auto c = centroid.find(id);
        score += w * c->second;
        in_query += query.count(id);
      }
      score /= norm;
      if (!query.empty())
        score *= 1.0 + params.query_weight * static_cast<double>(in_query) /
                           static_cast<double>(query.size());
      scored.emplace_back(score, i);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    Entry entry;
    entry.date = text::FromDayNumber(day);
    for (const auto& [score, i] : scored) {
      if (entry.sentences.size() >= params.sentences_per_date) break;
      bool redundant = false;
      for (std::size_t c : chosen_all)
        if (c == i || Dot(vectors[c], vectors[i]) >= params.redundancy) {
          redundant = true;
          break;
        }
      if (redundant) continue;
      entry.sentences.push_back(i);
      entry.scores.push_back(score);
      chosen_all.push_back(i);
    }
    if (!entry.sentences.empty()) out.entries.push_back(std::move(entry));
  }
  std::sort(out.entries.begin(), out.entries.end(),
            [](const Entry& a, const Entry& b) { return a.date < b.date; });
  return out;
}

}  // namespace precis::timeline
