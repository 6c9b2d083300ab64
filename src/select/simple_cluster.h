// A plain-text way to build ClusterModels, for tests and benchmarks (the
// pipeline uses the real tokenizer and stemmer instead): sentences are split at
// . ! ? followed by a space or newline, words at whitespace, words lowercased
// (ASCII) with surrounding punctuation split off as separate tokens; a small
// English stopword list and punctuation mark non-content tokens. No stemming.
#ifndef PRECIS_SELECT_SIMPLE_CLUSTER_H_
#define PRECIS_SELECT_SIMPLE_CLUSTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "select/cluster_model.h"

namespace precis::select {

struct SimpleTokens {
  std::vector<std::string> words;
  std::vector<bool> stop;
};

SimpleTokens SimpleTokenize(std::string_view text);
std::vector<std::string> SimpleSplitSentences(std::string_view text);
bool IsSimpleStopword(std::string_view lowercase_word);

class SimpleCluster {
 public:
  std::size_t AddDocument(std::string id = "", std::string date = "");
  // Adds one sentence to document `doc` (which must exist).
  SimpleCluster& Add(std::size_t doc, std::string text, std::size_t copies = 1);
  // Adds every sentence of `text` to a new document; returns its index.
  std::size_t AddText(std::string id, std::string date, std::string_view text);
  void SetQuery(std::string_view query);
  // Adds every sentence of `text` as seen document `seen_doc` (call after
  // the other Adds).
  void AddSeenText(std::size_t seen_doc, std::string_view text);
  ClusterModel Build() &&;

 private:
  ClusterModelBuilder builder_;
  std::size_t docs_ = 0;
};

}  // namespace precis::select

#endif  // PRECIS_SELECT_SIMPLE_CLUSTER_H_
