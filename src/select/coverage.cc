#include "select/coverage.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/ascii.h"
#include "base/flat_id_map.h"
#include "base/sentence_end.h"
#include "select/greedy.h"
#include "select/term_vectors.h"
#include "text/context_dependence.h"

namespace precis::select {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::uint64_t kUnigramBit = std::uint64_t{1} << 63;

// Dense ids for concept keys, in order of first insertion: a unigram's by
// its term id in an array, a bigram's through a hash map (a unigram key
// costs no probe into a table as large as the cluster's words).
class ConceptIds {
 public:
  static constexpr std::uint32_t kNone = FlatIdMap::kNone;

  // Empties the map for a model of `terms` terms and about `tokens` words.
  void Clear(std::size_t terms, std::size_t tokens) {
    unigrams_.assign(terms, kNone);
    bigrams_.Clear(tokens);
    bigram_ids_.clear();
    size_ = 0;
  }
  std::pair<std::uint32_t, bool> Insert(std::uint64_t key) {
    if ((key & kUnigramBit) != 0) {
      std::uint32_t& id = unigrams_[static_cast<std::uint32_t>(key)];
      if (id != kNone) return {id, false};
      id = size_++;
      return {id, true};
    }
    const auto [local, added] = bigrams_.Insert(key);
    if (added) bigram_ids_.push_back(size_++);
    return {bigram_ids_[local], added};
  }
  std::uint32_t Find(std::uint64_t key) const {
    if ((key & kUnigramBit) != 0) {
      const auto term = static_cast<std::uint32_t>(key);
      return term < unigrams_.size() ? unigrams_[term] : kNone;
    }
    const std::uint32_t local = bigrams_.Find(key);
    return local == FlatIdMap::kNone ? kNone : bigram_ids_[local];
  }

 private:
  std::vector<std::uint32_t> unigrams_;    // term id -> concept id
  FlatIdMap bigrams_;                      // key -> local id
  std::vector<std::uint32_t> bigram_ids_;  // local id -> concept id
  std::uint32_t size_ = 0;
};
constexpr std::uint32_t kNoEntry = 0xFFFFFFFFu;
// Concept occurrences (about two per word) a thread keeps memory for between
// calls: a large news cluster's worth.
constexpr std::size_t kKeptScratchInts = std::size_t{1} << 20;

bool IsPunctuation(const std::string& term) {
  return std::none_of(term.begin(), term.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
  });
}

// The tokens concepts are made of: punctuation-only tokens dropped.
void ConceptTokens(const ClusterModel& model, const std::vector<Token>& tokens, std::size_t limit,
                   std::vector<const Token*>& words) {
  words.clear();
  for (std::size_t k = 0; k < tokens.size() && k < limit; ++k)
    if (!(tokens[k].stop && IsPunctuation(model.terms[tokens[k].term])))
      words.push_back(&tokens[k]);
}

std::vector<const Token*> ConceptTokens(const ClusterModel& model, const std::vector<Token>& tokens,
                                        std::size_t limit) {
  std::vector<const Token*> words;
  ConceptTokens(model, tokens, limit, words);
  return words;
}

// Calls f(key) for every concept key of the tokens: bigrams not made only of
// stopwords, and content unigrams.
template <typename F>
void ForEachKey(const std::vector<const Token*>& words, F f) {
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (words[k]->stop && words[k + 1]->stop) continue;
    f((static_cast<std::uint64_t>(static_cast<std::uint32_t>(words[k]->term)) << 32) |
      static_cast<std::uint32_t>(words[k + 1]->term));
  }
  for (const Token* w : words)
    if (!w->stop) f(kUnigramBit | static_cast<std::uint32_t>(w->term));
}

// A query-focused summary leans less on the lead: what answers the
// question may come late in an article.
double ComputePositionWeight(std::size_t position, bool query) {
  return 1 + (query ? CoverageMethod::kQueryPositionBoost : CoverageMethod::kPositionBoost) *
                 std::exp(-static_cast<double>(position) / CoverageMethod::kPositionDecay);
}

// The same, from a table for the early positions (it is asked for every
// concept of every document).
double PositionWeight(std::size_t position, bool query) {
  constexpr std::size_t kTabled = 64;
  static const auto* table = [] {
    auto* t = new std::array<std::array<double, kTabled>, 2>();
    for (std::size_t p = 0; p < kTabled; ++p) {
      (*t)[0][p] = ComputePositionWeight(p, false);
      (*t)[1][p] = ComputePositionWeight(p, true);
    }
    return t;
  }();
  return position < kTabled ? (*table)[query ? 1 : 0][position]
                            : ComputePositionWeight(position, query);
}

// Without final punctuation: the cut end of a truncated article, a headline
// or standfirst line; or announcing what follows it ("Here is a brief
// chronology ..."), which is not in it; an item of a list without its lead.
bool IsUnfinished(const ClusterModel& model, std::size_t i) {
  const std::string& t = model.sentences[i].text;
  return !EndsSentence(t) || text::PointsAhead(t) || text::IsListItem(t);
}

// True when sentence i names someone (by title and surname, or as a
// speaker by surname alone) whom none of the sentences `introductions` lists
// for them is taken to introduce.
bool MissesAnIntroduction(std::size_t i,
                          const std::vector<std::vector<std::vector<std::size_t>>>& introductions,
                          const std::vector<bool>& taken) {
  return std::any_of(introductions[i].begin(), introductions[i].end(),
                     [&](const std::vector<std::size_t>& naming) {
                       return std::none_of(naming.begin(), naming.end(),
                                           [&](std::size_t j) { return taken[j]; });
                     });
}

// Whether the first quotation mark of `text` closes a quotation (a closing
// mark, or a straight one right after a sentence's punctuation: "... what
// was so bad that he should be suspended," bijman said.): its opening is in
// a sentence before.
bool FirstMarkCloses(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view at = text.substr(i);
    if (at.starts_with("\xE2\x80\x9D") || at.starts_with("''")) return true;
    if (at.starts_with("\xE2\x80\x9C") || at.starts_with("``")) return false;
    if (text[i] == '"')
      return i > 0 && std::string_view(",.!?").find(text[i - 1]) != std::string_view::npos &&
             (i + 1 == text.size() || text[i + 1] == ' ');
  }
  return false;
}

