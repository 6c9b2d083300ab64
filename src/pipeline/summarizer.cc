// The pipeline behind precis::Summarizer: clean -> analyze -> collapse
// duplicates -> select -> (fill) -> order -> cite.
#include "precis/summarizer.h"

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "base/id_scratch.h"
#include "base/parallel.h"
#include "base/utf8.h"
#include "clean/boilerplate_cleaner.h"
#include "clean/duplicate_finder.h"
#include "clean/paragraph_signals.h"
#include "figures/find_figures.h"
#include "select/coverage.h"
#include "select/greedy.h"
#include "select/method.h"
#include "text/analyzer.h"
#include "text/context_dependence.h"

namespace precis {
namespace {

// Sentences with fewer content words are never merged as duplicates: "He
// said so." repeats without being the same statement.
constexpr std::size_t kMinWordsForDuplicate = 4;
constexpr double kDuplicateJaccard = 0.7;

select::LengthBudget ToLengthBudget(const Budget& b) {
  select::LengthBudget out;
  out.limit = b.limit;
  out.unit = b.unit == Budget::Unit::kWords   ? select::LengthBudget::Unit::kWords
             : b.unit == Budget::Unit::kBytes ? select::LengthBudget::Unit::kBytes
                                              : select::LengthBudget::Unit::kSentences;
  return out;
}

std::string UnitName(Budget::Unit unit, std::size_t n) {
  std::string name = unit == Budget::Unit::kWords   ? "word"
                     : unit == Budget::Unit::kBytes ? "byte"
                                                    : "sentence";
  return n == 1 ? name : name + "s";
}

// How many pieces the cleaner removed, by what it removed them as.
using RemovedKinds = std::map<std::pair<clean::CutReason, clean::FurnitureKind>, std::size_t>;

// Why a cluster has no candidate sentence, in one line: where it came from,
// what the cleaner removed (the commonest reasons), what was left.
Status NothingLeft(const std::string& name, const std::vector<Document>& docs,
                   const RemovedKinds& removed, const std::vector<text::AnalyzedText>& analyzed) {
  std::string message = name + ": no sentences left to summarize after cleaning (";
  message += std::to_string(docs.size()) + (docs.size() == 1 ? " document" : " documents");
  if (docs.size() <= 3) {
    // Each source once: the lines of one JSONL file share it.
    std::vector<std::string_view> sources;
    for (const auto& d : docs)
      if (!d.source.empty() && std::find(sources.begin(), sources.end(), d.source) == sources.end())
        sources.push_back(d.source);
    for (std::size_t k = 0; k < sources.size(); ++k)
      message += (k == 0 ? " from " : ", ") + std::string(sources[k]);
  }
  std::map<std::string, std::size_t> reasons;
  for (const auto& [kind, n] : removed)
    reasons[clean::RemovedPiece{{}, kind.first, kind.second}.Reason()] += n;
  std::vector<std::pair<std::size_t, std::string>> by_count;
  for (const auto& [reason, n] : reasons) by_count.emplace_back(n, reason);
  std::sort(by_count.begin(), by_count.end(), std::greater<>());
  if (!by_count.empty()) {
    message += "; removed:";
    for (std::size_t k = 0; k < std::min<std::size_t>(3, by_count.size()); ++k)
      message += (k ? ", " : " ") + std::to_string(by_count[k].first) + " " + by_count[k].second;
  }
  std::size_t left = 0;
  for (const auto& a : analyzed) left += a.sentences.size();
  message += "; " + std::to_string(left) +
             (left == 1 ? " piece left, too short or unfinished to be a sentence)"
                        : " pieces left, too short or unfinished to be sentences)");
  return Status::InputError(message);
}

// Where a model sentence came from.
// (8 bytes: one for every sentence of a cluster; a cluster of 4G documents,
// or a text of 4G sentences, is past any input's size.)
struct Origin {
  std::uint32_t doc = 0;
  std::uint32_t sentence = 0;
};

// Code-point offsets of every sentence of a document, found in one pass.
struct CodePointSpans {
  std::vector<std::size_t> begin, end;
};

CodePointSpans Measure(std::string_view text, const std::vector<text::AnalyzedSentence>& ss) {
  std::vector<std::size_t> bytes;
  bytes.reserve(2 * ss.size());
  for (const auto& s : ss) {
    bytes.push_back(s.begin);
    bytes.push_back(s.end);
  }
  const std::vector<std::size_t> cps = utf8::CodePointOffsets(text, bytes);
  CodePointSpans out;
  for (std::size_t i = 0; i + 1 < cps.size(); i += 2) {
    out.begin.push_back(cps[i]);
    out.end.push_back(cps[i + 1]);
  }
  return out;
}

Citation Cite(const std::vector<Document>& docs, const std::vector<CodePointSpans>& spans,
              Origin o) {
  Citation c;
  c.doc_id = docs[o.doc].id;
  c.document = o.doc;
  c.sentence = o.sentence;
  c.start = spans[o.doc].begin[o.sentence];
  c.end = spans[o.doc].end[o.sentence];
  return c;
}

// A sentence opening with a connective that only joins it to the one before
// ("But Congress also provided ...") is offered without it, so that it
// stands alone, and one opening with a roundup item's underscore
// ("_Alabama: ...") without the mark: its span (and so its citation) and
// words start after them. (`analyzed[d]` still holds its words.)
void OfferWithoutJoiningWords(const std::vector<Document>& docs, const text::Lexicon& lexicon,
                              std::vector<text::AnalyzedText>& analyzed) {
  for (std::size_t d = 0; d < analyzed.size(); ++d) {
    auto& a = analyzed[d];
    for (auto& s : a.sentences) {
      if (!s.candidate) continue;
      const std::string_view sentence =
          std::string_view(docs[d].text).substr(s.begin, s.end - s.begin);
      std::size_t drop = text::DroppableConnectiveBytes(sentence);
      if (drop == 0) drop = text::OpeningUnderscoreBytes(sentence);
      if (drop == 0) continue;
      const std::size_t begin = s.begin + drop;
      std::uint32_t k = 0;
      std::uint32_t content_dropped = 0;
      while (k < s.words && a.words[s.first_word + k].begin < begin) {
        content_dropped += text::TokenOf(a.words[s.first_word + k], lexicon).stop ? 0 : 1;
        ++k;
      }
      if (k == s.words) continue;
      s.begin = static_cast<std::uint32_t>(begin);
      s.first_word += k;
      s.words -= k;
      s.content_words -= std::min(s.content_words, content_dropped);
    }
  }
}

// The first `n` whitespace-separated words of `s`.
// True when `text` ends in a colon (spaces aside): it leads into what follows.
bool EndsInColon(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text.ends_with(':');
}

std::string_view FirstWords(std::string_view s, std::size_t n) {
  std::size_t i = 0, words = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    if (words == n) break;
    ++words;
    while (i < s.size() && s[i] != ' ') ++i;
  }
  std::string_view out = s.substr(0, i);
  while (!out.empty() && out.back() == ' ') out.remove_suffix(1);
  return out;
}

// The first `n` bytes of `s`, cut back to a whole UTF-8 character.
std::string_view FirstBytes(std::string_view s, std::size_t n) {
  if (n >= s.size()) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Graph and coverage methods cost O(n^2) in the number of candidates. A
// cluster of thousands of articles keeps only the sentences most likely to
// matter (by how widely their words are shared, and how early they come),
// so work grows near-linearly with the input. Document frequencies still
// come from every sentence.
constexpr std::size_t kMaxCandidates = 1500;

// A sentence of the cluster as the choice of candidates reads it.
struct UnitFacts {
  bool unit = false;         // a candidate for the model
  std::size_t position = 0;  // its index in its document
  std::size_t copies = 1;    // documents carrying it
};

// Which of the cluster's sentences (`tokens_of(i)`, in document order
// `doc_of(i)`) the model keeps: every unit, or in a cluster of more than
// kMaxCandidates units those with the highest mean document frequency of
// their content terms, times their copies, over 1 + position / 10 (ties:
// the earlier). Frequencies count a term once per document, from every
// token of a unit and the content tokens of the rest, as the model's do;
// chosen before the model copies any tokens (a large cluster's candidates
// would double its memory). `lexicon_size` bounds the terms' ids. When it
// leaves units out, the frequencies by lexicon id go to `doc_freq_out`.
template <typename TokensOf, typename DocOf>
std::vector<bool> KeptUnits(const std::vector<UnitFacts>& facts, std::size_t lexicon_size,
                            const TokensOf& tokens_of, const DocOf& doc_of,
                            std::vector<int>* doc_freq_out) {
  std::vector<bool> kept(facts.size());
  std::vector<std::size_t> units;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (facts[i].unit) units.push_back(i);
  if (units.size() <= kMaxCandidates) {
    for (std::size_t i : units) kept[i] = true;
    return kept;
  }
  std::vector<int> doc_freq(lexicon_size, 0);
  std::vector<std::size_t> counted_in(lexicon_size, SIZE_MAX);
  for (std::size_t i = 0; i < facts.size(); ++i)
    for (const text::TermToken& t : tokens_of(i))
      if ((facts[i].unit || !t.stop) && counted_in[t.term] != doc_of(i)) {
        counted_in[t.term] = doc_of(i);
        ++doc_freq[t.term];
      }
  std::vector<double> score(units.size(), 0);
  for (std::size_t u = 0; u < units.size(); ++u) {
    double sum = 0;
    std::size_t content = 0;
    for (const text::TermToken& t : tokens_of(units[u]))
      if (!t.stop) {
        sum += doc_freq[t.term];
        ++content;
      }
    const UnitFacts& f = facts[units[u]];
    score[u] = (content ? sum / static_cast<double>(content) : 0) * static_cast<double>(f.copies) /
               (1.0 + 0.1 * static_cast<double>(f.position));
  }
  std::vector<std::size_t> order(units.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  order.resize(kMaxCandidates);
  for (std::size_t u : order) kept[units[u]] = true;
  *doc_freq_out = std::move(doc_freq);
  return kept;
}

// The rank of each document in a chronological summary. Documents of one
// date (all of them, when some are undated) have no order of their own: one
// naming someone by title alone ("mr. Donahoe testified.") goes after one
// that introduces him ("Postmaster general patrick donahoe said ..."), else
// they keep the input's order, but for the dated ones among undated, which
// take the places of the dated in the order of their dates; and the group
// opens with a document whose first sentence here stands alone, when one
// may go first. `text[d]` is
// what the summary takes from document d, in order; `date_key[d]` its date,
// or "" for all; `date[d]` its date or "".
std::vector<std::size_t> DocumentRanks(const std::vector<std::string>& text,
                                       const std::vector<std::string>& date_key,
                                       const std::vector<std::string>& date) {
  const std::size_t n = text.size();
  std::vector<std::size_t> rank(n);
  std::iota(rank.begin(), rank.end(), 0);
  std::map<std::string, std::vector<std::size_t>> by_date;
  for (std::size_t d = 0; d < n; ++d)
    if (!text[d].empty()) by_date[date_key[d]].push_back(d);
  for (auto& entry : by_date) {
    // (Not a structured binding: clang before 16 cannot capture one.)
    const std::vector<std::size_t> slots = entry.second;  // the group's ranks, in order
    if (slots.size() < 2) continue;
    // The dated documents in the places of the dated, by date.
    std::vector<std::size_t> group = slots;
    {
      std::vector<std::size_t> dated;
      for (std::size_t d : slots)
        if (!date[d].empty()) dated.push_back(d);
      std::stable_sort(dated.begin(), dated.end(),
                       [&](std::size_t a, std::size_t b) { return date[a] < date[b]; });
      std::size_t next = 0;
      for (std::size_t& d : group)
        if (!date[d].empty()) d = dated[next++];
    }
    // Per document: its text folded, and the surnames it names by title
    // before (or without) naming them otherwise.
    std::vector<std::string> folded;
    std::vector<std::vector<std::string>> needs;
    for (std::size_t d : group) {
      folded.push_back(AsciiFold(text[d]));
      needs.emplace_back();
      std::size_t start = 0;
      for (std::size_t end = text[d].find('\n'); end != std::string::npos;
           start = end + 1, end = text[d].find('\n', start)) {
        const std::string_view sentence = std::string_view(text[d]).substr(start, end - start);
        // (Folding keeps every byte in place: the sentences before are a prefix.)
        const std::string_view before = std::string_view(folded.back()).substr(0, start);
        for (std::string& surname : text::TitledSurnames(sentence))
          if (!HasAsciiWord(before, surname)) needs.back().push_back(std::move(surname));
        // A speaker by surname alone whom the document has not named in full.
        const std::string_view up_to = std::string_view(text[d]).substr(0, end);
        for (const std::string& surname : text::BareSpeakers(sentence))
          if (!text::NamesInFull(up_to, surname)) needs.back().push_back(AsciiFold(surname));
      }
    }
    auto introduces = [&](std::size_t g, const std::string& surname) {
      return HasAsciiWord(folded[g], surname) &&
             std::find(needs[g].begin(), needs[g].end(), surname) == needs[g].end();
    };
    // What opens the group should not lean on a sentence the reader never
    // saw: a document whose first sentence here does is not put first when
    // one that stands alone can be (undated, or the earliest dated); nor one
    // that names its subject by a bare description ("The hurricane killed
    // ...", where another article names Hurricane Gilbert).
    // (Judged once per document: the picking below asks again each round.)
    std::vector<bool> opens_alone(group.size());
    for (std::size_t g = 0; g < group.size(); ++g) {
      const std::string& t = text[group[g]];
      const std::string_view first = std::string_view(t).substr(0, t.find('\n'));
      opens_alone[g] = text::DependsOnContext(first) == text::Dependence::kNone &&
                       !text::OpensWithADefiniteDescription(first);
    }
    std::size_t first_dated = group.size();
    for (std::size_t g = 0; g < group.size() && first_dated == group.size(); ++g)
      if (!date[group[g]].empty()) first_dated = g;
    std::vector<std::size_t> order;  // indices into group
    std::vector<bool> placed(group.size(), false);
    std::string placed_text;
    while (order.size() < group.size()) {
      std::size_t pick = group.size();
      for (int pass = order.empty() ? 0 : 1; pass < 2 && pick == group.size(); ++pass)
        for (std::size_t g = 0; g < group.size() && pick == group.size(); ++g) {
          if (placed[g]) continue;
          if (pass == 0 && (!opens_alone[g] || (!date[group[g]].empty() && g != first_dated)))
            continue;
          const bool ready = std::all_of(needs[g].begin(), needs[g].end(), [&](const auto& s) {
            if (HasAsciiWord(placed_text, s)) return true;
            for (std::size_t e = 0; e < group.size(); ++e)
              if (!placed[e] && e != g && introduces(e, s)) return false;
            return true;
          });
          if (ready) pick = g;
        }
      if (pick == group.size())  // (a cycle: the input's order)
        pick = static_cast<std::size_t>(std::find(placed.begin(), placed.end(), false) -
                                        placed.begin());
      placed[pick] = true;
      order.push_back(pick);
      placed_text += folded[pick] + "\n";
    }
    // The group's ranks, in its new order.
    for (std::size_t k = 0; k < order.size(); ++k) rank[group[order[k]]] = slots[k];
  }
  return rank;
}

// Which sentences of the cluster (`all`) repeat another: canonical[i] is
// the first sentence saying what sentence i says (i itself when none
// before it does, or when it repeats one already read: repeats_seen[i]);
// copies_of[i] the later ones collapsed onto i. Terms are numbered in order
// of first appearance.
struct Repeats {
  std::vector<std::size_t> canonical;
  std::vector<bool> repeats_seen;
  std::vector<std::vector<std::size_t>> copies_of;
};

Repeats FindRepeats(const std::vector<Origin>& all, const std::vector<text::AnalyzedText>& analyzed,
                    const std::vector<std::vector<text::TermToken>>& tokens,
                    const std::vector<text::AnalyzedText>& seen, const text::Lexicon& lexicon,
                    const std::function<std::string_view(std::size_t)>& sentence_text) {
  auto tokens_of = [&](std::size_t d, const text::AnalyzedSentence& s) {
    return std::span<const text::TermToken>(tokens[d]).subspan(s.first_word, s.words);
  };
  // Lexicon term -> id here, in order of first appearance (the thread's
  // array: direct indexing, cleared where used).
  thread_local IdScratch<int> ids(-1);
  const IdScratchReset<int> reset_ids(ids);
  int next_id = 0;
  clean::TermSets terms;  // the seen sentences, then the new ones
  auto add_content_terms = [&](auto words, const text::AnalyzedSentence& s) {
    terms.Open();
    if (s.content_words < kMinWordsForDuplicate) return;
    for (const auto& word : words)
      if (const text::TermToken w = text::TokenOf(word, lexicon); !w.stop) {
        int& id = ids.Touch(w.term);
        if (id < 0) id = next_id++;
        terms.Push(id);
      }
  };
  {
    std::size_t sentences = all.size(), content = 0;
    for (const auto& a : seen) sentences += a.sentences.size();
    for (const auto& a : analyzed)
      for (const auto& s : a.sentences)
        if (s.content_words >= kMinWordsForDuplicate) content += s.content_words;
    terms.Reserve(sentences, content);
  }
  for (const auto& a : seen)
    for (const auto& s : a.sentences) add_content_terms(a.WordsOf(s), s);
  const std::size_t seen_sentences = terms.size();
  for (const Origin& o : all)
    add_content_terms(tokens_of(o.doc, analyzed[o.doc].sentences[o.sentence]),
                      analyzed[o.doc].sentences[o.sentence]);
  const std::vector<std::size_t> first = clean::FindDuplicates(std::move(terms), kDuplicateJaccard);
  Repeats out;
  out.canonical.resize(all.size());
  out.repeats_seen.assign(all.size(), false);
  // Sentences too short to compare by their terms repeat a read one when
  // they are the same text ("Our frustration is intense as well.").
  std::unordered_set<std::string_view> seen_short;
  for (const auto& a : seen)
    for (std::size_t k = 0; k < a.sentences.size(); ++k)
      if (a.sentences[k].content_words < kMinWordsForDuplicate)
        seen_short.insert(a.SentenceText(k));
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::size_t f = first[seen_sentences + i];
    out.repeats_seen[i] =
        f < seen_sentences ||
        (!seen_short.empty() &&
         analyzed[all[i].doc].sentences[all[i].sentence].content_words < kMinWordsForDuplicate &&
         seen_short.count(sentence_text(i)));
    out.canonical[i] = out.repeats_seen[i] ? i : f - seen_sentences;
  }
  out.copies_of.resize(all.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    if (out.canonical[i] != i) out.copies_of[out.canonical[i]].push_back(i);
  return out;
}

constexpr std::size_t kNoSentence = static_cast<std::size_t>(-1);

// Fill: the sentence cut to use the rest of the budget exactly (added to
// `chosen`), or kNoSentence: the best scored one whose first words say
// something new and read well on their own (see below).
std::size_t AddSentenceToCut(const select::ClusterModel& model, const select::LengthBudget& budget,
                             bool fill, Budget::Unit unit,
                             const std::function<double(std::size_t)>& score_of,
                             const text::Stopwords& stopwords, std::vector<std::size_t>& chosen) {
  std::size_t used = 0;
  for (std::size_t m : chosen) used += budget.Cost(model.sentences[m]);
  if (!(fill && unit != Budget::Unit::kSentences && used < budget.limit)) return kNoSentence;
  std::vector<std::size_t> order(model.sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return score_of(a) > score_of(b); });
  std::unordered_set<std::size_t> taken(chosen.begin(), chosen.end());
  std::vector<std::vector<int>> chosen_sets;
  std::vector<std::vector<std::uint64_t>> chosen_passages;
  std::string chosen_text;
  for (std::size_t c : chosen) {
    chosen_sets.push_back(select::SortedSet(model.ContentTerms(c)));
    chosen_passages.push_back(select::PassageSet(model, c));
    chosen_text.append(model.sentences[c].text).append("\n");
  }
  std::optional<select::SameContentJudge> same;
  for (std::size_t m : order) {
    if (taken.count(m)) continue;
    // What a reader sees of it is its first words: those must say
    // something the summary does not (most of their content words new),
    // and no passage a chosen sentence holds.
    std::vector<int> shown;
    const auto& tokens = model.sentences[m].tokens;
    for (std::size_t k = 0; k < tokens.size() && k < budget.limit - used; ++k)
      if (!tokens[k].stop) shown.push_back(tokens[k].term);
    shown = select::SortedSet(std::move(shown));
    const bool redundant =
        std::any_of(
            chosen_sets.begin(), chosen_sets.end(),
            [&](const std::vector<int>& cc) { return select::Containment(shown, cc) > 0.5; }) ||
        [&] {
          const auto passage = select::PassageSet(model, m);
          return std::any_of(chosen_passages.begin(), chosen_passages.end(),
                             [&](const auto& c) { return select::SharePassage(passage, c); });
        }();
    if (redundant) continue;
    // Nor one the selection would call the same as a chosen one (half the
    // content stems, a retelling in other words, a count or a quotation
    // told twice): made only for a sentence that got this far.
    if (!same) same.emplace(model);
    if (std::any_of(chosen.begin(), chosen.end(), [&](std::size_t c) { return same->Same(m, c); }))
      continue;
    // Nor one leaning on the sentence before it: cut short, it goes last,
    // where it would follow another.
    const auto& sm = model.sentences[m];
    if (text::DependsOnContext(sm.text) != text::Dependence::kNone) continue;
    // Nor one whose words up to the cut open a quotation they do not
    // close ("\" next year, we will definitely"): what a reader sees of it
    // would read as a piece of a longer quotation.
    const std::size_t left = budget.limit - used;
    const std::string_view shown_text =
        unit == Budget::Unit::kWords ? FirstWords(sm.text, left) : FirstBytes(sm.text, left);
    if (shown_text.size() < sm.text.size() &&
        text::DependsOnContext(shown_text) != text::Dependence::kNone)
      continue;
    // Nor one whose words up to the cut end in a colon ("A story by
    // politico last week reinforced that image:"): they lead into what the
    // summary lacks.
    if (EndsInColon(shown_text)) continue;
    // Nor one whose words up to the cut read as the page's furniture (a
    // byline's "Justice department reporter", "Mobile users: click here").
    if (const clean::ParagraphSignals seen = clean::MeasureParagraph(shown_text, stopwords);
        seen.formula || seen.byline)
      continue;
    // Nor one naming someone ("Mr. Udall, whose ...", "..., Bloom said.")
    // the summary never introduces.
    if (text::NamesSomeoneNotIn(sm.text, chosen_text) ||
        !text::SpeakersNotNamedIn(sm.text, chosen_text).empty())
      continue;
    chosen.push_back(m);
    return m;
  }
  return kNoSentence;
}

// Order: chronological (by date when every chosen sentence's article has
// one, else by DocumentRanks, then by place in the article) or by score;
// the sentence cut to fill the budget (`fill_sentence`) goes last.
void OrderChosen(const select::ClusterModel& model, const std::vector<Document>& docs, Order order,
                 std::size_t fill_sentence, const std::function<double(std::size_t)>& score_of,
                 std::vector<std::size_t>& chosen) {
  bool all_dated = true;
  for (std::size_t m : chosen) all_dated &= !docs[model.sentences[m].doc].date.empty();
  if (order == Order::kChronological) {
    std::vector<std::string> taken_text(docs.size()), date_key(docs.size()), date(docs.size());
    {
      std::vector<std::size_t> by_position = chosen;
      std::sort(by_position.begin(), by_position.end(), [&](std::size_t a, std::size_t b) {
        return model.sentences[a].position < model.sentences[b].position;
      });
      for (std::size_t m : by_position)
        taken_text[model.sentences[m].doc] += model.sentences[m].text + "\n";
    }
    for (std::size_t d = 0; d < docs.size(); ++d) {
      date[d] = docs[d].date;
      if (all_dated) date_key[d] = docs[d].date;
    }
    const std::vector<std::size_t> doc_rank = DocumentRanks(taken_text, date_key, date);
    std::stable_sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
      // The sentence cut to fill the budget reads as broken anywhere but
      // last (opening the summary, worst), even after the sentence it
      // follows in its article: the summary would read on from its first
      // words into another sentence ("... will cost 400 million yuan. The
      // Liu xiaoqun, director of ...").
      if (a == fill_sentence || b == fill_sentence) return b == fill_sentence && a != b;
      const auto& sa = model.sentences[a];
      const auto& sb = model.sentences[b];
      if (all_dated && docs[sa.doc].date != docs[sb.doc].date)
        return docs[sa.doc].date < docs[sb.doc].date;
      if (sa.doc != sb.doc) return doc_rank[sa.doc] < doc_rank[sb.doc];
      return sa.position < sb.position;
    });
  } else {
    std::stable_sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
      if (a == fill_sentence || b == fill_sentence) return b == fill_sentence && a != b;
      return score_of(a) > score_of(b);
    });
  }
}

