// End-to-end tests of `precis summarize`: every input format, every method,
// budgets, output formats with checkable citations, and the error cases.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

const std::string kExample = std::string(PRECIS_SOURCE_DIR) + "/examples/harbor-bridge";
const char* kMethods[] = {"lead", "centroid", "lexrank", "textrank",   "mmr",
                          "kl",   "sumbasic", "ilp",     "submodular", "coverage"};

std::u32string CodePoints(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

std::size_t Words(const std::string& s) {
  std::istringstream in(s);
  std::size_t n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

// Every summary sentence of a JSON summary is exactly the span it cites.
void ExpectCitationsHold(const nlohmann::json& j) {
  ASSERT_FALSE(j["summary"].empty());
  for (const auto& s : j["summary"]) {
    std::size_t doc = s["document_index"];
    std::u32string text = CodePoints(j["documents"][doc]["text"].get<std::string>());
    std::size_t start = s["start"], end = s["end"];
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), CodePoints(s["text"].get<std::string>()));
    EXPECT_EQ(j["documents"][doc]["id"], s["document"]);
    for (const auto& c : s["also_in"]) {
      EXPECT_NE(c["document"], s["document"]);
      EXPECT_LT(c["start"].get<std::size_t>(), c["end"].get<std::size_t>());
    }
  }
}

using SummarizeCli = CliTest;

TEST_F(SummarizeCli, BundledExampleGivesCleanWholeSentences) {
  auto r = Run("summarize '" + kExample + "' --words 100");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_GE(Words(r.out), 50u);
  EXPECT_LE(Words(r.out), 100u);
  for (const char* noise :
       {"cookie", "Subscribe", "free_limit", "striker", "Share this", "Skip to", "CET", "By Nora"})
    EXPECT_EQ(r.out.find(noise), std::string::npos) << noise << "\n" << r.out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(line[0])) || line[0] == '"') << line;
    EXPECT_TRUE(line.back() == '.' || line.back() == '"') << line;
  }
}

TEST_F(SummarizeCli, SyriaExampleLeavesTheNoiseOut) {
  auto r = Run("summarize '" + SharedDir() + "/examples/syria-talks' --words 100 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ExpectCitationsHold(j);
  std::string all;
  for (const auto& s : j["summary"]) all += s["text"].get<std::string>() + "\n";
  for (const char* noise : {"consent", "Subscribe", "free_limit", "GMT", "Raqqa", "ISIL",
                            "skip to main", "\xE2\x82\xB9"})
    EXPECT_EQ(all.find(noise), std::string::npos) << noise << "\n" << all;
  EXPECT_LE(Words(all), 100u);
  // The story of the day: Kerry's appeal and Syria's offer of talks (a
  // speaker inside a hyphenated name, "Walid al-Moualem said", is named in
  // full), not the 2011 article's toll.
  EXPECT_NE(all.find("Syria is ready for talks"), std::string::npos) << all;
  EXPECT_EQ(all.find("3,500"), std::string::npos) << all;
}

// Plain text shows the dates a reader needs when a summary mixes articles
// of different dates (on a terminal, or asked for); piped, it stays one plain
// sentence per line for scripts and ROUGE.
TEST_F(SummarizeCli, PlainTextDatesSentencesWhenTheSummaryMixesDates) {
  const std::string example = "summarize '" + SharedDir() + "/examples/syria-talks' --words 200";
  auto dated = Run(example + " --dates always");
  ASSERT_EQ(dated.code, 0) << dated.err;
  EXPECT_NE(dated.out.find("talks in London. [2011-11-21]\n"), std::string::npos) << dated.out;
  // The sentences of the undated articles carry no date.
  EXPECT_NE(dated.out.find("in Rome this week.\n"), std::string::npos) << dated.out;
  auto piped = Run(example);
  ASSERT_EQ(piped.code, 0) << piped.err;
  EXPECT_EQ(piped.out.find("[2011"), std::string::npos) << piped.out;
  EXPECT_NE(piped.out.find("talks in London.\n"), std::string::npos) << piped.out;
  auto never = Run(example + " --dates never");
  EXPECT_EQ(never.out, piped.out);
  auto bad = Run(example + " --dates sometimes");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("--dates"), std::string::npos) << bad.err;
}

