#include "rouge/porter_stemmer.h"

#include <regex.h>

#include <cstdlib>
#include <fstream>
#include <map>
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

// The Perl reference stemmer written with POSIX regular expressions (glibc's
// regcomp: a different engine, same answers for these anchored patterns), to
// check the hand-written matcher word by word.
class Regex {
 public:
  explicit Regex(const std::string& pattern) {
    ok_ = regcomp(&re_, pattern.c_str(), REG_EXTENDED) == 0;
  }
  ~Regex() {
    if (ok_) regfree(&re_);
  }
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;
  // On a match, prefix is $` and groups are $1, $2.
  bool Search(const std::string& s, std::string* prefix = nullptr,
              std::vector<std::string>* groups = nullptr) const {
    regmatch_t m[4];
    if (!ok_ || regexec(&re_, s.c_str(), 4, m, 0) != 0) return false;
    if (prefix) *prefix = s.substr(0, static_cast<size_t>(m[0].rm_so));
    if (groups) {
      groups->clear();
      for (int i = 1; i < 4; ++i) {
        groups->push_back(m[i].rm_so < 0 ? std::string()
                                         : s.substr(static_cast<size_t>(m[i].rm_so),
                                                    static_cast<size_t>(m[i].rm_eo - m[i].rm_so)));
      }
    }
    return true;
  }

 private:
  regex_t re_;
  bool ok_ = false;
};

std::string RegexStem(std::string w) {
  static const std::string c = "[^aeiou]", v = "[aeiouy]", C = c + "[^aeiouy]*", V = v + "[aeiou]*";
  static const Regex mgr0("^(" + C + ")?" + V + C), meq1("^(" + C + ")?" + V + C + "(" + V + ")?$"),
      mgr1("^(" + C + ")?" + V + C + V + C), vowel("^(" + C + ")?" + v),
      cvc("^" + C + v + "[^aeiouwxy]$"), sses("(ss|i)es$"), s1("([^s])s$"), eed("eed$"),
      ed("(ed|ing)$"), atblitz("(at|bl|iz)$"), y("y$"),
      step2(
          "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|"
          "iveness|fulness|ousness|aliti|iviti|biliti|logi)$"),
      step3("(icate|ative|alize|iciti|ical|ful|ness)$"),
      step4("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$"), ment("ment$"),
      ent("ent$"), ion("(s|t)(ion)$"), e("e$"), ll("ll$");
  static const std::map<std::string, std::string> step2list = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
      {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
      {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
      {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
      {"logi", "log"}};
  static const std::map<std::string, std::string> step3list = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
      {"ical", "ic"},  {"ful", ""},   {"ness", ""}};
  std::string stem;
  std::vector<std::string> g;
  if (w.size() < 3) return w;
  const bool leading_y = w[0] == 'y';
  if (leading_y) w[0] = 'Y';
  if (sses.Search(w, &stem, &g) || s1.Search(w, &stem, &g)) w = stem + g[0];
  if (eed.Search(w, &stem)) {
    if (mgr0.Search(stem)) w.pop_back();
  } else if (ed.Search(w, &stem) && vowel.Search(stem)) {
    w = stem;
    const size_t n = w.size();
    if (atblitz.Search(w)) {
      w += "e";
    } else if (n >= 2 && w[n - 1] == w[n - 2] &&
               std::string("aeiouylsz").find(w[n - 1]) == std::string::npos) {
      w.pop_back();  // ([^aeiouylsz])\1$
    } else if (cvc.Search(w)) {
      w += "e";
    }
  }
  if (y.Search(w, &stem) && vowel.Search(stem)) w = stem + "i";
  if (step2.Search(w, &stem, &g) && mgr0.Search(stem)) w = stem + step2list.at(g[0]);
  if (step3.Search(w, &stem, &g) && mgr0.Search(stem)) w = stem + step3list.at(g[0]);
  if (step4.Search(w, &stem) && mgr1.Search(stem)) w = stem;
  if (ment.Search(w, &stem) && mgr1.Search(stem)) w = stem;
  if (ent.Search(w, &stem)) {
    if (mgr1.Search(stem)) w = stem;
  } else if (ion.Search(w, &stem, &g) && mgr1.Search(stem + g[0])) {
    w = stem + g[0];
  }
  if (e.Search(w, &stem) && (mgr1.Search(stem) || (meq1.Search(stem) && !cvc.Search(stem)))) {
    w = stem;
  }
  if (ll.Search(w) && mgr1.Search(w)) w.pop_back();
  if (leading_y) w[0] = 'y';
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