// A document that gives nothing to summarize (a page without an article,
// a caption alone) is said, when the others do give something: one line
// however many there are (a crawl of thousands of pages has hundreds of
// menus), their number and the first few.
std::optional<std::string> NothingToSummarizeIn(const std::vector<Document>& docs,
                                                const std::vector<text::AnalyzedText>& analyzed) {
  auto has_candidate = [](const text::AnalyzedText& a) {
    return std::any_of(a.sentences.begin(), a.sentences.end(),
                       [](const text::AnalyzedSentence& s) { return s.candidate; });
  };
  std::vector<std::string_view> empty;
  if (std::any_of(analyzed.begin(), analyzed.end(), has_candidate))
    for (std::size_t d = 0; d < analyzed.size(); ++d)
      if (!has_candidate(analyzed[d])) empty.push_back(docs[d].id);
  constexpr std::size_t kNamed = 3;
  if (empty.empty()) return std::nullopt;
  std::string named;
  for (std::size_t k = 0; k < std::min(kNamed, empty.size()); ++k)
    named +=
        (k == 0 ? "'" : (k + 1 == empty.size() ? " and '" : ", '")) + std::string(empty[k]) + "'";
  const std::string what = " nothing to summarize (no sentence left after cleaning)";
  if (empty.size() == 1) return "document " + named + " has" + what + "; the others are summarized";
  if (empty.size() <= kNamed)
    return "documents " + named + " have" + what + "; the others are summarized";
  return std::to_string(empty.size()) + " documents have" + what + ", the first " + named +
         "; the others are summarized";
}