// A sentence whose quotation marks do not pair up and that ends with a
// closing mark ("Be afraid, hollywood egos, be very afraid. \"": the end of
// a quotation opened before it) or opens with an opening one ("\" we are
// grateful to his family ...": its speaker is named after it): the reader
// of it alone does not know whose words they are. (One opening a quotation
// after its speaker, "Carell added, \" i ' m bursting with pride.", lacks
// only the closing mark.)
bool IsPieceOfAQuotation(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text::HasUnpairedQuotes(text) &&
         (text.ends_with('"') || text.ends_with("\xE2\x80\x9D") || text.ends_with("''") ||
          text.starts_with('"') || text.starts_with("\xE2\x80\x9C") || text.starts_with("``") ||
          FirstMarkCloses(text));
}

// A question ("Want to live twice as long?", "Who was the youngest performer
// to win an Oscar?") whose next sentence, its answer, is not chosen: the
// reader is left asking.
bool AsksWithoutItsAnswer(const ClusterModel& model, std::size_t i,
                          const std::vector<bool>& chosen) {
  std::string_view text = model.sentences[i].text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\''))
    text.remove_suffix(1);
  if (text.ends_with("\xE2\x80\x9D")) text.remove_suffix(3);
  if (!text.ends_with('?')) return false;
  const bool answered =
      i + 1 < model.sentences.size() && model.sentences[i + 1].doc == model.sentences[i].doc &&
      model.sentences[i + 1].position == model.sentences[i].position + 1 && chosen[i + 1];
  return !answered;
}

// Covered weight, with the context rule: a sentence that needs the one
// before it (an opening pronoun, a piece of a quote) scales its gain by
// kContextFactor unless that one is in the set.
class ContextAwareCoverage final : public GreedyObjective {
 public:
  ContextAwareCoverage(const WeightedConcepts& concepts, const std::vector<bool>& needs_previous,
                       const std::vector<std::size_t>& previous,
                       const std::vector<std::vector<std::vector<std::size_t>>>& speakers)
      : concepts_(concepts),
        needs_previous_(needs_previous),
        previous_(previous),
        speakers_(speakers),
        covered_(concepts.weights.size(), false),
        added_(needs_previous.size(), false) {}
  double Gain(std::size_t i) override {
    double gain = 0;
    for (int c : concepts_.sentence_concepts[i])
      if (!covered_[c]) gain += concepts_.weights[c];
    if ((needs_previous_[i] && !(previous_[i] != kNone && added_[previous_[i]])) ||
        MissesAnIntroduction(i, speakers_, added_))
      gain *= CoverageMethod::kContextFactor;
    return gain;
  }
  void Add(std::size_t i) override {
    for (int c : concepts_.sentence_concepts[i]) covered_[c] = true;
    added_[i] = true;
  }

 private:
  const WeightedConcepts& concepts_;
  const std::vector<bool>& needs_previous_;
  const std::vector<std::size_t>& previous_;
  const std::vector<std::vector<std::vector<std::size_t>>>& speakers_;
  std::vector<bool> covered_;
  std::vector<bool> added_;
};

// Adds to `chosen`, one at a time, the sentence `admits(i, taken)` lets in
// that covers the most uncovered weight of `concepts` per word, while the
// summary is under `stop_at` and one fits the budget, adds weight and is no
// closer than `max_cosine` to a chosen one.
template <typename Admits>
void AddByCoverage(const ClusterModel& model, const LengthBudget& budget,
                   const WeightedConcepts& concepts, Admits admits, double max_cosine,
                   std::size_t stop_at, const GreedyOptions& same,
                   std::vector<std::size_t>& chosen) {
  const std::size_t n = model.sentences.size();
  std::size_t used = 0;
  std::vector<bool> covered(concepts.weights.size(), false), taken(n, false);
  for (std::size_t i : chosen) {
    used += budget.Cost(model.sentences[i]);
    taken[i] = true;
    for (int c : concepts.sentence_concepts[i]) covered[c] = true;
  }
  while (used < stop_at) {
    std::size_t best = kNone;
    double best_key = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t cost = budget.Cost(model.sentences[i]);
      if (taken[i] || cost == 0 || used + cost > budget.limit || !admits(i, taken)) continue;
      double gain = 0;
      for (int c : concepts.sentence_concepts[i])
        if (!covered[c]) gain += concepts.weights[c];
      const double key = gain / static_cast<double>(cost);
      if (key <= best_key) continue;
      if (std::any_of(chosen.begin(), chosen.end(),
                      [&](std::size_t j) { return SameContent(same, i, j, max_cosine); }))
        continue;
      best = i;
      best_key = key;
    }
    if (best == kNone) return;
    chosen.push_back(best);
    taken[best] = true;
    used += budget.Cost(model.sentences[best]);
    for (int c : concepts.sentence_concepts[best]) covered[c] = true;
  }
}

// True when sentence i leans on its predecessor and that is not taken.
bool MissesItsPredecessor(std::size_t i, const std::vector<bool>& needs_previous,
                          const std::vector<std::size_t>& previous,
                          const std::vector<bool>& taken) {
  return needs_previous[i] && !(previous[i] != kNone && taken[previous[i]]);
}

// Each sentence's counts ("217", "3,500"; not years or small numbers), as
// sorted term ids: two sentences sharing one may tell of the same thing.
std::vector<std::vector<int>> CountSets(const ClusterModel& model) {
  std::vector<char> is_count(model.terms.size(), 0);
  for (std::size_t t = 0; t < model.terms.size(); ++t) {
    const std::string& w = model.terms[t];
    if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == ',' || c == '.';
        }))
      continue;
    std::string digits;
    for (char c : w)
      if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.empty() || digits.size() > 9) continue;
    const long value = std::stol(digits);
    const bool year = digits.size() == 4 && value >= 1900 && value <= 2100;
    is_count[t] = !year && value >= CoverageMethod::kMinCount ? 1 : 0;
  }
  std::vector<std::vector<int>> out(model.sentences.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (const Token& token : model.sentences[i].tokens)
      if (is_count[static_cast<std::size_t>(token.term)]) out[i].push_back(token.term);
    out[i] = SortedSet(std::move(out[i]));
  }
  return out;
}

