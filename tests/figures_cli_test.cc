// End-to-end tests of `precis figures` and of the figures `precis summarize`
// prints: every flag and output format, citations checked against the
// cleaned text, the seed cluster's death toll, and the error cases.
#include <nlohmann/json.hpp>
#include <set>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

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

// Three dated reports of a flood, as a cluster JSONL line: the death toll
// rises over three days, two reports of the same day disagree on the injured,
// and the cost is given twice the same.
std::string FloodJsonl(const std::string& id = "flood") {
  nlohmann::json c = {
      {"id", id},
      {"documents",
       {{{"id", "a"},
         {"date", "2014-08-02"},
         {"text",
          "Flash floods in the Årdal valley killed 12 people on Saturday, police said.\n\n"
          "At least 40 people were injured and taken to hospital.\n\n"
          "Repairs will cost $2.9 billion, the regional government said."}},
        {{"id", "b"},
         {"date", "2014-08-02"},
         {"text",
          "Rescuers said 65 people were injured in the floods, which hit the valley at dawn.\n\n"
          "The 45-year-old mayor said the damage would cost $2.9bn to repair.\n\n"
          "Call 020 7946 0958 for news of relatives."}},
        {{"id", "c"},
         {"date", "2014-08-04"},
         {"text",
          "The death toll from the floods rose to 31 on Monday, officials said.\n\n"
          "Some 3,000 residents fled their homes in 2014, the worst year since 1998."}}}}};
  return c.dump() + "\n";
}

const nlohmann::json* Find(const nlohmann::json& figures, const std::string& what) {
  for (const auto& f : figures)
    if (f["what"] == what) return &f;
  return nullptr;
}

using FiguresCli = CliTest;

TEST_F(FiguresCli, JsonGroupsFiguresWithStatusAndCitations) {
  File("flood.jsonl", FloodJsonl());
  auto r = Run("figures flood.jsonl --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_EQ(r.out.find('\n'), r.out.size() - 1);  // one line per cluster
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["cluster"], "flood");
  const auto& figures = j["figures"];

  const auto* killed = Find(figures, "killed");
  ASSERT_NE(killed, nullptr) << r.out;
  EXPECT_EQ((*killed)["unit"], "people");
  EXPECT_EQ((*killed)["status"], "series");
  ASSERT_EQ((*killed)["values"].size(), 2u);
  EXPECT_EQ((*killed)["values"][0]["value"], 12);
  EXPECT_EQ((*killed)["values"][0]["date"], "2014-08-02");
  EXPECT_EQ((*killed)["values"][1]["value"], 31);
  EXPECT_EQ((*killed)["values"][1]["date"], "2014-08-04");

  const auto* injured = Find(figures, "injured");
  ASSERT_NE(injured, nullptr);
  EXPECT_EQ((*injured)["status"], "differ");

  const auto* cost = Find(figures, "cost");
  ASSERT_NE(cost, nullptr);
  EXPECT_EQ((*cost)["unit"], "dollars");
  EXPECT_EQ((*cost)["status"], "agree");
  EXPECT_EQ((*cost)["values"][0]["value"], 2900000000LL);

  const auto* displaced = Find(figures, "displaced");
  ASSERT_NE(displaced, nullptr);
  EXPECT_EQ((*displaced)["values"][0]["mention"], "Some 3,000 residents");

  // Ages, years, phone numbers are no figures.
  for (const auto& f : figures)
    for (const auto& v : f["values"])
      for (double bad : {45.0, 2014.0, 1998.0, 20.0, 7946.0})
        EXPECT_NE(v["value"].get<double>(), bad) << v;

  // Every value cites its sentence in the cleaned text summarize prints.
  auto s = Run("summarize flood.jsonl --format json");
  ASSERT_EQ(s.code, 0) << s.err;
  auto summary = nlohmann::json::parse(s.out);
  EXPECT_EQ(summary["figures"], figures);  // the same figures in a summary's JSON
  for (const auto& f : figures) {
    for (const char* key : {"what", "unit", "values", "status"}) EXPECT_TRUE(f.contains(key));
    for (const auto& v : f["values"]) {
      for (const char* key :
           {"value", "text", "mention", "date", "document", "sentence", "start", "end"})
        EXPECT_TRUE(v.contains(key)) << key;
      std::u32string text;
      for (const auto& d : summary["documents"])
        if (d["id"] == v["document"]) text = CodePoints(d["text"].get<std::string>());
      std::size_t start = v["start"], end = v["end"];
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), CodePoints(v["text"].get<std::string>()));
      EXPECT_NE(v["text"].get<std::string>().find(v["mention"].get<std::string>()),
                std::string::npos);
    }
  }
}

TEST_F(FiguresCli, TextAndMarkdown) {
  File("flood.jsonl", FloodJsonl());
  auto text = Run("figures flood.jsonl");
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("killed (people): series\n  2014-08-02  12 people  [a, sentence 0]\n"),
            std::string::npos)
      << text.out;
  auto md = Run("figures flood.jsonl --format markdown");
  ASSERT_EQ(md.code, 0) << md.err;
  EXPECT_EQ(md.out.rfind("## flood\n\n**Figures**\n\n- **", 0), 0u) << md.out;
  EXPECT_NE(md.out.find("**Sources**"), std::string::npos);
  EXPECT_NE(md.out.find("sources differ"), std::string::npos);
  // A summary's Markdown has a short Figures section before its sources.
  auto summary = Run("summarize flood.jsonl --format markdown");
  ASSERT_EQ(summary.code, 0) << summary.err;
  auto figures_at = summary.out.find("**Figures**\n\n- **");
  ASSERT_NE(figures_at, std::string::npos) << summary.out;
  EXPECT_LT(figures_at, summary.out.find("**Sources**"));
  // Text summaries are unchanged: no figures.
  auto plain = Run("summarize flood.jsonl");
  EXPECT_EQ(plain.out.find("Figures"), std::string::npos);
}

