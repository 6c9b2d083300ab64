#include "select/concepts.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <unordered_map>

namespace precis::select {
namespace {

bool IsPunctuation(const std::string& term) {
  return std::none_of(term.begin(), term.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
  });
}

}  // namespace

double ConceptIndex::Coverage(const std::vector<std::size_t>& sentences) const {
  std::set<int> covered;
  for (std::size_t i : sentences)
    covered.insert(sentence_concepts[i].begin(), sentence_concepts[i].end());
  double sum = 0;
  for (int c : covered) sum += weights[c];
  return sum;
}

ConceptIndex ExtractConcepts(const ClusterModel& model) {
  const std::size_t n = model.sentences.size();
  std::vector<bool> punctuation(model.num_terms());
  for (std::size_t t = 0; t < model.num_terms(); ++t)
    punctuation[t] = IsPunctuation(model.terms[t]);

  // Bigram -> provisional id, in order of first appearance (deterministic).
  std::unordered_map<std::uint64_t, int> ids;
  std::vector<std::vector<int>> raw(n);
  std::vector<std::size_t> extra_copies;
  std::vector<const Token*> words;
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceUnit& s = model.sentences[i];
    words.clear();
    for (const Token& t : s.tokens)
      if (!(t.stop && punctuation[t.term])) words.push_back(&t);
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (words[k]->stop && words[k + 1]->stop) continue;
      const std::uint64_t key = (static_cast<std::uint64_t>(words[k]->term) << 32) |
                                static_cast<std::uint32_t>(words[k + 1]->term);
      auto [it, inserted] = ids.try_emplace(key, static_cast<int>(extra_copies.size()));
      if (inserted) extra_copies.push_back(0);
      raw[i].push_back(it->second);
    }
    std::sort(raw[i].begin(), raw[i].end());
    raw[i].erase(std::unique(raw[i].begin(), raw[i].end()), raw[i].end());
    for (int c : raw[i]) extra_copies[c] += s.copies > 1 ? s.copies - 1 : 0;
  }
  // Documents containing each concept: a pass per document, marking each
  // concept with the last document that counted it.
  std::vector<std::vector<std::size_t>> by_doc;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t d = model.sentences[i].doc;
    if (d >= by_doc.size()) by_doc.resize(d + 1);
    by_doc[d].push_back(i);
  }
  std::vector<std::size_t> doc_count(extra_copies.size(), 0);
  std::vector<std::size_t> counted_in(extra_copies.size(), static_cast<std::size_t>(-1));
  for (std::size_t d = 0; d < by_doc.size(); ++d)
    for (std::size_t i : by_doc[d])
      for (int c : raw[i])
        if (counted_in[c] != d) {
          counted_in[c] = d;
          ++doc_count[c];
        }
  const std::size_t cap = std::max<std::size_t>(1, model.docs.size());
  std::vector<double> weight(doc_count.size());
  for (std::size_t c = 0; c < doc_count.size(); ++c)
    weight[c] = static_cast<double>(std::min(cap, doc_count[c] + extra_copies[c]));

  ConceptIndex index;
  for (int threshold : {3, 2, 1}) {
    index.min_docs = threshold;
    const auto kept =
        std::count_if(weight.begin(), weight.end(), [&](double w) { return w >= threshold; });
    if (static_cast<std::size_t>(kept) >= ConceptIndex::kMinConcepts) break;
  }
  std::vector<int> renumber(doc_count.size(), -1);
  for (std::size_t c = 0; c < doc_count.size(); ++c) {
    if (weight[c] < index.min_docs) continue;
    renumber[c] = static_cast<int>(index.weights.size());
    index.weights.push_back(weight[c]);
  }
  index.sentence_concepts.resize(n);
  for (std::size_t i = 0; i < n; ++i)
    for (int c : raw[i])
      if (renumber[c] >= 0) index.sentence_concepts[i].push_back(renumber[c]);
  return index;
}

}  // namespace precis::select