TEST_F(SummarizeCli, FillWithABudgetInSentencesIsAUsageError) {
  auto r = Run("summarize '" + SharedDir() + "/examples/syria-talks' --sentences 2 --fill");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("cannot be filled"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

// A sentence that leans on the one before it ("He has appointed ...",
// "Removing the regime ..., he said.") comes right after it or not at all:
// placed elsewhere, its "he" is whoever the summary named last.
TEST_F(SummarizeCli, SyriaExampleGivesNoSentenceToTheWrongSpeaker) {
  for (std::string options :
       {"--words 100", "--words 120", "--words 200", "--words 50 --query 'death toll'"}) {
    auto r =
        Run("summarize '" + SharedDir() + "/examples/syria-talks' " + options + " --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    const auto& ss = j["summary"];
    for (std::size_t k = 0; k < ss.size(); ++k) {
      const std::string text = ss[k]["text"].get<std::string>();
      const bool leans = text.rfind("He ", 0) == 0 || text.rfind("She ", 0) == 0 ||
                         text.find(", he said") != std::string::npos ||
                         text.find(", she said") != std::string::npos;
      if (!leans) continue;
      ASSERT_GT(k, 0u) << options << ": opens with " << text;
      EXPECT_EQ(ss[k - 1]["document"], ss[k]["document"]) << options << ": " << text;
      EXPECT_EQ(ss[k - 1]["sentence"].get<int>() + 1, ss[k]["sentence"].get<int>())
          << options << ": " << text;
    }
  }
}

TEST_F(SummarizeCli, EveryMethodOnTheExample) {
  for (const char* m : kMethods) {
    auto r = Run(std::string("summarize '") + kExample + "' --format json -m " + m);
    ASSERT_EQ(r.code, 0) << m << ": " << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["method"], m);
    ExpectCitationsHold(j);
  }
}

TEST_F(SummarizeCli, EveryMethodOnEveryInputFormat) {
  const std::string duc = SharedDir() + "/data/duc2002/raw/docs/d061j";
  std::string jsonl;
  {
    std::ifstream in(SharedDir() + "/data/duc2002/clusters.jsonl");
    std::getline(in, jsonl);
  }
  File("cluster.jsonl", jsonl + "\n");
  std::string mn;
  {
    auto j = nlohmann::json::parse(jsonl);
    for (const auto& d : j["documents"]) {
      std::string t = d["text"];
      for (std::size_t p; (p = t.find('\n')) != std::string::npos;)
        t.replace(p, 1, " NEWLINE_CHAR ");
      mn += (mn.empty() ? "" : " ||||| ") + t;
    }
  }
  File("cluster.src", mn + "\n");
  File("html/a.html",
       "<html><head><title>Storm hits coast</title></head><body><nav><a href='/'>Home</a></nav>"
       "<article><h1>Storm hits coast</h1><p>A powerful storm hit the northern coast on Monday, "
       "flooding hundreds of homes and cutting power to thousands of families.</p><p>Rescue "
       "teams evacuated more than 2,000 people from low-lying villages, officials said.</p>"
       "</article></body></html>");
  File("html/b.html",
       "<html><body><p>The storm that flooded the northern coast on Monday left thousands of "
       "families without power, the utility company said.</p><p>Officials said more than 2,000 "
       "people had been evacuated from villages near the sea.</p></body></html>");
  const std::string sources[] = {"'" + duc + "'", "cluster.jsonl", "cluster.src", "html"};
  for (const auto& src : sources)
    for (const char* m : kMethods) {
      auto r = Run("summarize " + src + " --format json -m " + m);
      ASSERT_EQ(r.code, 0) << src << " " << m << ": " << r.err;
      ExpectCitationsHold(nlohmann::json::parse(r.out));
    }
}

TEST_F(SummarizeCli, ReadsJsonlFromStdinAndSummarizesEveryCluster) {
  std::ifstream in(SharedDir() + "/data/duc2002/clusters.jsonl");
  std::string a, b;
  std::getline(in, a);
  std::getline(in, b);
  auto r = Run("summarize - --format json", a + "\n" + b + "\n");
  ASSERT_EQ(r.code, 0) << r.err;
  std::istringstream lines(r.out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    ExpectCitationsHold(j);
    ids.push_back(j["cluster"]);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{nlohmann::json::parse(a)["id"],
                                           nlohmann::json::parse(b)["id"]}));
}

// Clusters summarized several at once come out in input order, as one
// thread gives them; one that cannot be summarized is skipped, said once.
TEST_F(SummarizeCli, ManyClustersOnThreadsGiveTheOutputOfOne) {
  std::ifstream in(SharedDir() + "/data/duc2002/clusters.jsonl");
  std::string input;
  int n = 0;
  for (std::string line; n < 12 && std::getline(in, line); ++n) {
    input += line + "\n";
    if (n == 5)
      input +=
          "{\"id\": \"empty\", \"documents\": [{\"id\": \"x\", \"text\": \"Share on "
          "Facebook\"}]}\n";
  }
  File("many.jsonl", input);
  auto one = Run("summarize many.jsonl --format json --threads 1");
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 12);
  EXPECT_NE(one.err.find("skipped empty"), std::string::npos) << one.err;
  for (const char* threads : {"2", "5"}) {
    auto many = Run(std::string("summarize many.jsonl --format json --threads ") + threads);
    EXPECT_EQ(many.code, 0);
    EXPECT_EQ(many.out, one.out) << threads;
    EXPECT_EQ(many.err, one.err) << threads;
  }
  auto text = Run("summarize many.jsonl --threads 3");
  EXPECT_EQ(text.out, Run("summarize many.jsonl --threads 1").out);
}

