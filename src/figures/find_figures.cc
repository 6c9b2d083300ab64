#include "figures/find_figures.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "base/id_scratch.h"
#include "base/parallel.h"
#include "base/utf8.h"
#include "figures/tables.h"

namespace precis::figures {
namespace {

// Words after a currency figure that name the currency again ("2 million euros").
constexpr std::array<std::string_view, 11> kCurrencyWords = {
    "dollars", "dollar", "pounds", "pound",  "sterling", "euros",
    "euro",    "yen",    "yuan",   "rupees", "francs"};

bool OnlySpacesOrDashes(std::string_view gap) {
  for (char c : gap)
    if (c != ' ' && c != '-') return false;
  return true;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

namespace {

// Words whose facts are remembered across calls at most (beyond, they are
// looked up again for each cluster).
constexpr std::size_t kMostRememberedWords = std::size_t{1} << 20;

// The mentions of documents [begin, end), in order, into `out`.
void FindMentionsIn(const std::vector<const std::string*>& texts,
                    const std::vector<text::AnalyzedText>& analyses,
                    const std::vector<std::string>& dates, const text::Lexicon& lexicon,
                    const Params& params, std::size_t begin, std::size_t end,
                    std::vector<Mention>& out) {
  const Tables& tables = Tables::Get();
  // What each folded word is, looked up once per cluster, by word id (the
  // thread's array, reset where touched: a lexicon may hold many more words
  // than this cluster has).
  // (6 bytes: an entry for every word id up to the lexicon's largest; the
  // tables have tens of rows.)
  struct WordFacts {
    signed char number_word = -1;  // 1 when it is a written number
    std::int16_t counted = -2;     // what it counts and the unit it names (-2: not looked up)
    std::int16_t unit = -2;
  };
  // Kept from cluster to cluster while the thread's lexicon is the same one
  // (a word's facts depend on its text alone): a stream of clusters looks
  // up each word once.
  thread_local IdScratch<WordFacts> facts{WordFacts{}};
  thread_local std::uint64_t facts_serial = 0;
  if (facts_serial != lexicon.serial() || lexicon.size() > kMostRememberedWords) {
    facts.Reset();
    facts_serial = lexicon.serial();
  }
  auto facts_of = [&](text::Lexicon::Id id) -> WordFacts& { return facts.Touch(id); };
  auto is_number_word = [&](text::Lexicon::Id id) {
    signed char& v = facts_of(id).number_word;
    if (v < 0) {
      std::string_view w = lexicon.Text(id);
      // (A sentence must hold a written number or a digit to be read at all.)
      v = text::IsNumberWord(w) ? 1 : 0;
    }
    return v == 1;
  };
  auto cached = [&](std::int16_t WordFacts::*field, text::Lexicon::Id id,
                    auto lookup) -> std::optional<std::size_t> {
    std::int16_t& v = facts_of(id).*field;
    if (v == -2) {
      auto found = lookup();
      if (found && *found > INT16_MAX) return found;  // past what a fact holds: not kept
      v = found ? static_cast<std::int16_t>(*found) : -1;
    }
    return v < 0 ? std::nullopt : std::optional<std::size_t>(v);
  };
  for (std::size_t d = begin; d < end; ++d) {
    const auto& a = analyses[d];
    const std::string_view doc = *texts[d];
    const auto article = text::ParseIsoDate(d < dates.size() ? dates[d] : std::string());
    for (std::size_t k = 0; k < a.sentences.size(); ++k) {
      const auto& s = a.sentences[k];
      const auto words = a.WordsOf(s);
      bool any = false;
      for (const auto& w : words) {
        if (!w.has_letter || is_number_word(w.norm)) {
          any = true;
          break;
        }
      }
      if (!any) continue;
      const std::string_view sv = doc.substr(s.begin, s.end - s.begin);
      auto end_of = [&](const text::AnalyzedWord& w) { return text::WordEnd(sv, s.begin, w); };
      std::optional<std::vector<text::TimeExpression>> times;
      for (const auto& e : text::FindNumberExpressions(sv)) {
        if (e.shape != text::NumberShape::kCount || !(e.value > 0)) continue;
        const std::size_t eb = s.begin + e.begin, ee = s.begin + e.end;
        std::size_t after = 0;
        while (after < words.size() && words[after].begin < ee) ++after;
        std::size_t before = 0;
        while (before < words.size() && end_of(words[before]) <= eb) ++before;

        // The unit: the currency, or a noun right after the number.
        std::optional<std::size_t> unit;
        std::size_t unit_end_word = after, mention_end = ee;
        if (!e.currency.empty()) {
          unit = tables.MoneyUnit(e.currency);
          if (after < words.size() && OnlySpacesOrDashes(doc.substr(ee, words[after].begin - ee)) &&
              std::find(kCurrencyWords.begin(), kCurrencyWords.end(),
                        lexicon.Text(words[after].norm)) != kCurrencyWords.end()) {
            mention_end = end_of(words[after]);
            unit_end_word = after + 1;
          }
        } else {
          std::size_t prev_end = ee;
          for (std::size_t j = after; j < words.size() && j < after + params.unit_lookahead; ++j) {
            if (!OnlySpacesOrDashes(doc.substr(prev_end, words[j].begin - prev_end))) break;
            const std::string_view w = lexicon.Text(words[j].norm);
            // Demonyms are capitalized: only those are looked up uncached.
            const bool upper = IsUpper(doc[words[j].begin]);
            auto u =
                cached(&WordFacts::unit, words[j].norm, [&] { return tables.UnitOf(w, false); });
            if (!u && upper) u = tables.UnitOf(w, true);
            if (u) {
              unit = u;
              unit_end_word = j + 1;
              mention_end = end_of(words[j]);
              break;
            }
            if (text::TokenOf(words[j], lexicon).stop || !words[j].has_letter) break;
            prev_end = end_of(words[j]);
          }
        }
        const std::string kind = unit ? tables.units()[*unit].kind : std::string("people");

        // What it counts: the nearest counted word of the unit's kind,
        // before the number or after its unit; else what the unit implies.
        std::optional<std::size_t> what;
        std::size_t best = std::numeric_limits<std::size_t>::max();
        auto consider = [&](std::size_t j, std::size_t distance) {
          if (distance >= best) return;
          const auto& w = words[j];
          if (!w.has_letter) return;
          auto c = cached(&WordFacts::counted, w.norm, [&] {
            return tables.CountedOf(lexicon.Text(w.norm),
                                    lexicon.Text(text::TokenOf(w, lexicon).term));
          });
          if (!c || tables.counted()[*c].kind != kind) return;
          if (!unit && distance > params.bare_window &&
              !tables.IsCountNoun(lexicon.Text(text::TokenOf(w, lexicon).term)))
            return;
          what = c;
          best = distance;
        };
        const std::size_t reach =
            unit ? params.window : std::max(params.bare_window, params.count_noun_window);
        for (std::size_t j = before; j > 0 && before - j < reach; --j)
          consider(j - 1, before - j + 1);
        if (unit)
          for (std::size_t j = unit_end_word; j < words.size() && j - unit_end_word < reach; ++j)
            consider(j, j - unit_end_word + 1);
        if (!what && unit) what = tables.units()[*unit].implied;
        if (!what) continue;
        if (!unit && e.written) continue;  // "one is missing": a pronoun as often as a count
        if (!unit) {
          // A bare number ("the toll rose to 94,000") counts the default unit of its kind.
          for (std::size_t u = 0; u < tables.units().size(); ++u)
            if (tables.units()[u].kind == kind) {
              unit = u;
              break;
            }
          if (!unit) continue;
        }

        // Not a date ("3 May", "2009 people" is a year).
        if (!times) times = text::FindTimeExpressions(sv, article);
        bool in_date = false;
        for (const auto& t : *times) in_date |= t.begin < e.end && e.number_begin < t.end;
        if (in_date) continue;

        Mention m;
        m.doc = d;
        m.sentence = k;
        m.begin = eb;
        m.end = mention_end;
        m.number = e;
        m.what = *what;
        m.unit = *unit;
        m.date = article;
        for (const auto& t : *times)
          if (t.granularity == text::Granularity::kDay && !t.stamp &&
              (!article || t.date <= *article)) {
            m.date = t.date;
            break;
          }
        out.push_back(m);
      }
    }
  }
}

}  // namespace

std::vector<Mention> FindMentions(const std::vector<const std::string*>& texts,
                                  const std::vector<text::AnalyzedText>& analyses,
                                  const std::vector<std::string>& dates,
                                  const text::Lexicon& lexicon, const Params& params, int threads) {
  const std::size_t documents = std::min(analyses.size(), texts.size());
  std::vector<std::size_t> weights(documents);
  for (std::size_t d = 0; d < documents; ++d) weights[d] = texts[d]->size();
  const std::vector<std::size_t> bounds = SplitByWeight(weights, ThreadsForBytes(weights, threads));
  std::vector<std::vector<Mention>> found(bounds.size() - 1);
  RunChunks(bounds, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
    FindMentionsIn(texts, analyses, dates, lexicon, params, begin, end, found[chunk]);
  });
  std::vector<Mention> out = std::move(found[0]);
  for (std::size_t chunk = 1; chunk < found.size(); ++chunk)
    out.insert(out.end(), std::make_move_iterator(found[chunk].begin()),
               std::make_move_iterator(found[chunk].end()));
  return out;
}

FigureStatus StatusOf(const std::vector<text::NumberExpression>& numbers,
                      const std::vector<std::optional<text::CivilDate>>& dates) {
  // Values that agree within rounding fall in one class.
  std::vector<std::size_t> cls(numbers.size());
  std::vector<std::vector<std::size_t>> classes;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    std::size_t c = 0;
    for (; c < classes.size(); ++c) {
      bool same = false;
      for (std::size_t j : classes[c]) same |= text::SameWithinRounding(numbers[i], numbers[j]);
      if (same) break;
    }
    if (c == classes.size()) classes.emplace_back();
    classes[c].push_back(i);
    cls[i] = c;
  }
  if (classes.size() <= 1) return FigureStatus::kAgree;
  std::map<text::CivilDate, std::set<std::size_t>> by_day;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i >= dates.size() || !dates[i]) return FigureStatus::kDiffer;  // no date to tell
    by_day[*dates[i]].insert(cls[i]);
  }
  for (const auto& [day, values] : by_day)
    if (values.size() > 1) return FigureStatus::kDiffer;
  return FigureStatus::kSeries;
}

