#include "rouge/rouge_tokenizer.h"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace precis::data {
extern const std::string_view rouge_wordnet_exceptions;
}  // namespace precis::data

namespace precis::rouge {
namespace {

using Tokens = std::vector<std::string>;

Tokens Tok(const std::string& text, bool stem = false, bool stop = false) {
  RougeTokenizer t(stem, stop);
  return t.TokenStrings(text);
}

TEST(RougeTokenizer, BytesOutsideAlphanumericsSeparate) {
  EXPECT_EQ(Tok("$8 billion"), (Tokens{"8", "billion"}));
  EXPECT_EQ(Tok("100,000 and 26.31"), (Tokens{"100", "000", "and", "26", "31"}));
  EXPECT_EQ(Tok("U.S. don't"), (Tokens{"u", "s", "don", "t"}));
  EXPECT_EQ(Tok("state-of-the-art -- U.S.-led"),
            (Tokens{"state", "of", "the", "art", "u", "s", "led"}));
  EXPECT_EQ(Tok("caf\xc3\xa9 \xc2\xa3"
                "10 voil\xc3\xa0!"),
            (Tokens{"caf", "10", "voil"}));
  EXPECT_EQ(Tok("Hurricane GILBERT"), (Tokens{"hurricane", "gilbert"}));
  EXPECT_EQ(Tok("  ... !! -- "), Tokens{});
}

TEST(RougeTokenizer, StemmingUsesExceptionsThenPorterOnLongTokens) {
  EXPECT_EQ(Tok("left leave said says best better", true),
            (Tokens{"leave", "leav", "say", "sai", "well", "well"}));
  EXPECT_EQ(Tok("data were was has men women", true),
            (Tokens{"datum", "be", "was", "has", "men", "women"}));
  EXPECT_EQ(Tok("agreement government comics", true), (Tokens{"agreem", "govern", "comic_strip"}));
  // Exception values are not stemmed again; short tokens are never looked up.
  // (Porter would turn "alumnus" into "alumnu" and "address" into "address".)
  EXPECT_EQ(Tok("ran alumni addrest", true), (Tokens{"ran", "alumnus", "address"}));
}

TEST(RougeTokenizer, StopwordsGoBeforeStemming) {
  EXPECT_EQ(Tok("The storm may hit Reuters AP news index today", false, true),
            (Tokens{"storm", "hit", "today"}));
  EXPECT_TRUE(IsRougeStopword("the"));
  EXPECT_TRUE(IsRougeStopword("reuters"));
  EXPECT_FALSE(IsRougeStopword("hurricane"));
  EXPECT_EQ(ProcessRougeToken("the", true, true), "");
  EXPECT_EQ(ProcessRougeToken("hurricanes", true, true), "hurrican");
}

TEST(RougeTokenizer, ExceptionTableIsEmbedded) {
  ASSERT_TRUE(FindWordNetException("said"));
  EXPECT_EQ(*FindWordNetException("said"), "say");
  EXPECT_FALSE(FindWordNetException("hurricane"));
  EXPECT_FALSE(FindWordNetException(""));
  EXPECT_FALSE(FindWordNetException("aaa"));     // before the first key
  EXPECT_FALSE(FindWordNetException("zzzzzz"));  // after the last
  EXPECT_FALSE(FindWordNetException("sai"));     // a prefix of a key
  EXPECT_FALSE(FindWordNetException("saidx"));   // a key is a prefix of it
}

// Every key of the embedded table is found, with its value (a repeated key
// could not be: ROUGE's own table has none).
TEST(RougeTokenizer, EveryExceptionIsFound) {
  const std::string_view data = precis::data::rouge_wordnet_exceptions;
  std::size_t lines = 0;
  std::set<std::string> keys;
  for (std::size_t pos = 0; pos < data.size();) {
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    const std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    const std::size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string_view::npos) << line;
    const std::string key(line.substr(0, tab));
    EXPECT_TRUE(keys.insert(key).second) << "repeated key " << key;
    const auto value = FindWordNetException(key);
    ASSERT_TRUE(value) << key;
    EXPECT_EQ(*value, line.substr(tab + 1)) << key;
    ++lines;
  }
  EXPECT_GT(lines, 5000u);
}

TEST(RougeTokenizer, EqualTokensShareIds) {
  RougeTokenizer t(true, false);
  std::vector<uint32_t> ids;
  t.Tokenize("Agreement agreements said say", ids);
  ASSERT_EQ(ids.size(), 4u);
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[2], ids[3]);
  EXPECT_NE(ids[0], ids[2]);
  EXPECT_EQ(t.Word(ids[0]), "agreem");
}

}  // namespace
}  // namespace precis::rouge