// Two articles tell the same quote in other words ("... is nothing but a PR
// move, Russian security expert Dmitry Yefimov told Sputnik." and "In an
// interview with Sputnik, ... Yefimov described the deployment ... as little
// more than a PR ..."): the summary says it once (TF-IDF cosine 0.6-0.8,
// under the near-copy threshold). Both tellings hold "pr move"; another
// statement of Yefimov's ("... deployed in europe on a rotating basis") may
// stand beside the one kept.
// The line of the Multi-News dev cluster `id`.
std::string MultiNewsCluster(const std::string& id) {
  std::ifstream in(SharedDir() + "/data/multinews-val/clusters.jsonl");
  for (std::string line; std::getline(in, line);)
    if (line.find("\"id\": \"" + id + "\"") != std::string::npos) return line;
  return "";
}

TEST_F(SummarizeCli, AStatementToldInOtherWordsIsSaidOnce) {
  const std::string cluster = MultiNewsCluster("mnplus-45355");
  ASSERT_FALSE(cluster.empty());
  auto r = Run("summarize - --words 260", cluster + "\n");
  ASSERT_EQ(r.code, 0) << r.err;
  std::size_t tellings = 0;
  for (std::size_t at = r.out.find("pr move"); at != std::string::npos;
       at = r.out.find("pr move", at + 1))
    ++tellings;
  EXPECT_EQ(tellings, 1u) << r.out;
}

// No sentence opening with a connective ("But", "And although",
// "Moreover,") stands without the sentence it answers: one article opens on
// "But the pentagon report ..." (it was put in as the antecedent of the
// pronoun opening after it); in another, "Moreover, ..." outlived its
// antecedent, dropped for opening with "It".
TEST_F(SummarizeCli, NoConnectiveOpeningWithoutWhatItAnswers) {
  for (const char* id : {"mnplus-46088", "mnplus-46129", "mnplus-45637"}) {
    const std::string cluster = MultiNewsCluster(id);
    ASSERT_FALSE(cluster.empty()) << id;
    auto r = Run("summarize - --words 260", cluster + "\n");
    ASSERT_EQ(r.code, 0) << r.err;
    std::istringstream lines(r.out);
    std::string first;
    std::getline(lines, first);
    for (const char* connective : {"But ", "And ", "Moreover,"})
      EXPECT_FALSE(first.starts_with(connective)) << id << ": " << r.out;
    EXPECT_EQ(r.out.find("\nMoreover, certain types"), std::string::npos) << id << ": " << r.out;
  }
}

// The sentence `--fill` cuts to use the budget goes last, wherever it stands
// in its document (this cluster's once opened the summary: "Officials have
// \" seized significant evidence at [ lanza's", a quotation cut open, which
// the fill no longer takes).
TEST_F(SummarizeCli, TheSentenceCutToFillTheBudgetComesLast) {
  const std::string cluster = MultiNewsCluster("mnplus-45021");
  ASSERT_FALSE(cluster.empty());
  auto r = Run("summarize - --words 260 --fill", cluster + "\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Words(r.out), 260u);
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_GE(lines.size(), 2u);
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    const char end = lines[k].back();
    EXPECT_TRUE(end == '.' || end == '?' || end == '!' || end == '"' || end == '\'')
        << "line " << k << " cut short: " << r.out;
  }
  EXPECT_EQ(lines.back().find("The computer's hard drive"), 0u) << r.out;
}