TEST_F(FiguresCli, NoFiguresIsAnEmptyListNotAnError) {
  File("calm.txt", "Calm day\n\nNothing happened in the valley on Sunday, and nobody was hurt.\n");
  auto text = Run("figures calm.txt");
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_EQ(text.out, "no figures\n");
  auto json = Run("figures calm.txt --format json");
  EXPECT_EQ(json.code, 0);
  EXPECT_TRUE(nlohmann::json::parse(json.out)["figures"].empty());
  auto md = Run("figures calm.txt --format markdown");
  EXPECT_NE(md.out.find("No figures."), std::string::npos);
  auto summary = Run("summarize calm.txt --format json");
  ASSERT_EQ(summary.code, 0) << summary.err;
  EXPECT_TRUE(nlohmann::json::parse(summary.out)["figures"].is_array());
  EXPECT_TRUE(nlohmann::json::parse(summary.out)["figures"].empty());
}

TEST_F(FiguresCli, QueryKeepsFiguresOnIt) {
  File("flood.jsonl", FloodJsonl());
  auto r = Run("figures flood.jsonl --format json --query 'repairs cost'");
  ASSERT_EQ(r.code, 0) << r.err;
  auto figures = nlohmann::json::parse(r.out)["figures"];
  ASSERT_EQ(figures.size(), 1u) << r.out;
  EXPECT_EQ(figures[0]["what"], "cost");
  auto none = Run("figures flood.jsonl --format json --query 'football'");
  EXPECT_EQ(none.code, 0);
  EXPECT_TRUE(nlohmann::json::parse(none.out)["figures"].empty());
  EXPECT_NE(none.err.find("no figure is stated in a sentence on the query"), std::string::npos);
  auto quiet = Run("figures flood.jsonl --format json --query 'football' -q");
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;
}

TEST_F(FiguresCli, SeveralClustersFoldersAndStdin) {
  File("two.jsonl", FloodJsonl("one") + FloodJsonl("two"));
  auto json = Run("figures two.jsonl --format json");
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(std::count(json.out.begin(), json.out.end(), '\n'), 2);
  auto text = Run("figures - -i jsonl", FloodJsonl("one") + FloodJsonl("two"));
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("# one\n", 0), 0u) << text.out;
  EXPECT_NE(text.out.find("\n# two\n"), std::string::npos);
  File("news/a.txt", "Crash\n\nThe crash killed 7 people on the motorway, police said.\n");
  File("news/b.txt", "Motorway\n\nSeven people were killed in the motorway crash, police said.\n");
  auto folder = Run("figures news --format json");
  ASSERT_EQ(folder.code, 0) << folder.err;
  auto f = nlohmann::json::parse(folder.out)["figures"];
  ASSERT_EQ(f.size(), 1u) << folder.out;
  EXPECT_EQ(f[0]["status"], "agree");
  EXPECT_EQ(f[0]["values"].size(), 2u);
}

TEST_F(FiguresCli, BadValuesAreOneLineErrors) {
  File("flood.jsonl", FloodJsonl());
  for (const char* args : {"--format pdf", "--language klingon", "--input-format docx", "--bogus",
                           "--max-documents 0", "--threads -1", "--threads 65"}) {
    auto r = Run(std::string("figures flood.jsonl ") + args);
    EXPECT_EQ(r.code, 2) << args << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << args;
  }
  auto missing = Run("figures nothing-here.txt");
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1) << missing.err;
  auto no_sources = Run("figures");
  EXPECT_EQ(no_sources.code, 2);
  auto help = Run("figures --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--query"), std::string::npos);
  auto usage = Run("--help");
  EXPECT_NE(usage.out.find("figures"), std::string::npos);
}

// The seed cluster: the death toll is one group, 3,500 (21 Nov 2011, from
// the page's removed time stamp), 70,000 in two articles, and 94,000; four
// of the five articles have no date, so a series cannot be told from a
// disagreement: "differ".
TEST_F(FiguresCli, SyriaDeathTollIsOneGroup) {
  auto r = Run("figures '" + SharedDir() + "/examples/syria-talks' --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto figures = nlohmann::json::parse(r.out)["figures"];
  std::size_t groups = 0;
  for (const auto& f : figures) groups += f["what"] == "killed";
  EXPECT_EQ(groups, 1u) << r.out;
  const auto* killed = Find(figures, "killed");
  ASSERT_NE(killed, nullptr) << r.out;
  EXPECT_EQ((*killed)["unit"], "people");
  EXPECT_EQ((*killed)["status"], "differ");
  const auto& v = (*killed)["values"];
  ASSERT_EQ(v.size(), 4u) << *killed;
  EXPECT_EQ(v[0]["value"], 3500);
  EXPECT_EQ(v[0]["date"], "2011-11-21");
  EXPECT_EQ(v[0]["document"], "article-003");
  std::set<std::string> seventy;
  for (std::size_t i : {1u, 2u}) {
    EXPECT_EQ(v[i]["value"], 70000);
    seventy.insert(v[i]["document"].get<std::string>());
  }
  EXPECT_EQ(seventy.size(), 2u);
  EXPECT_EQ(v[3]["value"], 94000);
  EXPECT_EQ(v[3]["mention"], "more than 94,000 lives");
  EXPECT_NE(r.err.find("3 of 4 values of killed (people) have no date"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace precis::testing