// For each candidate (`allowed`) giving a speaker by surname alone ("...,
// Bloom said."), per such surname the other sentences naming them in full
// ("Lee Bloom, a federal epidemiologist"); surnames no sentence gives in
// full are left out.
std::vector<std::vector<std::vector<std::size_t>>> FindSpeakerIntroductions(
    const ClusterModel& model, const std::vector<bool>& allowed) {
  const std::size_t n = model.sentences.size();
  std::vector<std::vector<std::vector<std::size_t>>> out(n);
  // Each word given in full -> the sentences giving it so, made on first need.
  std::unordered_map<std::string_view, std::vector<std::size_t>> in_full;
  bool indexed = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!allowed[i]) continue;
    for (const std::string& surname : text::BareSpeakers(model.sentences[i].text)) {
      if (!indexed) {
        for (std::size_t j = 0; j < n; ++j)
          for (std::string_view name : text::NamesGivenInFull(model.sentences[j].text)) {
            auto& sentences = in_full[name];
            if (sentences.empty() || sentences.back() != j) sentences.push_back(j);
          }
        indexed = true;
      }
      const auto it = in_full.find(surname);
      if (it == in_full.end()) continue;
      if (std::binary_search(it->second.begin(), it->second.end(), i)) continue;  // here in full
      out[i].push_back(it->second);
    }
  }
  return out;
}

// For each sentence naming someone by title and surname alone ("Mr.
// Moualem said ..."), per such surname the other sentences holding it: one
// of them must be in the summary too, or the reader never learns who it is.
// Surnames no other sentence holds are left out (nothing can introduce them).
std::vector<std::vector<std::vector<std::size_t>>> FindIntroductions(const ClusterModel& model) {
  const std::size_t n = model.sentences.size();
  std::vector<std::vector<std::vector<std::size_t>>> out(n);
  // The sentences folded, made on first need (few sentences have titles):
  // one buffer, sentence j at [folded_at[j], folded_at[j + 1]).
  std::string folded_text;
  std::vector<std::size_t> folded_at;
  auto folded = [&](std::size_t j) {
    return std::string_view(folded_text).substr(folded_at[j], folded_at[j + 1] - folded_at[j]);
  };
  // Surname -> every sentence holding it (a name recurs through a story).
  std::unordered_map<std::string, std::vector<std::size_t>> holding;
  for (std::size_t i = 0; i < n; ++i) {
    for (const std::string& surname : text::TitledSurnames(model.sentences[i].text)) {
      if (folded_at.empty()) {
        folded_at.reserve(n + 1);
        for (const auto& sentence : model.sentences) {
          folded_at.push_back(folded_text.size());
          folded_text += sentence.text;
        }
        folded_at.push_back(folded_text.size());
        for (char& c : folded_text) c = AsciiLower(c);
      }
      auto [it, added] = holding.try_emplace(surname);
      if (added)
        for (std::size_t j = 0; j < n; ++j)
          if (HasAsciiWord(folded(j), surname)) it->second.push_back(j);
      std::vector<std::size_t> naming;
      for (std::size_t j : it->second)
        if (j != i) naming.push_back(j);
      if (!naming.empty()) out[i].push_back(std::move(naming));
    }
  }
  return out;
}

// With the budget short of `target` and nothing new left to add, the sentences
// left out for retelling a chosen one may still tell more: one that holds
// half that sentence's content words or more, and more words besides, takes
// its place (the one adding the most weight per extra word), so the fact is
// told once and the budget used. Not when another chosen sentence leans on
// the one replaced, nor when the newcomer could not be taken alone. Returns
// whether one was replaced.
template <typename Admits>
bool UpgradeARetelling(const ClusterModel& model, const LengthBudget& budget,
                       const WeightedConcepts& concepts, Admits admits,
                       const std::vector<bool>& needs_previous,
                       const std::vector<std::size_t>& previous,
                       const std::vector<std::vector<std::vector<std::size_t>>>& introductions,
                       const GreedyOptions& same, std::size_t target, std::size_t& comparisons_left,
                       std::vector<std::size_t>& chosen) {
  const std::size_t n = model.sentences.size();
  if (same.content_sets == nullptr) return false;
  const auto& content = *same.content_sets;
  std::size_t used = 0;
  std::vector<bool> taken(n, false);
  for (std::size_t i : chosen) {
    used += budget.Cost(model.sentences[i]);
    taken[i] = true;
  }
  if (used >= target) return false;
  std::vector<int> count(concepts.weights.size(), 0);
  for (std::size_t i : chosen)
    for (int c : concepts.sentence_concepts[i]) ++count[c];
  std::size_t best_j = kNone, best_k = kNone;
  double best_key = 0;
  for (std::size_t j = 0; j < n; ++j) {
    const std::size_t cost = budget.Cost(model.sentences[j]);
    if (taken[j] || cost == 0) continue;
    std::size_t clash = kNone;
    bool several = false;
    for (std::size_t k = 0; k < chosen.size() && !several; ++k) {
      if (comparisons_left == 0) return false;
      --comparisons_left;
      if (!SameContent(same, j, chosen[k], CoverageMethod::kSameContentCosine)) continue;
      several = clash != kNone;
      clash = k;
    }
    if (clash == kNone || several) continue;
    const std::size_t i = chosen[clash];
    const std::size_t old_cost = budget.Cost(model.sentences[i]);
    if (cost <= old_cost || used - old_cost + cost > budget.limit ||
        content[j].size() <= content[i].size() ||
        Containment(content[i], content[j]) < CoverageMethod::kUpgradeContainment)
      continue;
    taken[i] = false;
    taken[j] = true;
    bool keeps = admits(j, taken);
    for (std::size_t k : chosen)
      keeps = keeps && (k == i || (!MissesItsPredecessor(k, needs_previous, previous, taken) &&
                                   !MissesAnIntroduction(k, introductions, taken)));
    taken[i] = true;
    taken[j] = false;
    if (!keeps) continue;
    double gain = 0;
    for (int c : concepts.sentence_concepts[i])
      if (count[c] == 1) gain -= concepts.weights[c];
    for (int c : concepts.sentence_concepts[j])
      if (count[c] == 0 ||
          (count[c] == 1 && std::binary_search(concepts.sentence_concepts[i].begin(),
                                               concepts.sentence_concepts[i].end(), c)))
        gain += concepts.weights[c];
    const double key = gain / static_cast<double>(cost - old_cost);
    if (gain <= 0 || key <= best_key) continue;
    best_key = key;
    best_j = j;
    best_k = clash;
  }
  if (best_j == kNone) return false;
  chosen[best_k] = best_j;
  return true;
}