TEST_F(SummarizeCli, BudgetsAreRespected) {
  auto words = Run("summarize '" + kExample + "' --words 40");
  ASSERT_EQ(words.code, 0) << words.err;
  EXPECT_LE(Words(words.out), 40u);
  auto fill = Run("summarize '" + kExample + "' --words 70 --fill");
  ASSERT_EQ(fill.code, 0) << fill.err;
  EXPECT_EQ(Words(fill.out), 70u);
  auto bytes = Run("summarize '" + kExample + "' --bytes 300 --fill");
  ASSERT_EQ(bytes.code, 0) << bytes.err;
  std::string joined;  // bytes are counted without line breaks, as ROUGE -b does
  for (char c : bytes.out)
    if (c != '\n') joined += c;
  EXPECT_LE(joined.size(), 300u);
  EXPECT_GE(joined.size(), 290u);
  auto sentences = Run("summarize '" + kExample + "' --sentences 2");
  ASSERT_EQ(sentences.code, 0);
  EXPECT_EQ(std::count(sentences.out.begin(), sentences.out.end(), '\n'), 2);
}

TEST_F(SummarizeCli, MarkdownHasCitationsAndSources) {
  auto r = Run("summarize '" + kExample + "' --format markdown");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("[1]"), std::string::npos);
  EXPECT_NE(r.out.find("**Sources**"), std::string::npos);
  EXPECT_NE(r.out.find("\n1. "), std::string::npos);
}

TEST_F(SummarizeCli, ExplainListsRemovals) {
  auto r = Run("summarize '" + kExample + "' --format json --explain");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  std::set<std::string> reasons;
  for (const auto& x : j["removed"]) reasons.insert(x["reason"]);
  for (const char* reason :
       {"paywall", "timestamp", "byline", "unrelated story", "dateline", "template placeholder"})
    EXPECT_TRUE(reasons.count(reason)) << reason;
  auto text = Run("summarize '" + kExample + "' --explain");
  EXPECT_NE(text.err.find("removed ["), std::string::npos);
}

TEST_F(SummarizeCli, OrderRelevanceAndDeterminism) {
  auto a = Run("summarize '" + kExample + "' --order relevance --format json");
  auto b = Run("summarize '" + kExample + "' --order relevance --format json");
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  auto j = nlohmann::json::parse(a.out);
  for (std::size_t i = 1; i < j["summary"].size(); ++i)
    EXPECT_GE(j["summary"][i - 1]["score"].get<double>(), j["summary"][i]["score"].get<double>());
}

TEST_F(SummarizeCli, SingleArticleWorks) {
  File("one.txt",
       "Bridge shut after cracks found\n\nThe city closed its main bridge on Tuesday after "
       "inspectors found cracks in two supports.\n\nEngineers said repairs could take months.\n");
  auto r = Run("summarize one.txt --words 30");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("The city closed its main bridge"), std::string::npos);
}

TEST_F(SummarizeCli, LargeArticleWorks) {
  std::string big;
  for (int i = 0; big.size() < 5u << 20; ++i)
    big += "Paragraph " + std::to_string(i) +
           " says the council met again on Tuesday to discuss "
           "the bridge repairs and the cost of the work.\n\n";
  File("big.txt", big);
  auto r = Run("summarize big.txt --words 50");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_FALSE(r.out.empty());
}

