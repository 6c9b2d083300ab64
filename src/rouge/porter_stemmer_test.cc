#include "rouge/porter_stemmer.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "rouge/rouge_tokenizer.h"

namespace precis::rouge {
namespace {

TEST(PorterStemmer, RougeVariantOfStep4) {
  // Standard Porter leaves these two alone; ROUGE's three passes do not.
  EXPECT_EQ(PorterStem("agreement"), "agreem");
  EXPECT_EQ(PorterStem("settlement"), "settlem");
  EXPECT_EQ(PorterStem("government"), "govern");
  EXPECT_EQ(PorterStem("hurricanes"), "hurrican");
  EXPECT_EQ(PorterStem("countries"), "countri");
}

TEST(PorterStemmer, ClassicExamples) {
  EXPECT_EQ(PorterStem("caresses"), "caress");
  EXPECT_EQ(PorterStem("ponies"), "poni");
  EXPECT_EQ(PorterStem("cats"), "cat");
  EXPECT_EQ(PorterStem("feed"), "feed");
  EXPECT_EQ(PorterStem("agreed"), "agre");
  EXPECT_EQ(PorterStem("plastered"), "plaster");
  EXPECT_EQ(PorterStem("motoring"), "motor");
  EXPECT_EQ(PorterStem("conflated"), "conflat");
  EXPECT_EQ(PorterStem("hopping"), "hop");
  EXPECT_EQ(PorterStem("filing"), "file");
  EXPECT_EQ(PorterStem("happy"), "happi");
  EXPECT_EQ(PorterStem("relational"), "relat");
  EXPECT_EQ(PorterStem("generalization"), "gener");
  EXPECT_EQ(PorterStem("electrical"), "electr");
  EXPECT_EQ(PorterStem("adoption"), "adopt");
  EXPECT_EQ(PorterStem("controll"), "control");
  EXPECT_EQ(PorterStem("says"), "sai");
  EXPECT_EQ(PorterStem("leave"), "leav");
  EXPECT_EQ(PorterStem("women"), "women");
}

TEST(PorterStemmer, ShortWordsAndLeadingY) {
  EXPECT_EQ(PorterStem("is"), "is");
  EXPECT_EQ(PorterStem("as"), "as");
  EXPECT_EQ(PorterStem("yes"), "ye");
  EXPECT_EQ(PorterStem("youth"), "youth");
  EXPECT_EQ(PorterStem("yelling"), "yell");
}

// The Perl reference stemmer as regular expressions (ECMAScript backtracks like
// Perl for these patterns), to check the hand-written matcher word by word.
std::string RegexStem(std::string w) {
  static const std::string c = "[^aeiou]", v = "[aeiouy]", C = c + "[^aeiouy]*", V = v + "[aeiou]*";
  static const std::regex mgr0("^(" + C + ")?" + V + C),
      meq1("^(" + C + ")?" + V + C + "(" + V + ")?$"), mgr1("^(" + C + ")?" + V + C + V + C),
      vowel("^(" + C + ")?" + v), cvc("^" + C + v + "[^aeiouwxy]$");
  static const std::map<std::string, std::string> step2 = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
      {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
      {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
      {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
      {"logi", "log"}};
  static const std::map<std::string, std::string> step3 = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
      {"ical", "ic"},  {"ful", ""},   {"ness", ""}};
  std::smatch m;
  auto match = [&](const std::string& s, const char* re) {
    return std::regex_search(s, m, std::regex(re));
  };
  if (w.size() < 3) return w;
  bool y = w[0] == 'y';
  if (y) w[0] = 'Y';
  if (match(w, "(ss|i)es$")) {
    w = m.prefix().str() + m[1].str();
  } else if (match(w, "([^s])s$")) {
    w = m.prefix().str() + m[1].str();
  }
  if (match(w, "eed$")) {
    if (std::regex_search(m.prefix().str(), mgr0)) w.pop_back();
  } else if (match(w, "(ed|ing)$")) {
    std::string stem = m.prefix().str();
    if (std::regex_search(stem, vowel)) {
      w = stem;
      if (match(w, "(at|bl|iz)$")) {
        w += "e";
      } else if (match(w, "([^aeiouylsz])\\1$")) {
        w.pop_back();
      } else if (std::regex_search(w, cvc)) {
        w += "e";
      }
    }
  }
  if (match(w, "y$")) {
    std::string stem = m.prefix().str();
    if (std::regex_search(stem, vowel)) w = stem + "i";
  }
  if (match(w,
            "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|"
            "alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")) {
    std::string stem = m.prefix().str(), suffix = m[1].str();
    if (std::regex_search(stem, mgr0)) w = stem + step2.at(suffix);
  }
  if (match(w, "(icate|ative|alize|iciti|ical|ful|ness)$")) {
    std::string stem = m.prefix().str(), suffix = m[1].str();
    if (std::regex_search(stem, mgr0)) w = stem + step3.at(suffix);
  }
  if (match(w, "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")) {
    std::string stem = m.prefix().str();
    if (std::regex_search(stem, mgr1)) w = stem;
  }
  if (match(w, "ment$")) {
    std::string stem = m.prefix().str();
    if (std::regex_search(stem, mgr1)) w = stem;
  }
  if (match(w, "ent$")) {
    std::string stem = m.prefix().str();
    if (std::regex_search(stem, mgr1)) w = stem;
  } else if (match(w, "(s|t)(ion)$")) {
    std::string stem = m.prefix().str() + m[1].str();
    if (std::regex_search(stem, mgr1)) w = stem;
  }
  if (match(w, "e$")) {
    std::string stem = m.prefix().str();
    if (std::regex_search(stem, mgr1) ||
        (std::regex_search(stem, meq1) && !std::regex_search(stem, cvc))) {
      w = stem;
    }
  }
  if (match(w, "ll$") && std::regex_search(w, mgr1)) w.pop_back();
  if (y) w[0] = 'y';
  return w;
}

std::string SharedDir() {
  if (const char* env = std::getenv("PRECIS_SHARED_DIR"); env && *env) return env;
  return PRECIS_SHARED_DIR;
}

TEST(PorterStemmer, AgreesWithPerlRegexesOnEveryConformanceWord) {
  std::ifstream in(SharedDir() + "/rouge/vectors.jsonl");
  ASSERT_TRUE(in.good()) << "missing " << SharedDir() << "/rouge/vectors.jsonl";
  std::set<std::string> words;
  RougeTokenizer tokenizer(false, false);
  std::string line;
  int lines = 0;
  while (std::getline(in, line) && lines++ < 173) {  // the first option set has every text
    nlohmann::json v = nlohmann::json::parse(line);
    auto add = [&](const nlohmann::json& sentences) {
      for (const auto& s : sentences)
        for (const std::string& w : tokenizer.TokenStrings(s.get<std::string>())) words.insert(w);
    };
    add(v["peer"]);
    for (const auto& m : v["models"]) add(m);
  }
  // Tricky shapes for the measure around 'y' and digits.
  for (const char* w : {"syzygy", "yyyy", "aye", "eyeing", "buyers", "1990s", "3rd", "ayy",
                        "flying", "yearly", "yttrium", "sky", "skyed", "crying", "quayside"}) {
    words.insert(w);
  }
  ASSERT_GT(words.size(), 3000u);
  int differ = 0;
  for (const std::string& w : words) {
    std::string want = RegexStem(w);
    if (PorterStem(w) != want && ++differ < 20) {
      ADD_FAILURE() << w << ": " << PorterStem(w) << " vs regex " << want;
    }
  }
  EXPECT_EQ(differ, 0);
}

}  // namespace
}  // namespace precis::rouge
