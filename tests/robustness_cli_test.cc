// Hostile and careless input to `precis summarize`: each case ends with one
// clear line (or a correct summary) and the right exit code, in bounded time
// and memory. Inputs are generated here, not committed.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

using RobustnessCli = CliTest;

std::string Repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

// A short, ordinary article to pad clusters with.
const char* const kArticle =
    "Bridge Reopens\n\nThe harbor bridge reopened on Monday after six weeks of repairs to its "
    "deck. City officials said traffic was moving normally by the evening rush hour. Engineers "
    "replaced forty steel plates and repainted the railings during the closure.\n";

TEST_F(RobustnessCli, DeeplyNestedOrAttributeHeavyPagesAreRefusedInOneLine) {
  std::string attributes = "<html><body><p";
  for (int i = 0; i < 40000; ++i) attributes += " a" + std::to_string(i) + "=1";
  std::string bold = "<html><body>";
  for (int i = 0; i < 40000; ++i) bold += "<b id=" + std::to_string(i) + ">";
  File("objects.html", "<html><body>" + Repeat("<object>", 300000) + "x</body></html>");
  File("tables.html", "<html><body>" + Repeat("<table><tr><td>", 100000) + "x</body></html>");
  File("divs.html", "<html><body>" + Repeat("<div>", 100000) + "x" + Repeat("</div>", 100000));
  File("attributes.html", attributes + ">x</p></body></html>");
  File("bold.html", bold + "x</body></html>");
  for (const char* name : {"objects", "tables", "divs", "attributes", "bold"}) {
    auto r = RunBounded(std::string("summarize ") + name + ".html", 60, 2048);
    EXPECT_EQ(r.code, 1) << name << ": " << r.err;
    EXPECT_EQ(Lines(r.err), 1u) << r.err;
    EXPECT_NE(r.err.find(std::string(name) + ".html: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("the limit is"), std::string::npos) << r.err;
  }
}

// Sentences over a 30-word vocabulary make every term common; finding
// near-duplicates among them was quadratic (a 10 MB article took 51 s).
TEST_F(RobustnessCli, SmallVocabularyTextIsSummarizedInLinearTime) {
  std::string text = "Few Words Here\n\n";
  unsigned state = 7;
  while (text.size() < (2u << 20)) {
    state = state * 1103515245u + 12345u;
    std::size_t n = 8 + (state >> 16) % 12;
    for (std::size_t k = 0; k < n; ++k) {
      state = state * 1103515245u + 12345u;
      std::string w = "w" + std::to_string((state >> 16) % 30);
      if (k == 0) w[0] = 'W';
      text += w + (k + 1 < n ? " " : ". ");
    }
  }
  File("few.txt", text);
  auto r = RunBounded("summarize few.txt", 120, 2048);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_GE(Lines(r.out), 3u);
}

TEST_F(RobustnessCli, BudgetsAndLimitsOutOfRangeAreUsageErrors) {
  File("a.txt", kArticle);
  for (const char* flags :
       {"--words -1", "--words 0", "--words 18446744073709551615", "--words 4294967296",
        "--bytes 1000001", "--sentences -3", "--time-limit nan", "--time-limit inf",
        "--time-limit -1", "--max-file-mb 0", "--max-documents -5"}) {
    auto r = Run(std::string("summarize a.txt ") + flags);
    EXPECT_EQ(r.code, 2) << flags << ": " << r.out << r.err;
    EXPECT_EQ(Lines(r.err), 1u) << flags << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << flags;
  }
}

TEST_F(RobustnessCli, NothingFitsInTheBudgetIsAnError) {
  File("a.txt", kArticle);
  auto r = Run("summarize a.txt --bytes 1");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_EQ(r.err,
            "precis summarize: a: no sentence fits in the budget of 1 byte (the shortest has "
            "73)\n");
  // One sentence of 20,000 words with no period.
  File("long.txt", "Long Title\n\n" + Repeat("word and ", 10000) + "more words\n");
  r = RunBounded("summarize long.txt --words 100", 60, 2048);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.err.find("no sentence fits in the budget of 100 words"), std::string::npos) << r.err;
}

// A "word" of a megabyte could fill a one-hundred-word summary.
TEST_F(RobustnessCli, NoSummarySentenceHoldsAGiantWord) {
  File("a.txt", kArticle);
  File("b.txt", "Giant Word\n\nThe harbor bridge reopened with " + std::string(1 << 20, 'x') +
                    " on its deck, officials said on Monday evening.\n");
  auto r = RunBounded("summarize a.txt b.txt --words 100", 60, 2048);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_LT(r.out.size(), 2000u);
}

TEST_F(RobustnessCli, MarkdownShowsPageTextAsText) {
  File("a.txt",
       "Bridge Reopens\n\nThe harbor bridge reopened on Monday <script>alert(1)</script> after "
       "six weeks of repairs. Officials said [the traffic](javascript:alert(1)) was moving "
       "normally by the evening rush hour. <img src=x onerror=alert(1)> Engineers replaced forty "
       "steel plates during the closure.\n");
  auto r = Run("summarize a.txt --format markdown");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("<script"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("<img"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("[the traffic]("), std::string::npos) << r.out;
}

TEST_F(RobustnessCli, NamesWithControlCharactersStayOnOneLine) {
  auto r = Run("summarize \"$(printf 'no\\nsuch\\033[31m.txt')\"");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis summarize: no\\nsuch\\x1b[31m.txt: no such file or folder\n");
}

TEST_F(RobustnessCli, AClusterWithNothingLeftIsSkippedWithAWarning) {
  std::string good = "{\"id\": \"good\", \"documents\": [{\"id\": \"d1\", \"text\": \"" +
                     std::string(
                         "The harbor bridge reopened on Monday after six weeks of repairs to its "
                         "deck. City officials said traffic was moving normally by the evening.") +
                     "\"}]}\n";
  std::string empty =
      "{\"id\": \"furniture\", \"documents\": [{\"id\": \"d2\", \"text\": \"Share on "
      "Facebook\"}]}\n";
  File("set.jsonl", empty + good);
  auto r = Run("summarize set.jsonl");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("# good\nThe harbor bridge"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("# furniture"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("precis summarize: warning: skipped furniture: no sentences left to "
                       "summarize after cleaning (1 document"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  File("bad.jsonl", empty);
  r = Run("summarize bad.jsonl");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
}

TEST_F(RobustnessCli, APageWithoutArticleTextSaysSo) {
  File("nav.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
  auto r = Run("summarize nav.html");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err,
            "precis summarize: no documents found in nav.html (nav.html: no article text, "
            "skipped)\n");
}

TEST_F(RobustnessCli, InputLimitsNameTheirFlag) {
  File("a.txt", kArticle);
  File("big.txt", "Big One\n\n" + Repeat("The bridge reopened on Monday after repairs. ", 50000));
  auto r = Run("summarize a.txt big.txt --max-document-mb 1");
  EXPECT_EQ(r.code, 3);  // limit exceeded
  EXPECT_NE(r.err.find("big.txt: document 'big' has"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--max-document-mb raises it"), std::string::npos) << r.err;
  r = Run("summarize a.txt big.txt --max-total-mb 1");
  EXPECT_EQ(r.code, 3);  // limit exceeded
  EXPECT_NE(r.err.find("--max-total-mb"), std::string::npos) << r.err;
  r = Run("summarize a.txt big.txt --max-documents 1");
  EXPECT_EQ(r.code, 3);  // limit exceeded
  EXPECT_NE(r.err.find("--max-documents"), std::string::npos) << r.err;
  EXPECT_EQ(Run("summarize a.txt big.txt --max-document-mb 4").code, 0);
}

// The commands, the input formats and the exit codes come from the registries.
TEST_F(RobustnessCli, HelpAndUnknownCommandsListTheRegistries) {
  auto r = Run("--help");
  EXPECT_EQ(r.code, 0);
  for (const char* line : {"\n  summarize   ", "\n  timeline    ", "\n  jsonl       ",
                           "\n  3  input beyond a limit", "\n  4  internal error"})
    EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n" << r.out;
  r = Run("summarise a.txt");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "precis: unknown command 'summarise' (expected summarize, timeline, figures, extract, "
            "rouge, eval, serve, ingest, stories, story; try 'precis --help')\n");
  r = Run("summarize a.txt -i xml");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("(expected auto, text, html, sgml, multinews or jsonl)"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace precis::testing