// Per document: its size before and after cleaning, its sentences and
// words, what was removed, and how many of its sentences repeat another
// (one read before, or an earlier one of the cluster).
std::vector<DocumentStats> DocumentStatsOf(
    const std::vector<Document>& docs, const std::vector<text::AnalyzedText>& analyzed,
    const std::vector<std::size_t>& input_chars, const std::vector<std::size_t>& word_counts,
    const std::vector<std::size_t>& removed_count, const std::vector<Origin>& all,
    const std::vector<std::size_t>& canonical, const std::vector<bool>& repeats_seen) {
  std::vector<DocumentStats> stats;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    DocumentStats st;
    st.doc_id = docs[d].id;
    st.input_chars = input_chars[d];
    st.cleaned_chars = utf8::CodePoints(docs[d].text);
    st.sentences = analyzed[d].sentences.size();
    st.words = word_counts[d];
    st.removed = removed_count[d];
    stats.push_back(st);
  }
  for (std::size_t i = 0; i < all.size(); ++i)
    if (canonical[i] != i || repeats_seen[i]) ++stats[all[i].doc].duplicates;
  return stats;
}

}  // namespace

std::vector<std::string> MethodNames() { return select::MethodNames(); }
std::vector<MethodInfo> Methods() {
  std::vector<MethodInfo> out;
  for (const select::MethodDescription& d : select::MethodDescriptions())
    out.push_back({d.name, d.help, d.honours_query, d.honours_seen, d.needs_solver});
  return out;
}
std::string DefaultMethodName() { return "coverage"; }

