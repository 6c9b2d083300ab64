#include "select/simple_cluster.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace precis::select {
namespace {

constexpr std::string_view kStopwords[] = {
    "a",      "about",   "above",  "after",  "again", "against", "all",   "am",     "an",
    "and",    "any",     "are",    "as",     "at",    "be",      "been",  "before", "being",
    "below",  "between", "both",   "but",    "by",    "can",     "could", "did",    "do",
    "does",   "doing",   "down",   "during", "each",  "few",     "for",   "from",   "further",
    "had",    "has",     "have",   "having", "he",    "her",     "here",  "hers",   "herself",
    "him",    "himself", "his",    "how",    "i",     "if",      "in",    "into",   "is",
    "it",     "its",     "itself", "just",   "me",    "more",    "most",  "my",     "myself",
    "no",     "nor",     "not",    "now",    "of",    "off",     "on",    "once",   "only",
    "or",     "other",   "our",    "ours",   "out",   "over",    "own",   "said",   "same",
    "she",    "should",  "so",     "some",   "such",  "than",    "that",  "the",    "their",
    "theirs", "them",    "then",   "there",  "these", "they",    "this",  "those",  "through",
    "to",     "too",     "under",  "until",  "up",    "very",    "was",   "we",     "were",
    "what",   "when",    "where",  "which",  "while", "who",     "whom",  "why",    "will",
    "with",   "would",   "you",    "your",   "yours", "also",    "says",  "say",    "s",
    "t",
};

bool IsWordChar(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

bool IsSimpleStopword(std::string_view word) {
  return std::find(std::begin(kStopwords), std::end(kStopwords), word) != std::end(kStopwords);
}

SimpleTokens SimpleTokenize(std::string_view text) {
  SimpleTokens out;
  auto push = [&out](std::string_view piece) {
    if (piece.empty()) return;
    std::string w(piece);
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool has_word_char = std::any_of(
        w.begin(), w.end(), [](char c) { return IsWordChar(static_cast<unsigned char>(c)); });
    out.stop.push_back(!has_word_char || IsSimpleStopword(w));
    out.words.push_back(std::move(w));
  };
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    std::string_view word = text.substr(i, j - i);
    // Split leading and trailing punctuation off the word.
    std::size_t b = 0, e = word.size();
    while (b < e && !IsWordChar(static_cast<unsigned char>(word[b]))) ++b;
    while (e > b && !IsWordChar(static_cast<unsigned char>(word[e - 1]))) --e;
    push(word.substr(0, b));
    push(word.substr(b, e - b));
    push(word.substr(e));
    i = j;
  }
  return out;
}

std::vector<std::string> SimpleSplitSentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::size_t b = current.find_first_not_of(" \t\r\n");
    if (b != std::string::npos) {
      std::size_t e = current.find_last_not_of(" \t\r\n");
      out.push_back(current.substr(b, e - b + 1));
    }
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
      flush();
      continue;
    }
    current.push_back(c == '\n' ? ' ' : c);
    bool end = c == '.' || c == '!' || c == '?';
    if (end && (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]))))
      flush();
  }
  flush();
  return out;
}

std::size_t SimpleCluster::AddDocument(std::string id, std::string date) {
  if (id.empty()) id = "doc" + std::to_string(docs_);
  ++docs_;
  return builder_.AddDocument(std::move(id), std::move(date));
}

SimpleCluster& SimpleCluster::Add(std::size_t doc, std::string text, std::size_t copies) {
  SimpleTokens tokens = SimpleTokenize(text);
  builder_.AddSentence(doc, std::move(text), tokens.words, tokens.stop, copies);
  return *this;
}

std::size_t SimpleCluster::AddText(std::string id, std::string date, std::string_view text) {
  std::size_t doc = AddDocument(std::move(id), std::move(date));
  for (auto& sentence : SimpleSplitSentences(text)) Add(doc, std::move(sentence));
  return doc;
}

void SimpleCluster::SetQuery(std::string_view query) {
  SimpleTokens tokens = SimpleTokenize(query);
  std::vector<std::string> content;
  for (std::size_t i = 0; i < tokens.words.size(); ++i)
    if (!tokens.stop[i]) content.push_back(tokens.words[i]);
  builder_.SetQuery(content);
}

void SimpleCluster::AddSeenText(std::size_t seen_doc, std::string_view text) {
  for (const auto& sentence : SimpleSplitSentences(text)) {
    SimpleTokens tokens = SimpleTokenize(sentence);
    builder_.AddSeenSentence(seen_doc, tokens.words, tokens.stop);
  }
}

ClusterModel SimpleCluster::Build() && { return std::move(builder_).Build(); }

}  // namespace precis::select