// A cluster large enough to be prepared and cleaned on several threads
// gives the summary, removals and stats of one thread.
TEST_F(SummarizeCli, ALargeClusterGivesTheSameSummaryOnAnyNumberOfThreads) {
  const std::vector<std::string> bank = {
      "The city closed the harbor bridge on Tuesday after inspectors found cracks.",
      "Officials said traffic would go through the tunnel for several months.",
      "Ferries added sailings while commuters ( photo: jane doe, ap ) waited in queues.",
      "Repairs could cost as much as $ 40 million, according to the council's estimate.",
  };
  std::string jsonl = "{\"id\":\"c\",\"documents\":[";
  for (int d = 0; d < 160; ++d) {
    std::string text = "Advertisement\\n\\n";
    for (int k = 0; k < 60; ++k)
      text += bank[(d + k) % bank.size()] + " Witness" + std::to_string(d * 50 + k) + " agreed. ";
    jsonl += std::string(d == 0 ? "" : ",") + "{\"id\":\"d" + std::to_string(d) + "\",\"text\":\"" +
             text + "\"}";
  }
  jsonl += "]}\n";
  File("big.jsonl", jsonl);
  auto one = Run("summarize big.jsonl --threads 1 --format json --explain --words 80");
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_NE(one.out.find("photo: jane doe"), std::string::npos);  // removed, and said so
  for (const char* threads : {"2", "3", "0"})
    EXPECT_EQ(Run(std::string("summarize big.jsonl --format json --explain --words 80 --threads ") +
                  threads)
                  .out,
              one.out)
        << threads;
}

