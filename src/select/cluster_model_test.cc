#include "select/cluster_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::select {
namespace {

TEST(ClusterModelBuilder, TermTokensBuildTheModelAnalysedWordsDo) {
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  const std::vector<std::string> texts = {
      "The harbor bridge reopened on Monday after six weeks of repairs.",
      "Ferries ran every twenty minutes while the bridge was closed."};
  auto build = [&](bool from_tokens) {
    ClusterModelBuilder builder;
    for (std::size_t d = 0; d < texts.size(); ++d) {
      builder.AddDocument("d" + std::to_string(d));
      const text::AnalyzedText a = analyzer->Analyze(texts[d]);
      const std::vector<text::TermToken> tokens = text::TermTokensOf(a.words, analyzer->lexicon());
      for (std::size_t k = 0; k < a.sentences.size(); ++k) {
        const auto& s = a.sentences[k];
        if (from_tokens)
          builder.AddSentenceWithoutText(
              d, k, a.SentenceText(k),
              std::span<const text::TermToken>(tokens).subspan(s.first_word, s.words),
              analyzer->lexicon());
        else
          builder.AddSentenceWithoutText(d, k, a.SentenceText(k), a.WordsOf(s),
                                         analyzer->lexicon());
      }
    }
    return std::move(builder).Build();
  };
  const ClusterModel from_words = build(false), from_tokens = build(true);
  EXPECT_EQ(from_tokens.terms, from_words.terms);
  EXPECT_EQ(from_tokens.doc_freq, from_words.doc_freq);
  ASSERT_EQ(from_tokens.sentences.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(from_tokens.ContentTerms(i), from_words.ContentTerms(i));
    EXPECT_EQ(from_tokens.sentences[i].tokens.size(), from_words.sentences[i].tokens.size());
    EXPECT_EQ(from_tokens.sentences[i].words, from_words.sentences[i].words);
  }
  // "harbor", "bridg", ... as content terms; "the", "on" as stopwords.
  EXPECT_GE(from_tokens.ContentTerms(0).size(), 5u);
  EXPECT_LT(from_tokens.ContentTerms(0).size(), from_tokens.sentences[0].tokens.size());
}

}  // namespace
}  // namespace precis::select