// Still short of `target` with nothing else left: a sentence leaning on its
// predecessor is taken with it when that predecessor was left out only for
// being short ("Benz died of his injuries on tuesday." before "His mother,
// katrina goss, alleged that ..."): a whole sentence of kMinAntecedentWords
// or more that leans on nothing missing reads as the lead-in it is. The pair
// adding the most weight per word, neither telling what a chosen sentence
// tells. Returns whether a pair was added.
template <typename Admits>
bool AddALeanerWithAShortAntecedent(
    const ClusterModel& model, const LengthBudget& budget, const WeightedConcepts& concepts,
    Admits admits, const std::vector<bool>& needs_previous,
    const std::vector<std::size_t>& previous,
    const std::vector<std::vector<std::vector<std::size_t>>>& introductions,
    const GreedyOptions& same, const std::vector<bool>* only, std::size_t target,
    std::size_t& comparisons_left, std::vector<std::size_t>& chosen) {
  const std::size_t n = model.sentences.size();
  std::size_t used = 0;
  std::vector<bool> taken(n, false), covered(concepts.weights.size(), false);
  for (std::size_t i : chosen) {
    used += budget.Cost(model.sentences[i]);
    taken[i] = true;
    for (int c : concepts.sentence_concepts[i]) covered[c] = true;
  }
  if (used >= target) return false;
  auto tells_a_chosen_one = [&](std::size_t j) {
    for (std::size_t k : chosen) {
      if (comparisons_left == 0) return true;
      --comparisons_left;
      if (SameContent(same, j, k, CoverageMethod::kSameContentCosine)) return true;
    }
    return false;
  };
  std::size_t best = kNone;
  double best_key = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t p = previous[i];
    if (taken[i] || !needs_previous[i] || p == kNone || taken[p]) continue;
    const SentenceUnit& lead_in = model.sentences[p];
    if (lead_in.words >= CoverageMethod::kMinWords ||
        lead_in.words < CoverageMethod::kMinAntecedentWords || (only && !(*only)[p]) ||
        IsUnfinished(model, p) || MissesItsPredecessor(p, needs_previous, previous, taken) ||
        MissesAnIntroduction(p, introductions, taken))
      continue;
    const std::size_t cost = budget.Cost(model.sentences[i]) + budget.Cost(lead_in);
    if (used + cost > budget.limit) continue;
    taken[p] = true;
    const bool fits = admits(i, taken) && !AsksWithoutItsAnswer(model, p, taken);
    taken[p] = false;
    if (!fits) continue;
    double gain = 0;
    for (std::size_t j : {p, i})
      for (int c : concepts.sentence_concepts[j])
        if (!covered[c]) gain += concepts.weights[c];
    const double key = gain / static_cast<double>(cost);
    if (key <= best_key || tells_a_chosen_one(i) || tells_a_chosen_one(p)) continue;
    best = i;
    best_key = key;
  }
  if (best == kNone) return false;
  chosen.push_back(previous[best]);
  chosen.push_back(best);
  return true;
}

// Adds sentences to `chosen` until it holds kFillShare of the budget, by the
// covered weight of all concepts (document threshold 1) per word; only
// sentences a reader can take alone (whole, long enough, not leaning on a
// missing predecessor), of `only` when set, and none the selection's judge
// calls the same as a chosen one.
void FillBudget(const ClusterModel& model, const LengthBudget& budget,
                const std::vector<bool>& needs_previous, const std::vector<std::size_t>& previous,
                const std::vector<std::vector<std::vector<std::size_t>>>& introductions,
                const GreedyOptions& same, const std::vector<bool>* only,
                std::vector<std::size_t>& chosen) {
  std::size_t used = 0;
  for (std::size_t i : chosen) used += budget.Cost(model.sentences[i]);
  const auto target =
      static_cast<std::size_t>(CoverageMethod::kFillShare * static_cast<double>(budget.limit));
  if (used >= target || chosen.empty()) return;
  const WeightedConcepts concepts = ExtractWeightedConcepts(model, 1);
  auto admits = [&](std::size_t i, const std::vector<bool>& taken) {
    return (!only || (*only)[i]) && model.sentences[i].words >= CoverageMethod::kMinWords &&
           !IsUnfinished(model, i) && !MissesItsPredecessor(i, needs_previous, previous, taken) &&
           !MissesAnIntroduction(i, introductions, taken) && !AsksWithoutItsAnswer(model, i, taken);
  };
  // (Each round compares every sentence with the chosen ones: bounded, so
  // that a large cluster of retellings with a large budget stays linear.)
  std::size_t comparisons_left = CoverageMethod::kMaxUpgradeComparisons;
  for (;;) {
    AddByCoverage(model, budget, concepts, admits, CoverageMethod::kSameContentCosine, target, same,
                  chosen);
    if (!UpgradeARetelling(model, budget, concepts, admits, needs_previous, previous, introductions,
                           same, target, comparisons_left, chosen) &&
        !AddALeanerWithAShortAntecedent(model, budget, concepts, admits, needs_previous, previous,
                                        introductions, same, only, target, comparisons_left,
                                        chosen))
      return;
  }
}

// The sentences that may be chosen; the rules are relaxed one by one when
// they leave nothing.
std::vector<bool> FindCandidates(const ClusterModel& model, const LengthBudget& budget,
                                 const WeightedConcepts& concepts) {
  const std::size_t n = model.sentences.size();
  std::vector<bool> allowed(n, false);
  for (int rule = 0; rule < 4; ++rule) {
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
      allowed[i] = budget.Cost(model.sentences[i]) <= budget.limit &&
                   (rule >= 3 || !concepts.sentence_concepts[i].empty()) &&
                   (rule >= 2 || model.sentences[i].words >= CoverageMethod::kMinWords) &&
                   (rule >= 1 || !IsUnfinished(model, i));
      any = any || allowed[i];
    }
    if (any) break;
  }
  return allowed;
}

// A reader's short question: the sentences holding the most of its words
// that can fill kShortQueryShare of the budget are the candidates (others
// leave `allowed`), and the fill takes only sentences holding one of them:
// those are returned (nothing when there is no short question).
std::vector<bool> KeepToAShortQuestion(const ClusterModel& model, const LengthBudget& budget,
                                       std::vector<bool>& allowed) {
  std::vector<bool> on_question;
  if (model.query_terms.empty() || model.query_terms.size() > CoverageMethod::kShortQueryTerms)
    return on_question;
  const std::size_t n = model.sentences.size();
  std::vector<std::size_t> asked(n, 0);
  std::vector<std::size_t> words_by_asked(model.query_terms.size() + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (!allowed[i]) continue;
    for (int q : model.query_terms)
      asked[i] += std::any_of(model.sentences[i].tokens.begin(), model.sentences[i].tokens.end(),
                              [q](const Token& t) { return !t.stop && t.term == q; });
    words_by_asked[asked[i]] += budget.Cost(model.sentences[i]);
  }
  std::size_t words = 0;
  for (std::size_t k = model.query_terms.size(); k >= 1; --k) {
    words += words_by_asked[k];
    if (static_cast<double>(words) <
        CoverageMethod::kShortQueryShare * static_cast<double>(budget.limit))
      continue;
    on_question.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      on_question[i] = asked[i] >= 1;
      allowed[i] = asked[i] >= k;
    }
    break;
  }
  return on_question;
}

