#include "select/cluster_model.h"

#include <gtest/gtest.h>

#include <algorithm>
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

// A sentence's words as ROUGE -l counts them, each character of a script
// written without spaces one, wherever the spaces and such characters fall
// (the count reads sixteen bytes at a time where it can).
TEST(ClusterModelBuilder, WordsAreCountedBetweenSpacesWhereverTheyFall) {
  auto words = [](const std::string& text) {
    ClusterModelBuilder builder;
    builder.AddDocument("a");
    builder.AddSentence(0, text, {"w"}, {false});
    return std::move(builder).Build().sentences[0].words;
  };
  // A reference count, byte by byte, for text without such characters.
  auto reference = [](const std::string& text) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : text) {
      const bool space = c == ' ' || (c >= '\t' && c <= '\r');
      n += !space && !in_word ? 1 : 0;
      in_word = !space;
    }
    return n;
  };
  for (const std::string& text :
       {std::string("Dams burst."),
        std::string("  The bridge,\tclosed\non Tuesday\r\n, stays  shut  "),
        std::string(15, 'a') + " " + std::string(16, 'b') + "\v" + std::string(17, 'c'),
        std::string(16, ' ') + "x" + std::string(31, ' ') + "y z",
        std::string("caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 of the year and more words")}) {
    EXPECT_EQ(words(text), reference(text)) << text;
  }
  // Japanese after a block of Latin text: one word per character.
  EXPECT_EQ(words(std::string(20, 'a') + " \xE6\x9D\xB1\xE4\xBA\xAC news"), 4u);
  EXPECT_EQ(words("NHK \xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7 a long line of English words after it"),
            12u);
}

// A term given again for a document counts once, however it was given; a
// candidate left out of the model still counts in its document's length.
TEST(ClusterModelBuilder, DocumentTermsCountOncePerDocument) {
  ClusterModelBuilder builder;
  builder.AddDocument("a");
  builder.AddDocument("b");
  builder.AddSentence(0, "Dams burst.", {"dam", "burst"}, {false, false});
  for (int k = 0; k < 3; ++k) builder.AddDocumentTerm(0, "dam");
  builder.AddDocumentTerm(0, "flood");
  builder.AddDocumentTerm(1, "flood");
  builder.AddDocumentTerm(1, "flood");
  builder.CountLeftOutSentence(1, 4);
  const ClusterModel m = std::move(builder).Build();
  auto freq = [&](const std::string& term) {
    const auto it = std::find(m.terms.begin(), m.terms.end(), term);
    return it == m.terms.end() ? -1 : m.doc_freq[static_cast<std::size_t>(it - m.terms.begin())];
  };
  EXPECT_EQ(freq("dam"), 1);
  EXPECT_EQ(freq("burst"), 1);
  EXPECT_EQ(freq("flood"), 2);
  EXPECT_EQ(m.docs[0].sentences, 1u);
  EXPECT_EQ(m.docs[1].sentences, 5u);
  EXPECT_EQ(m.sentences.size(), 1u);
}

// Frequencies the caller counted are what the model holds, by lexicon id;
// a term noted without counting keeps its place in the order of ids.
TEST(ClusterModelBuilder, GivenDocumentFrequenciesAreRead) {
  auto analyzer = text::Analyzer::Create("english");
  ASSERT_TRUE(analyzer.ok());
  const text::AnalyzedText a = analyzer->Analyze("Floods closed the harbor bridge on Monday.");
  const text::Lexicon& lexicon = analyzer->lexicon();
  const std::vector<text::TermToken> tokens = text::TermTokensOf(a.words, lexicon);
  std::vector<int> given(lexicon.size(), 0);
  for (const auto& t : tokens) given[t.term] = 7;
  ClusterModelBuilder builder;
  builder.AddDocument("a");
  builder.SetDocumentFrequencies(given);
  builder.NoteTerm(tokens[0].term, lexicon);  // "flood", noted first
  builder.AddSentenceWithoutText(0, 0, a.text, std::span<const text::TermToken>(tokens).subspan(1),
                                 lexicon);
  const ClusterModel m = std::move(builder).Build();
  ASSERT_EQ(m.terms.size(), tokens.size());
  EXPECT_EQ(m.terms[0], "flood");
  EXPECT_EQ(m.doc_freq, std::vector<int>(tokens.size(), 7));
}

}  // namespace
}  // namespace precis::select