std::vector<Figure> GroupMentions(const std::vector<Mention>& mentions,
                                  const std::vector<Document>& documents,
                                  const std::vector<text::AnalyzedText>& analyses) {
  const Tables& tables = Tables::Get();
  // Mentions of the same what and unit (by name: "people" has several rows).
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    groups[{tables.counted()[mentions[i].what].name, tables.units()[mentions[i].unit].name}]
        .push_back(i);

  // Code-point offsets of the cited sentences, one pass per document.
  std::map<std::size_t, std::set<std::size_t>> cited;
  for (const auto& m : mentions) cited[m.doc].insert(m.sentence);
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> spans;
  for (const auto& [d, sentences] : cited) {
    std::vector<std::size_t> bytes;
    for (std::size_t k : sentences) {
      bytes.push_back(analyses[d].sentences[k].begin);
      bytes.push_back(analyses[d].sentences[k].end);
    }
    const auto cps = utf8::CodePointOffsets(documents[d].text, bytes);
    std::size_t n = 0;
    for (std::size_t k : sentences) {
      spans[{d, k}] = {cps[n], cps[n + 1]};
      n += 2;
    }
  }

  struct Ranked {
    Figure figure;
    std::size_t documents = 0;
    std::pair<std::size_t, std::size_t> first;
  };
  auto day = [&](std::size_t i) {
    return mentions[i].date ? text::DayNumber(*mentions[i].date) : std::numeric_limits<long>::max();
  };
  auto by_date = [&](std::size_t a, std::size_t b) {
    return std::tuple(day(a), mentions[a].doc, mentions[a].sentence, mentions[a].begin) <
           std::tuple(day(b), mentions[b].doc, mentions[b].sentence, mentions[b].begin);
  };
  // One document gives one value of a quantity for a day: different values
  // of the same what in one document on one day ("25,000 fled the city and
  // 2.3 million the province") are different quantities, so they go to
  // different figures. Each mention joins the first figure with a value it
  // agrees with, else the first to which its document has not given another
  // value that day, else a new one.
  std::vector<std::pair<std::pair<std::string, std::string>, std::vector<std::size_t>>> split;
  for (auto& [key, all] : groups) {
    std::stable_sort(all.begin(), all.end(), by_date);
    std::vector<std::vector<std::size_t>> parts;
    for (std::size_t i : all) {
      std::optional<std::size_t> agreeing, open;
      for (std::size_t p = 0; p < parts.size(); ++p) {
        bool agrees = false, conflicts = false;
        for (std::size_t j : parts[p]) {
          const bool same = text::SameWithinRounding(mentions[i].number, mentions[j].number);
          agrees |= same;
          conflicts |= !same && mentions[j].doc == mentions[i].doc && day(j) == day(i);
        }
        if (conflicts) continue;
        if (agrees && !agreeing) agreeing = p;
        if (!open) open = p;
      }
      if (agreeing) {
        parts[*agreeing].push_back(i);
      } else if (open) {
        parts[*open].push_back(i);
      } else {
        parts.push_back({i});
      }
    }
    for (auto& p : parts) split.emplace_back(key, std::move(p));
  }

  std::vector<Ranked> ranked;
  for (auto& [key, members] : split) {
    Ranked r;
    r.figure.what = key.first;
    r.figure.unit = key.second;
    std::vector<text::NumberExpression> numbers;
    std::vector<std::optional<text::CivilDate>> dates;
    std::set<std::size_t> docs;
    r.first = {mentions[members[0]].doc, mentions[members[0]].sentence};
    for (std::size_t i : members) {
      const Mention& m = mentions[i];
      const auto& s = analyses[m.doc].sentences[m.sentence];
      const std::string& text = documents[m.doc].text;
      FigureValue v;
      v.text = text.substr(s.begin, s.end - s.begin);
      v.date = m.date ? text::IsoDate(*m.date) : std::string();
      v.source.doc_id = documents[m.doc].id;
      v.source.document = m.doc;
      v.source.sentence = m.sentence;
      std::tie(v.source.start, v.source.end) = spans[{m.doc, m.sentence}];
      v.value = m.number.value;
      v.mention = text.substr(m.begin, m.end - m.begin);
      r.figure.values.push_back(std::move(v));
      numbers.push_back(m.number);
      dates.push_back(m.date);
      docs.insert(m.doc);
      r.first = std::min(r.first, std::pair{m.doc, m.sentence});
    }
    r.figure.status = StatusOf(numbers, dates);
    r.documents = docs.size();
    ranked.push_back(std::move(r));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.documents != b.documents) return a.documents > b.documents;
    if (a.figure.values.size() != b.figure.values.size())
      return a.figure.values.size() > b.figure.values.size();
    return a.first < b.first;
  });
  std::vector<Figure> out;
  out.reserve(ranked.size());
  for (auto& r : ranked) out.push_back(std::move(r.figure));
  return out;
}

std::vector<Figure> FindFigures(const std::vector<Document>& documents,
                                const std::vector<text::AnalyzedText>& analyses,
                                const std::vector<std::string>& dates, const text::Lexicon& lexicon,
                                int threads) {
  std::vector<const std::string*> texts;
  for (const auto& d : documents) texts.push_back(&d.text);
  return GroupMentions(FindMentions(texts, analyses, dates, lexicon, {}, threads), documents,
                       analyses);
}

}  // namespace precis::figures