struct Summarizer::Impl {
  SummarizeOptions options;
  std::string method_name;
  std::unique_ptr<select::Method> method;

  // Summarize(); when `release` is the cluster's documents, each one's text
  // is freed as soon as it has been read.
  // `threads` for the cluster's per-document work (as SummarizeOptions::threads).
  Result<Summary> Run(const Cluster& cluster, std::vector<Document>* release, int threads) const;
};

Summarizer::Summarizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Summarizer::Summarizer(Summarizer&&) noexcept = default;
Summarizer& Summarizer::operator=(Summarizer&&) noexcept = default;
Summarizer::~Summarizer() = default;

const SummarizeOptions& Summarizer::options() const { return impl_->options; }

bool Summarizer::honours_query() const { return impl_->method->honours_query(); }

Result<Summarizer> Summarizer::Create(const SummarizeOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->method_name = options.method == "default" ? DefaultMethodName() : options.method;
  select::MethodOptions mo;
  mo.time_limit_seconds = options.time_limit_seconds;
  auto method = select::MakeMethod(impl->method_name, mo);
  if (!method.ok()) return method.status();
  impl->method = std::move(method).value();
  if (options.budget.limit == 0 || options.budget.limit > Budget::kMaxLimit)
    return Status::UsageError("the length budget must be from 1 to " +
                              std::to_string(Budget::kMaxLimit));
  if (options.budget.fill && options.budget.unit == Budget::Unit::kSentences)
    return Status::UsageError(
        "a budget in sentences cannot be filled: fill cuts the last sentence to a budget in words "
        "or bytes");
  // Written so that NaN fails too.
  if (!(options.time_limit_seconds >= 0 &&
        options.time_limit_seconds <= SummarizeOptions::kMaxTimeLimitSeconds))
    return Status::UsageError(
        "the time limit must be from 0 to " +
        std::to_string(static_cast<int>(SummarizeOptions::kMaxTimeLimitSeconds)) + " seconds");
  static_assert(SummarizeOptions::kMaxThreads == kMaxThreads);
  if (Status s = CheckThreads(options.threads); !s.ok()) return s;
  auto analyzer = text::Analyzer::Create(options.language);
  if (!analyzer.ok()) return analyzer.status();
  return Summarizer(std::move(impl));
}