// What each sentence leans on in its article.
struct Leaning {
  // The greedy's and the search's context rule: an opening pronoun, a
  // piece of a quotation, a quotation with no speaker, the first person.
  std::vector<bool> needs_previous;
  std::vector<std::size_t> previous;         // the sentence before it in its article, or kNone
  std::vector<bool> speaks_through_pronoun;  // a quotation given to "he" or "she"
  // needs_previous, or a quotation given to "he" or "she", or a connective
  // opening ("But", "However,").
  std::vector<bool> leans;
};

Leaning FindLeaning(const ClusterModel& model) {
  const std::size_t n = model.sentences.size();
  Leaning out;
  out.needs_previous.assign(n, false);
  out.previous.assign(n, kNone);
  out.speaks_through_pronoun.assign(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& text = model.sentences[i].text;
    out.needs_previous[i] = text::OpensWithPronoun(text) || text::HasUnpairedQuotes(text) ||
                            text::IsBareQuotation(text) || text::SpeaksInTheFirstPerson(text) ||
                            model.sentences[i].in_quotation;
    if (i > 0 && model.sentences[i - 1].doc == model.sentences[i].doc &&
        model.sentences[i - 1].position + 1 == model.sentences[i].position)
      out.previous[i] = i - 1;
  }
  out.leans = out.needs_previous;
  for (std::size_t i = 0; i < n; ++i) {
    out.speaks_through_pronoun[i] = text::SpeaksThroughAPronoun(model.sentences[i].text);
    if (!out.leans[i])
      out.leans[i] =
          out.speaks_through_pronoun[i] || text::OpensWithConnective(model.sentences[i].text);
  }
  return out;
}

// Local search: the best single swap (or addition) while it helps, until
// kSearchRounds or the deadline. The objective is the covered weight less a
// penalty for each sentence that needs its predecessor without it.
void SearchSwaps(const ClusterModel& model, const LengthBudget& budget,
                 const WeightedConcepts& concepts, const std::vector<bool>& allowed,
                 const Leaning& leaning, const std::vector<double>& scores,
                 const GreedyOptions& options, std::chrono::steady_clock::time_point deadline,
                 std::vector<std::size_t>& chosen) {
  const std::size_t n = model.sentences.size();
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < n; ++i)
    if (allowed[i]) candidates.push_back(i);
  auto penalty = [&](std::size_t i, const std::vector<std::size_t>& set) {
    if (!leaning.needs_previous[i]) return 0.0;
    const std::size_t p = leaning.previous[i];
    if (p != kNone && std::find(set.begin(), set.end(), p) != set.end()) return 0.0;
    return CoverageMethod::kSearchContextPenalty * scores[i];
  };
  auto value = [&](const std::vector<std::size_t>& set) {
    double v = concepts.Coverage(set);
    for (std::size_t i : set) v -= penalty(i, set);
    return v;
  };
  std::vector<int> count(concepts.weights.size(), 0);
  double best_value = value(chosen);
  // Near-duplicates among the chosen sentences, per candidate: at most the
  // one swapped out may be one.
  std::vector<std::vector<std::size_t>> clashes(n);
  // Whether a candidate and a chosen sentence say the same is asked again
  // every round for mostly the same pairs: found once (0: not yet, 1: no,
  // 2: yes), for a model small enough that the table is cheap.
  constexpr std::size_t kMaxRemembered = 1024;
  std::vector<std::uint8_t> same_known(n <= kMaxRemembered ? n * n : 0, 0);
  auto same = [&](std::size_t a, std::size_t b) {
    if (same_known.empty()) return SameContent(options, a, b, CoverageMethod::kSameContentCosine);
    std::uint8_t& known = same_known[a * n + b];
    if (known == 0) known = SameContent(options, a, b, CoverageMethod::kSameContentCosine) ? 2 : 1;
    return known == 2;
  };
  bool out_of_time = false;
  for (int round = 0; round < CoverageMethod::kSearchRounds && !chosen.empty() && !out_of_time;
       ++round) {
    for (std::size_t i : candidates) {
      clashes[i].clear();
      for (std::size_t k = 0; k < chosen.size(); ++k)
        if (chosen[k] == i || same(i, chosen[k])) clashes[i].push_back(k);
    }
    std::vector<std::size_t> best_set;
    for (std::size_t k = 0; k <= chosen.size(); ++k) {
      if (std::chrono::steady_clock::now() > deadline) {
        out_of_time = true;
        break;
      }
      std::vector<std::size_t> base = chosen;
      if (k < base.size()) base.erase(base.begin() + static_cast<std::ptrdiff_t>(k));
      std::size_t used = 0;
      std::fill(count.begin(), count.end(), 0);
      for (std::size_t j : base) {
        used += budget.Cost(model.sentences[j]);
        for (int c : concepts.sentence_concepts[j]) ++count[c];
      }
      const double base_cover = concepts.Coverage(base);
      for (std::size_t i : candidates) {
        if (used + budget.Cost(model.sentences[i]) > budget.limit) continue;
        if (clashes[i].size() > 1 || (clashes[i].size() == 1 && clashes[i][0] != k)) continue;
        double v = base_cover;
        for (int c : concepts.sentence_concepts[i])
          if (count[c] == 0) v += concepts.weights[c];
        if (v <= best_value) continue;  // penalties only lower it
        std::vector<std::size_t> with = base;
        with.push_back(i);
        for (std::size_t j : with) v -= penalty(j, with);
        if (v > best_value + 1e-9) {
          best_value = v;
          best_set = std::move(with);
        }
      }
    }
    if (best_set.empty()) break;
    chosen = std::move(best_set);
  }
}

