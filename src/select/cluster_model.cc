#include "select/cluster_model.h"

#include <set>

namespace precis::select {

std::vector<int> ClusterModel::ContentTerms(std::size_t i) const {
  std::vector<int> out;
  for (const Token& t : sentences[i].tokens)
    if (!t.stop) out.push_back(t.term);
  return out;
}

std::size_t ClusterModelBuilder::AddDocument(std::string id, std::string date) {
  model_.docs.push_back({std::move(id), std::move(date), 0});
  return model_.docs.size() - 1;
}

int ClusterModelBuilder::Intern(std::string_view term) {
  auto [it, inserted] = ids_.try_emplace(std::string(term), static_cast<int>(model_.terms.size()));
  if (inserted) model_.terms.emplace_back(term);
  return it->second;
}

void ClusterModelBuilder::AddSentence(std::size_t doc, std::string text,
                                      const std::vector<std::string>& words,
                                      const std::vector<bool>& stop, std::size_t copies) {
  AddSentenceAt(doc, model_.docs[doc].sentences, std::move(text), words, stop, copies);
}

void ClusterModelBuilder::AddDocumentTerm(std::size_t doc, const std::string& term) {
  if (extra_terms_.size() <= doc) extra_terms_.resize(doc + 1);
  extra_terms_[doc].push_back(Intern(term));
}

void ClusterModelBuilder::AddSentenceAt(std::size_t doc, std::size_t position, std::string text,
                                        const std::vector<std::string>& words,
                                        const std::vector<bool>& stop, std::size_t copies) {
  SentenceUnit s;
  s.doc = doc;
  s.position = position;
  if (model_.docs[doc].sentences <= position) model_.docs[doc].sentences = position + 1;
  s.bytes = text.size();
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  s.words = n;
  s.text = std::move(text);
  s.copies = copies;
  for (std::size_t i = 0; i < words.size(); ++i)
    s.tokens.push_back({Intern(words[i]), i < stop.size() && stop[i]});
  model_.sentences.push_back(std::move(s));
}

void ClusterModelBuilder::SetQuery(const std::vector<std::string>& content_terms) {
  model_.query_terms.clear();
  for (const auto& t : content_terms) model_.query_terms.push_back(Intern(t));
}

ClusterModel ClusterModelBuilder::Build() && {
  model_.doc_freq.assign(model_.terms.size(), 0);
  std::vector<std::set<int>> per_doc(model_.docs.size());
  for (const auto& s : model_.sentences)
    for (const Token& t : s.tokens) per_doc[s.doc].insert(t.term);
  for (std::size_t d = 0; d < extra_terms_.size() && d < per_doc.size(); ++d)
    per_doc[d].insert(extra_terms_[d].begin(), extra_terms_[d].end());
  for (const auto& terms : per_doc)
    for (int t : terms) ++model_.doc_freq[t];
  return std::move(model_);
}

}  // namespace precis::select