Result<Summary> Summarizer::Summarize(const Cluster& cluster) const {
  return impl_->Run(cluster, nullptr, impl_->options.threads);
}

Result<Summary> Summarizer::Summarize(Cluster&& cluster) const {
  return impl_->Run(cluster, &cluster.documents, impl_->options.threads);
}

void Summarizer::SummarizeEach(
    std::vector<Cluster>&& clusters,
    const std::function<void(std::size_t, Result<Summary>)>& deliver) const {
  const int threads = static_cast<int>(
      std::min(static_cast<std::size_t>(ThreadsFor(impl_->options.threads)), clusters.size()));
  if (threads <= 1) {
    for (std::size_t i = 0; i < clusters.size(); ++i) deliver(i, Summarize(std::move(clusters[i])));
    return;
  }
  // Several clusters at once, each on one thread.
  MakeInOrder<Result<Summary>>(
      clusters.size(), threads,
      [&](std::size_t i) -> Result<Summary> {
        try {
          return impl_->Run(clusters[i], &clusters[i].documents, 1);
        } catch (const std::exception& e) {  // out of memory: an error for this cluster
          return Status::InternalError(
              (clusters[i].id.empty() ? std::string("cluster") : clusters[i].id) + ": " + e.what());
        }
      },
      deliver);
}