// A sentence opening with a pronoun, or a quotation given to "he" or
// "she", whose antecedent (the sentence before it) is left out would be
// pinned on whoever the summary named last; one opening with a connective
// ("But", "However,") answers a sentence the reader never saw; a
// quotation's end or its opening without the rest gives words to no one
// (IsPieceOfAQuotation, and what MarkQuotations found); so does a name
// never introduced, and a question without its answer: drop such a
// sentence (and take it out of `allowed`), and put in its place the
// antecedent with it when both fit, else what covers the most.
void DropWhatLeansOnWhatIsMissing(
    const ClusterModel& model, const LengthBudget& budget, const WeightedConcepts& concepts,
    const Leaning& leaning, const std::vector<std::vector<std::vector<std::size_t>>>& introductions,
    const GreedyOptions& options, std::vector<bool>& allowed, std::vector<std::size_t>& chosen) {
  const std::size_t n = model.sentences.size();
  const auto& previous = leaning.previous;
  const auto& leans = leaning.leans;
  std::vector<bool> chosen_mask(n, false);
  for (std::size_t i : chosen) chosen_mask[i] = true;
  bool dropped = false;
  for (std::size_t i : chosen)
    if (((leaning.speaks_through_pronoun[i] || text::OpensWithPronoun(model.sentences[i].text) ||
          text::OpensWithConnective(model.sentences[i].text) ||
          IsPieceOfAQuotation(model.sentences[i].text) || model.sentences[i].in_quotation) &&
         !(previous[i] != kNone && chosen_mask[previous[i]])) ||
        MissesAnIntroduction(i, introductions, chosen_mask) ||
        AsksWithoutItsAnswer(model, i, chosen_mask)) {
      allowed[i] = false;
      dropped = true;
    }
  // What leaned on a dropped sentence goes with it (a quotation's next
  // piece after the sentence that opened it, a "Moreover, ..." after it).
  for (bool more = dropped; more;) {
    more = false;
    for (std::size_t i : chosen)
      if (allowed[i] && leans[i] && previous[i] != kNone && chosen_mask[previous[i]] &&
          !allowed[previous[i]]) {
        allowed[i] = false;
        more = true;
      }
  }
  if (!dropped) return;
  // (Nothing at all would be worse: the selection stands if nothing else fits.)
  const std::vector<std::size_t> before = chosen;
  std::vector<std::size_t> quotes;
  for (std::size_t i : chosen)
    if (!allowed[i]) quotes.push_back(i);
  std::erase_if(chosen, [&](std::size_t i) { return !allowed[i]; });
  // Where the sentence naming the speaker fits beside the quotation, both go in.
  std::size_t used = 0;
  for (std::size_t i : chosen) used += budget.Cost(model.sentences[i]);
  for (std::size_t i : quotes) {
    const std::size_t p = previous[i];
    // (Not when the sentence before leans on another in turn, nor when
    // it says what a chosen one says.)
    if (p == kNone || leans[p] || std::any_of(chosen.begin(), chosen.end(), [&](std::size_t j) {
          return j == p || SameContent(options, p, j, CoverageMethod::kSameContentCosine);
        }))
      continue;
    std::vector<bool> with(n, false);
    for (std::size_t j : chosen) with[j] = true;
    with[p] = true;
    if (MissesAnIntroduction(i, introductions, with) ||
        MissesAnIntroduction(p, introductions, with))
      continue;
    const std::size_t cost = budget.Cost(model.sentences[p]) + budget.Cost(model.sentences[i]);
    if (used + cost > budget.limit) continue;
    chosen.push_back(p);
    chosen.push_back(i);
    used += cost;
  }
  // What covers the most, never another sentence leaning on a missing one.
  AddByCoverage(
      model, budget, concepts,
      [&](std::size_t i, const std::vector<bool>& taken) {
        return allowed[i] && !leaning.speaks_through_pronoun[i] &&
               !MissesItsPredecessor(i, leans, previous, taken) &&
               !MissesAnIntroduction(i, introductions, taken) &&
               !AsksWithoutItsAnswer(model, i, taken);
      },
      CoverageMethod::kSameContentCosine, budget.limit, options, chosen);
  if (chosen.empty()) chosen = before;
}

// Scores of the sentences left out: the weight that the words still
// fitting in the budget would add (halved for non-candidates), at most the
// best chosen sentence's.
void ScoreTheRest(const ClusterModel& model, const LengthBudget& budget,
                  const WeightedConcepts& concepts, const std::vector<bool>& allowed,
                  const std::vector<std::size_t>& chosen, std::vector<double>& scores) {
  const std::size_t n = model.sentences.size();
  std::size_t used = 0;
  std::vector<bool> covered(concepts.weights.size(), false), taken(n, false);
  double top = 0;
  for (std::size_t i : chosen) {
    used += budget.Cost(model.sentences[i]);
    taken[i] = true;
    top = std::max(top, scores[i]);
    for (int c : concepts.sentence_concepts[i]) covered[c] = true;
  }
  const std::size_t left = budget.limit > used ? budget.limit - used : 0;
  std::vector<int> prefix;
  std::vector<const Token*> words;
  for (std::size_t i = 0; i < n; ++i) {
    if (taken[i]) continue;
    const std::size_t tokens =
        budget.unit == LengthBudget::Unit::kWords ? left : model.sentences[i].tokens.size();
    double gain = 0;
    concepts.PrefixConcepts(model, i, tokens, prefix, words);
    for (int c : prefix)
      if (!covered[c]) gain += concepts.weights[c];
    if (!allowed[i]) gain *= 0.5;
    scores[i] = std::min(gain, top);
  }
}

}  // namespace

double WeightedConcepts::SentenceWeight(std::size_t sentence) const {
  double sum = 0;  // (a sentence's concepts are sorted and distinct)
  for (int c : sentence_concepts[sentence]) sum += weights[c];
  return sum;
}