TEST_F(SummarizeCli, InvalidUtf8IsRepairedWithAWarning) {
  File("bad.txt",
       "The council closed the bridge on Tuesday after finding cracks \xFF\xFE in it.\n");
  auto r = Run("summarize bad.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("bad.txt"), std::string::npos);
  EXPECT_NE(r.err.find("UTF-8"), std::string::npos);
  EXPECT_NE(r.out.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST_F(SummarizeCli, InputErrorsExitOneWithOneLine) {
  File("bin.dat", std::string("\x7F"
                              "ELF\0\0\0\0\x01\x02",
                              10));
  fs::create_directories(dir_ / "empty");
  for (const std::string& args :
       {std::string("summarize missing.txt"), std::string("summarize bin.dat"),
        std::string("summarize empty")}) {
    auto r = Run(args);
    EXPECT_EQ(r.code, 1) << args;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << args;
  }
  EXPECT_NE(Run("summarize missing.txt").err.find("missing.txt"), std::string::npos);
}

TEST_F(SummarizeCli, UsageErrorsExitTwo) {
  for (const std::string& args : std::vector<std::string>{
           "summarize", "summarize x --bogus", "summarize x -m nosuch", "summarize x --format pdf",
           "summarize x --input-format doc", "summarize x --words 0", "summarize x --order random",
           "summarize x --language klingon", "summarize x --words 10 --bytes 10", "frobnicate",
           "summarize x --threads -1", "summarize x --threads 65"}) {
    auto r = Run(args);
    EXPECT_EQ(r.code, 2) << args << ": " << r.err;
    EXPECT_FALSE(r.err.empty()) << args;
    EXPECT_LE(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
  }
  auto help = Run("summarize --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--method"), std::string::npos);
}

// Encodings end to end: UTF-16 with a byte order mark, an HTML page in its
// declared Latin-1, undeclared windows-1252 text (one warning naming the
// file and the charset), all summarized with their accented letters.
TEST_F(SummarizeCli, ReadsUtf16AndLegacyCharsets) {
  const std::string story =
      "The caf\u00e9 on the harbour front closed on Monday after the storm flooded its kitchen, "
      "the owner said.";
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < story.size();) {
    unsigned char c = static_cast<unsigned char>(story[i]);
    char16_t unit = c;
    if (c >= 0xC0) {  // the 2-byte sequence of U+00E9
      unit = static_cast<char16_t>(((c & 0x1F) << 6) | (story[i + 1] & 0x3F));
      ++i;
    }
    ++i;
    utf16 += static_cast<char>(unit & 0xFF);
    utf16 += static_cast<char>(unit >> 8);
  }
  File("utf16.txt", utf16);
  auto r = Run("summarize utf16.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, story + "\n");
  EXPECT_EQ(r.err, "");

  File("latin1.html",
       "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9 closed</title></head><body>"
       "<p>The caf\xE9 on the harbour front closed on Monday after the storm flooded its "
       "kitchen, the owner said.</p></body></html>");
  r = Run("summarize latin1.html");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, story + "\n");
  EXPECT_EQ(r.err, "");

  File("cp1252.txt",
       "Le pr\xE9sident a annonc\xE9 mercredi une r\xE9"
       "forme tr\xE8s attendue des retraites, apr\xE8s des mois de gr\xE8ve.\n");
  r = Run("summarize cp1252.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("r\u00e9forme tr\u00e8s"), std::string::npos) << r.out;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find("cp1252.txt: not UTF-8; read as windows-1252"), std::string::npos) << r.err;
}

// Binary data after a long text head is refused like any binary file.
TEST_F(SummarizeCli, BinaryAfterTextIsRefused) {
  std::string text;
  while (text.size() < 20000)
    text += "The council met again on Tuesday to discuss the bridge repairs.\n\n";
  static const char kElf[] =
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0";
  File("tail.txt", text + std::string(kElf, sizeof kElf - 1));
  auto r = Run("summarize tail.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("binary data, not text"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

// Terminal commands in article text (raw, HTML references, JSON escapes)
// never reach the output, in any output format.
TEST_F(SummarizeCli, NoControlCharactersReachTheOutput) {
  File("raw.txt",
       "Storm hits coast\n\nThe storm \x1b[2Jflooded the northern coast on Monday, cutting power "
       "to thousands of homes.\x07\n");
  File("refs.html",
       "<html><body><p>Rescue teams&#x1b;]0;pwned&#x7; evacuated more than 2,000 people from "
       "low-lying villages, officials said.</p></body></html>");
  File("escapes.jsonl",
       "{\"id\": \"c\", \"documents\": [{\"id\": \"d\", \"title\": \"T\\u001b[31m\", \"text\": "
       "\"The utility said power would be back\\u0007 by Friday \\ud800in most towns.\"}]}\n");
  for (const char* format : {"text", "markdown", "json"}) {
    for (const char* file : {"raw.txt", "refs.html", "escapes.jsonl"}) {
      auto r = Run(std::string("summarize ") + file + " --format " + format);
      ASSERT_EQ(r.code, 0) << file << ": " << r.err;
      for (char c : r.out)
        EXPECT_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == '\x7f')
            << file << " " << format << ": " << r.out;
      EXPECT_EQ(r.out.find("\\u001b"), std::string::npos) << r.out;
      EXPECT_EQ(r.out.find("\\u0007"), std::string::npos) << r.out;
    }
  }
  auto r = Run("summarize escapes.jsonl");
  EXPECT_NE(r.err.find("escapes.jsonl:1: 1 unpaired surrogate escapes replaced with U+FFFD"),
            std::string::npos)
      << r.err;
}

TEST_F(SummarizeCli, JapaneseIsSummarizedWithCharactersAsWords) {
  // No spaces between words and sentences ending in 。: each character
  // counts as a word, so a 20-word budget takes one short sentence.
  File("ja.txt",
       "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE5\xA4\xA7\xE3\x81\x8D\xE3\x81\xAA"
       "\xE5\x9C\xB0\xE9\x9C\x87\xE3\x81\x8C\xE3\x81\x82\xE3\x81\xA3\xE3\x81\x9F"
       "\xE3\x80\x82\xE5\xA4\x9A\xE3\x81\x8F\xE3\x81\xAE\xE4\xBA\xBA\xE3\x81\x8C"
       "\xE9\x81\xBF\xE9\x9B\xA3\xE3\x81\x97\xE3\x81\x9F\xEF\xBC\x81\n");
  auto r = Run("summarize ja.txt --words 20");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE5\xA4\xA7\xE3\x81\x8D\xE3\x81\xAA"
            "\xE5\x9C\xB0\xE9\x9C\x87\xE3\x81\x8C\xE3\x81\x82\xE3\x81\xA3\xE3\x81\x9F"
            "\xE3\x80\x82\n");
  // A page with ruby readings (<rt>) gives the text without them.
  File("ruby.html",
       "<html><body><p><ruby>\xE6\x9D\xB1\xE4\xBA\xAC<rt>\xE3\x81\xA8\xE3\x81\x86"
       "\xE3\x81\x8D\xE3\x82\x87\xE3\x81\x86</rt></ruby>\xE3\x81\xA7\xE5\xA4\xA7"
       "\xE3\x81\x8D\xE3\x81\xAA\xE5\x9C\xB0\xE9\x9C\x87\xE3\x81\x8C\xE3\x81\x82"
       "\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82</p></body></html>");
  auto ruby = Run("summarize ruby.html --words 20");
  ASSERT_EQ(ruby.code, 0) << ruby.err;
  EXPECT_EQ(ruby.out, r.out);
}

}  // namespace
}  // namespace precis::testing