Result<Summary> Summarizer::Impl::Run(const Cluster& cluster, std::vector<Document>* release,
                                      int threads) const {
  const SummarizeOptions& opt = options;
  const std::string name = cluster.id.empty() ? std::string("cluster") : cluster.id;
  if (cluster.documents.empty()) return Status::InputError(name + ": no documents to summarize");
  for (const auto& d : cluster.documents)
    if (d.text.size() > text::AnalyzedText::kMaxBytes)
      return Status::InputError(name + ": document '" + d.id + "' is over 4 GB");

  Summary summary;
  summary.cluster_id = cluster.id;
  summary.method = method_name;

  // 1. Analyse each document (independent of the others), then clean the
  // cluster; the cleaner hands back the analysis of what it kept.
  auto lease = text::AnalyzerLease::Borrow(opt.language);
  if (!lease.ok()) return lease.status();
  text::Analyzer& analyzer = **lease;
  clean::BoilerplateCleaner cleaner(opt.language, &clean::RecurringText::Builtin(), threads);
  std::vector<std::size_t> input_chars(cluster.documents.size());  // for the stats
  std::vector<clean::PreparedDocument> prepared =
      cleaner.PrepareAll(cluster.documents, analyzer, [&](std::size_t d) {
        input_chars[d] = utf8::CodePoints(cluster.documents[d].text);
        // The cleaner reads only the prepared text from here on.
        if (release != nullptr) std::string().swap((*release)[d].text);
      });
  auto cleaned = cleaner.Clean(cluster.documents, std::move(prepared), analyzer);
  // Everything but the text, which comes from the cleaner (a copy of the
  // raw text here would double a large cluster's memory for nothing).
  if (release != nullptr) {
    // The summary's documents take what is left of the cluster's: the array
    // itself, not a copy (a large cluster's is megabytes).
    summary.documents = std::move(*release);
    for (auto& d : summary.documents) {
      std::string().swap(d.text);
      for (std::string* metadata : {&d.url, &d.author, &d.language}) std::string().swap(*metadata);
    }
    std::vector<Document>().swap(*release);
  } else {
    summary.documents.reserve(cluster.documents.size());
    for (const auto& d : cluster.documents)
      summary.documents.push_back({d.id, d.title, d.date, d.source, std::string()});
  }
  std::vector<text::AnalyzedText> analyzed(cleaned.size());
  std::vector<Origin> all;  // every sentence of the cluster, in document order
  {
    std::size_t sentences = 0;
    for (const auto& c : cleaned) sentences += c.analysis.sentences.size();
    all.reserve(sentences);
  }
  // What was removed, counted, and the pieces themselves gone (a large
  // cluster's are megabytes), but for --explain.
  std::vector<std::size_t> removed_count(cleaned.size());
  RemovedKinds removed_kinds;
  for (std::size_t d = 0; d < cleaned.size(); ++d) {
    // The text moves to the summary; its analysis is read against that.
    summary.documents[d].text = std::move(cleaned[d].analysis.text);
    if (summary.documents[d].date.empty()) summary.documents[d].date = cleaned[d].stamped_date;
    analyzed[d] = std::move(cleaned[d].analysis);
    for (std::size_t k = 0; k < analyzed[d].sentences.size(); ++k)
      all.push_back({static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(k)});
    removed_count[d] = cleaned[d].removed.size();
    for (auto& r : cleaned[d].removed) {
      ++removed_kinds[{r.reason, r.furniture}];
      if (opt.explain)
        summary.removed.push_back({summary.documents[d].id, std::move(r.text), r.Reason()});
    }
    cleaned[d] = clean::CleanedDocument();
  }
  std::vector<clean::CleanedDocument>().swap(cleaned);
  const auto& docs = summary.documents;
  if (auto warning = NothingToSummarizeIn(docs, analyzed)) summary.warnings.push_back(*warning);

  // 2. What the reader has already read, cleaned and analysed the same way
  // (with the same lexicon, so that terms compare).
  std::vector<text::AnalyzedText> seen;
  if (!cluster.seen.empty())
    for (auto& c : cleaner.Clean(cluster.seen, analyzer)) seen.push_back(std::move(c.analysis));

  // Figures: the numbers that count the same thing across the documents,
  // read from the analysis above. They are all that reads more of a word
  // than its term: each document's words then give way to 4-byte tokens
  // (a large cluster's words are most of its memory).
  if (opt.figures) {
    std::vector<std::string> dates;
    dates.reserve(docs.size());
    for (const auto& d : docs) dates.push_back(d.date);
    summary.figures = figures::FindFigures(docs, analyzed, dates, analyzer.lexicon(), threads);
  }
  OfferWithoutJoiningWords(docs, analyzer.lexicon(), analyzed);
  std::vector<std::size_t> word_counts(analyzed.size());  // for the stats
  std::vector<std::vector<text::TermToken>> tokens(analyzed.size());
  for (std::size_t d = 0; d < analyzed.size(); ++d) {
    word_counts[d] = analyzed[d].words.size();
    tokens[d] = text::TermTokensOf(analyzed[d].words, analyzer.lexicon());
    text::AnalyzedWords().swap(analyzed[d].words);
  }
  auto tokens_of = [&](std::size_t d, const text::AnalyzedSentence& s) {
    return std::span<const text::TermToken>(tokens[d]).subspan(s.first_word, s.words);
  };

  // 3. Collapse near-duplicates onto their first occurrence; a sentence that
  // repeats one already read is no candidate.
  const text::Lexicon& lexicon = analyzer.lexicon();
  // The text of a sentence, in the cleaned document.
  auto sentence_text = [&](std::size_t i) {
    const auto& s = analyzed[all[i].doc].sentences[all[i].sentence];
    return std::string_view(docs[all[i].doc].text).substr(s.begin, s.end - s.begin);
  };
  const Repeats repeats = FindRepeats(all, analyzed, tokens, seen, lexicon, sentence_text);
  const std::vector<std::size_t>& canonical = repeats.canonical;
  const std::vector<bool>& repeats_seen = repeats.repeats_seen;
  const std::vector<std::vector<std::size_t>>& copies_of = repeats.copies_of;

  // 4. The selection model: unique candidate sentences.
  select::ClusterModelBuilder builder;
  for (const auto& d : docs) builder.AddDocument(d.id, d.date);
  std::vector<std::size_t> model_to_all;
  std::vector<UnitFacts> facts(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    facts[i].unit = canonical[i] == i &&
                    analyzed[all[i].doc].sentences[all[i].sentence].candidate && !repeats_seen[i];
    facts[i].position = all[i].sentence;
    if (!facts[i].unit) continue;
    // The documents carrying it (most sentences have no copy: one).
    if (copies_of[i].empty()) {
      facts[i].copies = 1;
      continue;
    }
    std::vector<std::size_t> carrying{all[i].doc};
    for (std::size_t c : copies_of[i]) carrying.push_back(all[c].doc);
    std::sort(carrying.begin(), carrying.end());
    facts[i].copies =
        static_cast<std::size_t>(std::unique(carrying.begin(), carrying.end()) - carrying.begin());
  }
  auto sentence_tokens = [&](std::size_t i) {
    return tokens_of(all[i].doc, analyzed[all[i].doc].sentences[all[i].sentence]);
  };
  std::vector<int> doc_freq;
  const std::vector<bool> kept = KeptUnits(
      facts, lexicon.size(), sentence_tokens, [&](std::size_t i) { return all[i].doc; }, &doc_freq);
  // Frequencies found there need not be counted again (text outside the
  // model is then only given its term ids, in the same order).
  const bool frequencies_given = !doc_freq.empty();
  if (frequencies_given) builder.SetDocumentFrequencies(std::move(doc_freq));
  {
    const auto units = static_cast<std::size_t>(std::count(kept.begin(), kept.end(), true));
    builder.ReserveSentences(units);
    model_to_all.reserve(units);
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& a = analyzed[all[i].doc];
    const auto& s = a.sentences[all[i].sentence];
    if (kept[i]) {
      // The text is set below.
      builder.AddSentenceWithoutText(all[i].doc, all[i].sentence, sentence_text(i),
                                     tokens_of(all[i].doc, s), lexicon, facts[i].copies);
      model_to_all.push_back(i);
    } else if (facts[i].unit) {
      // Left out of the model (so frequencies were given): its terms take
      // their ids where the unit's would have.
      for (const auto& w : tokens_of(all[i].doc, s)) builder.NoteTerm(w.term, lexicon);
      builder.CountLeftOutSentence(all[i].doc, all[i].sentence);
    } else {
      for (const auto& w : tokens_of(all[i].doc, s))
        if (w.stop)
          continue;
        else if (frequencies_given)
          builder.NoteTerm(w.term, lexicon);
        else
          builder.AddDocumentTerm(all[i].doc, w.term, lexicon);
    }
    // Past a document's last sentence its tokens are no longer read (the
    // sentences stay, for the citations).
    if (i + 1 == all.size() || all[i + 1].doc != all[i].doc)
      std::vector<text::TermToken>().swap(tokens[all[i].doc]);
  }
  if (cluster.query && !method->honours_query()) {
    std::string honouring;
    for (const auto& m : select::MethodNamesHonouringQuery())
      honouring += (honouring.empty() ? "" : ", ") + m;
    summary.warnings.push_back("method " + method_name +
                               " ignores the query (these honour it: " + honouring + ")");
  }
  if (!seen.empty() && !method->honours_seen()) {
    std::string honouring;
    for (const auto& m : select::MethodNamesHonouringSeen())
      honouring += (honouring.empty() ? "" : ", ") + m;
    summary.warnings.push_back("method " + method_name +
                               " drops sentences already read but does not weigh what is new "
                               "(these do: " +
                               honouring + ")");
  }
  if (cluster.query) {
    auto stems = analyzer.ContentStems(cluster.query->title + " " + cluster.query->narrative);
    if (stems.empty())
      summary.warnings.push_back(
          "the query has no word to focus on (it is empty or only "
          "words like 'what' and 'the'); the summary is not focused");
    builder.SetQuery(std::move(stems));
  }
  for (std::size_t d = 0; d < seen.size(); ++d)
    for (const auto& s : seen[d].sentences) builder.AddSeenSentence(d, seen[d].WordsOf(s), lexicon);
  select::ClusterModel model = std::move(builder).Build();
  if (model.sentences.empty()) {
    if (std::find(repeats_seen.begin(), repeats_seen.end(), true) != repeats_seen.end())
      return Status::InputError(name +
                                ": nothing new to summarize (every candidate sentence "
                                "repeats one of the documents already read)");
    return NothingLeft(name, docs, removed_kinds, analyzed);
  }
  for (std::size_t m = 0; m < model.sentences.size(); ++m) {
    const std::size_t i = model_to_all[m];
    model.sentences[m].text = std::string(sentence_text(i));
    model.sentences[m].in_quotation = analyzed[all[i].doc].sentences[all[i].sentence].in_quotation;
  }

  // 5. Select.
  select::LengthBudget budget = ToLengthBudget(opt.budget);
  select::Selection selection = method->Select(model, budget);
  std::vector<std::size_t> chosen = selection.chosen;
  auto score_of = [&](std::size_t m) {
    return m < selection.scores.size() ? selection.scores[m] : 0.0;
  };

  // 6. Fill: cut one more sentence to use the rest of the budget exactly.
  const std::size_t fill_sentence = AddSentenceToCut(
      model, budget, opt.budget.fill, opt.budget.unit, score_of, analyzer.stopwords(), chosen);
  std::size_t used = 0;
  for (std::size_t m : chosen)
    if (m != fill_sentence) used += budget.Cost(model.sentences[m]);

  // 7. Order.
  OrderChosen(model, docs, opt.order, fill_sentence, score_of, chosen);

  // 8. Cite.
  std::vector<CodePointSpans> spans(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d)
    spans[d] = Measure(docs[d].text, analyzed[d].sentences);
  for (std::size_t m : chosen) {
    std::size_t i = model_to_all[m];
    SummarySentence out;
    out.source = Cite(docs, spans, all[i]);
    const auto& s = analyzed[all[i].doc].sentences[all[i].sentence];
    std::string_view text =
        std::string_view(docs[all[i].doc].text).substr(s.begin, s.end - s.begin);
    if (m == fill_sentence) {
      std::size_t left = budget.limit - used;
      std::string_view cut =
          opt.budget.unit == Budget::Unit::kWords ? FirstWords(text, left) : FirstBytes(text, left);
      if (cut.size() < text.size()) {
        out.truncated = true;
        out.source.end = out.source.start + utf8::CodePoints(cut);
        text = cut;
      }
    }
    if (text.empty()) continue;
    out.text = std::string(text);
    out.date = docs[all[i].doc].date;
    out.score = score_of(m);
    for (std::size_t c : copies_of[i]) out.also_in.push_back(Cite(docs, spans, all[c]));
    summary.sentences.push_back(std::move(out));
  }

  if (summary.sentences.empty()) {
    std::size_t shortest = static_cast<std::size_t>(-1);
    for (const auto& s : model.sentences) shortest = std::min(shortest, budget.Cost(s));
    return Status::InputError(name + ": no sentence fits in the budget of " +
                              std::to_string(budget.limit) + " " +
                              UnitName(opt.budget.unit, budget.limit) + " (the shortest has " +
                              std::to_string(shortest) + ")");
  }

  // 9. Stats.
  summary.stats = DocumentStatsOf(docs, analyzed, input_chars, word_counts, removed_count, all,
                                  canonical, repeats_seen);
  return summary;
}

}  // namespace precis