double WeightedConcepts::Coverage(const std::vector<std::size_t>& sentences) const {
  if (sentences.size() == 1) return SentenceWeight(sentences[0]);
  std::vector<int> all;
  for (std::size_t i : sentences)
    all.insert(all.end(), sentence_concepts[i].begin(), sentence_concepts[i].end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  double sum = 0;
  for (int c : all) sum += weights[c];
  return sum;
}

std::vector<int> WeightedConcepts::PrefixConcepts(const ClusterModel& model, std::size_t i,
                                                  std::size_t tokens) const {
  std::vector<int> out;
  std::vector<const Token*> words;
  PrefixConcepts(model, i, tokens, out, words);
  return out;
}

void WeightedConcepts::PrefixConcepts(const ClusterModel& model, std::size_t i, std::size_t tokens,
                                      std::vector<int>& out,
                                      std::vector<const Token*>& words) const {
  out.clear();
  ConceptTokens(model, model.sentences[i].tokens, tokens, words);
  ForEachKey(words, [&](std::uint64_t key) {
    auto it = std::lower_bound(keys.begin(), keys.end(), std::make_pair(key, -1));
    if (it != keys.end() && it->first == key) out.push_back(it->second);
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

WeightedConcepts ExtractWeightedConcepts(const ClusterModel& model, int min_docs) {
  const std::size_t n = model.sentences.size();
  const bool query = !model.query_terms.empty();
  // Flat arrays rather than a map and a vector per concept or sentence: this
  // runs over every word of the cluster. The sums below add in the same
  // order as a plain per-concept loop would, so weights are exact.
  std::vector<char> punctuation(model.terms.size());
  for (std::size_t t = 0; t < model.terms.size(); ++t)
    punctuation[t] = IsPunctuation(model.terms[t]) ? 1 : 0;
  struct Stat {
    double weight = 0;
    double extra_copies = 0;        // documents carrying a collapsed duplicate
    std::uint32_t docs = 0;         // documents holding it
    std::uint32_t last = kNoEntry;  // its latest entry in `firsts`
    bool unigram = false;
  };
  struct First {  // a concept's first position in a document
    std::size_t doc;
    std::size_t position;
    std::uint32_t id;
    std::uint32_t previous;  // the concept's entry before this one, or kNoEntry
  };
  std::size_t tokens = 0;
  for (const SentenceUnit& s : model.sentences) tokens += s.tokens.size();
  // Working memory kept by the thread from call to call (fresh pages for
  // each cluster cost more than the work), given back when it grew large.
  struct Scratch {
    ConceptIds ids;
    std::vector<Stat> stats;
    std::vector<std::uint64_t> key_of;
    std::vector<First> firsts;
    std::vector<int> raw;
    std::vector<std::uint32_t> last_sentence;  // concept id -> the last sentence holding it
  };
  thread_local Scratch scratch;
  struct Release {
    ~Release() {
      if (scratch.raw.capacity() > kKeptScratchInts) scratch = Scratch();
    }
  } release;
  ConceptIds& ids = scratch.ids;
  ids.Clear(model.terms.size(), tokens);  // grows if need be: about one bigram per token
  auto& stats = scratch.stats;
  auto& key_of = scratch.key_of;
  auto& firsts = scratch.firsts;
  // Sentence i's distinct concepts: raw[raw_begin[i], raw_begin[i + 1]), in
  // the order they come (each concept adds up its weights in the order of
  // the sentences, whatever the order within one).
  auto& raw = scratch.raw;
  auto& last_sentence = scratch.last_sentence;
  stats.clear();
  key_of.clear();
  firsts.clear();
  raw.clear();
  last_sentence.clear();
  std::vector<std::size_t> raw_begin(n + 1, 0);
  std::vector<const Token*> words;
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceUnit& s = model.sentences[i];
    // (Without a branch: stopwords come and go unpredictably.)
    words.resize(s.tokens.size());
    std::size_t kept = 0;
    for (const Token& t : s.tokens) {
      words[kept] = &t;
      kept += !(t.stop & (punctuation[static_cast<std::size_t>(t.term)] != 0));
    }
    words.resize(kept);
    const std::size_t begin = raw.size();
    const auto sentence = static_cast<std::uint32_t>(i);
    ForEachKey(words, [&](std::uint64_t key) {
      const auto [id, added] = ids.Insert(key);
      if (added) {
        stats.emplace_back();
        stats.back().unigram = (key & kUnigramBit) != 0;
        key_of.push_back(key);
        last_sentence.push_back(sentence);
      } else if (last_sentence[id] == sentence) {
        return;  // (held twice in this sentence)
      } else {
        last_sentence[id] = sentence;
      }
      raw.push_back(static_cast<int>(id));
    });
    raw_begin[i + 1] = raw.size();
    const double copy_weight =
        s.copies > 1 ? static_cast<double>(s.copies - 1) * PositionWeight(s.position, query) : 0;
    for (std::size_t k = begin; k < raw.size(); ++k) {
      const auto c = static_cast<std::uint32_t>(raw[k]);
      Stat& st = stats[c];
      std::uint32_t at = st.last;  // documents come in order: the latest entry is almost always it
      while (at != kNoEntry && firsts[at].doc != s.doc) at = firsts[at].previous;
      if (at == kNoEntry) {
        firsts.push_back({s.doc, s.position, c, st.last});
        st.last = static_cast<std::uint32_t>(firsts.size() - 1);
        ++st.docs;
      } else if (s.position < firsts[at].position) {
        firsts[at].position = s.position;
      }
      // Copies in other documents count at this sentence's position.
      if (s.copies > 1) {
        st.extra_copies += static_cast<double>(s.copies - 1);
        st.weight += copy_weight;
      }
    }
  }
  // Relevance to the query: the share of a concept's sentences that hold a
  // query word (what is said around the question's words is on topic).
  std::vector<double> occurrences(stats.size(), 0), with_query_word(stats.size(), 0);
  if (query) {
    for (std::size_t i = 0; i < n; ++i) {
      const auto& tokens = model.sentences[i].tokens;
      const bool asks = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
        return !t.stop && std::find(model.query_terms.begin(), model.query_terms.end(), t.term) !=
                              model.query_terms.end();
      });
      for (std::size_t k = raw_begin[i]; k < raw_begin[i + 1]; ++k) {
        occurrences[raw[k]] += 1;
        if (asks) with_query_word[raw[k]] += 1;
      }
    }
  }
  // Seen documents holding each concept, marking each concept with the last
  // seen document that counted it.
  std::vector<std::size_t> seen_docs(stats.size(), 0);
  if (model.seen_docs > 0) {
    std::vector<std::size_t> seen_in(stats.size(), static_cast<std::size_t>(-1));
    for (std::size_t k = 0; k < model.seen_sentences.size(); ++k) {
      const std::size_t d = model.seen_sentence_doc[k];
      const auto& tokens = model.seen_sentences[k];
      ForEachKey(ConceptTokens(model, tokens, tokens.size()), [&](std::uint64_t key) {
        const std::uint32_t id = ids.Find(key);
        if (id == ConceptIds::kNone || seen_in[id] == d) return;
        seen_in[id] = d;
        ++seen_docs[id];
      });
    }
  }
  for (const First& f : firsts) stats[f.id].weight += PositionWeight(f.position, query);
  const double cap = static_cast<double>(std::max<std::size_t>(1, model.docs.size()));
  std::vector<double> docs(stats.size());
  for (std::size_t c = 0; c < stats.size(); ++c)
    docs[c] = std::min(cap, static_cast<double>(stats[c].docs) + stats[c].extra_copies);

  WeightedConcepts out;
  for (int threshold = min_docs > 0 ? min_docs : CoverageMethod::kMaxBigramDocs; threshold >= 1;
       --threshold) {
    out.min_docs = threshold;
    std::size_t kept = 0;
    for (std::size_t c = 0; c < stats.size(); ++c)
      kept += !stats[c].unigram && docs[c] >= threshold;
    if (kept >= CoverageMethod::kMinConcepts) break;
  }
  const int unigram_docs = std::min(CoverageMethod::kMaxUnigramDocs, out.min_docs);
  std::vector<int> renumber(stats.size(), -1);
  for (std::size_t c = 0; c < stats.size(); ++c) {
    if (docs[c] < (stats[c].unigram ? unigram_docs : out.min_docs)) continue;
    renumber[c] = static_cast<int>(out.weights.size());
    // Query-focused clusters: concepts with a query word weigh more.
    const std::uint64_t key = key_of[c];
    const auto second = static_cast<int>(key & 0xffffffffu);
    const auto first = stats[c].unigram ? second : static_cast<int>((key >> 32) & 0x7fffffffu);
    const bool in_query = std::any_of(model.query_terms.begin(), model.query_terms.end(),
                                      [&](int t) { return t == first || t == second; });
    // Update summaries: the part of the concept's presence that is new.
    double novelty = 1;
    if (model.seen_docs > 0 && seen_docs[c] > 0) {
      const double seen = static_cast<double>(seen_docs[c]) / static_cast<double>(model.seen_docs);
      const double now = docs[c] / cap;
      novelty = std::pow(now / (now + seen), CoverageMethod::kSeenExponent);
    }
    const double relevance = occurrences[c] > 0 ? with_query_word[c] / occurrences[c] : 0;
    out.weights.push_back((1 + CoverageMethod::kQueryRelevanceBoost * relevance) * stats[c].weight *
                          (stats[c].unigram ? CoverageMethod::kUnigramWeight : 1.0) *
                          (in_query ? 1 + CoverageMethod::kQueryBoost : 1.0) * novelty);
    out.keys.emplace_back(key_of[c], renumber[c]);
  }
  std::sort(out.keys.begin(), out.keys.end());
  // Each sentence's kept concepts, renumbered (in the order of concept ids), sorted.
  out.sentence_concepts.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t kept = 0;
    for (std::size_t k = raw_begin[i]; k < raw_begin[i + 1]; ++k) kept += renumber[raw[k]] >= 0;
    auto& concepts = out.sentence_concepts[i];
    concepts.reserve(kept);
    for (std::size_t k = raw_begin[i]; k < raw_begin[i + 1]; ++k)
      if (renumber[raw[k]] >= 0) concepts.push_back(renumber[raw[k]]);
    std::sort(concepts.begin(), concepts.end());
  }
  return out;
}

SameContentJudge::SameContentJudge(const ClusterModel& model)
    : vectors_(model),
      content_sets_(ContentSets(model)),
      count_sets_(CountSets(model)),
      passages_(model) {
  options_.vectors = &vectors_;
  options_.max_cosine = CoverageMethod::kSameContentCosine;
  options_.content_sets = &content_sets_;
  // (Both hold each sentence's distinct content terms; a term weighing
  // nothing would be missing from its vector.)
  options_.content_sets_are_vector_terms = true;
  for (std::size_t i = 0; i < content_sets_.size(); ++i)
    options_.content_sets_are_vector_terms &= vectors_[i].entries.size() == content_sets_[i].size();
  options_.max_jaccard = CoverageMethod::kSameContentJaccard;
  options_.retelling_jaccard = CoverageMethod::kRetellingJaccard;
  options_.retelling_cosine = CoverageMethod::kRetellingCosine;
  options_.count_sets = &count_sets_;
  options_.fact_share = CoverageMethod::kSameFactShare;
  options_.passages = &passages_;
}

Selection CoverageMethod::Select(const ClusterModel& model, const LengthBudget& budget) const {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::microseconds(static_cast<long long>(
                                             std::min(options_.time_limit_seconds, 1e6) * 1e6));
  const std::size_t n = model.sentences.size();
  Selection out;
  out.scores.assign(n, 0.0);
  if (n == 0) return out;
  const WeightedConcepts concepts = ExtractWeightedConcepts(model);
  for (std::size_t i = 0; i < n; ++i) out.scores[i] = concepts.SentenceWeight(i);

  std::vector<bool> allowed = FindCandidates(model, budget, concepts);
  const std::vector<bool> on_question = KeepToAShortQuestion(model, budget, allowed);
  const Leaning leaning = FindLeaning(model);
  auto introductions = FindIntroductions(model);

  const SameContentJudge same(model);
  const auto speakers = FindSpeakerIntroductions(model, allowed);
  ContextAwareCoverage objective(concepts, leaning.needs_previous, leaning.previous, speakers);
  GreedyOptions options = same.options();
  options.cost_exponent = 1;
  options.stop_without_gain = true;
  options.compare_best_singleton = true;
  options.allowed = &allowed;
  out.chosen = GreedySelect(model, budget, objective, options);

  SearchSwaps(model, budget, concepts, allowed, leaning, out.scores, options, deadline, out.chosen);
  // From here a speaker given by surname alone ("..., Jones said.") needs a
  // sentence naming them in full as a titled surname does: the greedy only
  // discounted it, the drop and the fill ask for it.
  for (std::size_t i = 0; i < n; ++i)
    introductions[i].insert(introductions[i].end(), speakers[i].begin(), speakers[i].end());
  DropWhatLeansOnWhatIsMissing(model, budget, concepts, leaning, introductions, options, allowed,
                               out.chosen);
  // Fill: the concepts several documents share are covered and budget is
  // left. What one document alone says is still worth a reader's time, so
  // the rest is filled by the same objective over every concept (however few
  // documents hold it), skipping sentences close to a chosen one.
  // (`leans`: a quotation given to "he" or "she" leans on its predecessor
  // here too.)
  FillBudget(model, budget, leaning.leans, leaning.previous, introductions, options,
             on_question.empty() ? nullptr : &on_question, out.chosen);
  ScoreTheRest(model, budget, concepts, allowed, out.chosen, out.scores);
  // A set has no pick order: list it best score first.
  std::sort(out.chosen.begin(), out.chosen.end(), [&](std::size_t a, std::size_t b) {
    return out.scores[a] != out.scores[b] ? out.scores[a] > out.scores[b] : a < b;
  });
  return out;
}

}  // namespace precis::select
