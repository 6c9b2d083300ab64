// End-to-end tests of `precis extract`: the cleaned article of each document,
// with its metadata, as text, Markdown and JSON lines; the same cleaning as
// `precis summarize`; errors.
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

constexpr const char* kPage =
    "<html lang='en'><head><title>Bridge shut | Gazette</title>"
    "<link rel='canonical' href='https://gazette.example/bridge'>"
    "<meta name='author' content='Ann Reporter'>"
    "<meta property='article:published_time' content='2024-04-10T08:00:00Z'></head>"
    "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Bridge shut</h1>"
    "<p>The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
    "supports.</p><p>The mayor said the bridge would stay shut until engineers said it was "
    "safe.</p><p>Subscribe now for unlimited access.</p></article></body></html>";

using ExtractCli = CliTest;

TEST_F(ExtractCli, JsonLinesCarryTheArticleAndItsMetadata) {
  File("bridge.html", kPage);
  File("wire.txt",
       "21/11/2011 09:29 GMT | Updated 21/11/2011 10:54 GMT\n\nTraffic was sent through the "
       "tunnel, which officials said could cope for several months.\n");
  auto r = Run("extract bridge.html wire.txt --format json --explain");
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u);
  const auto& page = lines[0];
  EXPECT_EQ(page["id"], "bridge");
  EXPECT_EQ(page["title"], "Bridge shut");
  EXPECT_EQ(page["date"], "2024-04-10T08:00:00Z");
  EXPECT_EQ(page["author"], "Ann Reporter");
  EXPECT_EQ(page["url"], "https://gazette.example/bridge");
  EXPECT_EQ(page["language"], "en");
  const std::string text = page["text"];
  EXPECT_NE(text.find("The city closed the harbor bridge"), std::string::npos);
  EXPECT_NE(text.find("\n\nThe mayor said"), std::string::npos);
  EXPECT_EQ(text.find("Home"), std::string::npos);
  EXPECT_EQ(text.find("Subscribe"), std::string::npos);
  ASSERT_TRUE(page["removed"].is_array());
  bool subscribe_removed = false;
  for (const auto& x : page["removed"])
    subscribe_removed |= x["text"].get<std::string>().find("Subscribe") != std::string::npos;
  EXPECT_TRUE(subscribe_removed);
  // A text file without metadata takes the date of its removed time stamp.
  EXPECT_EQ(lines[1]["date"], "2011-11-21");
  EXPECT_EQ(lines[1]["text"].get<std::string>().find("GMT"), std::string::npos);

  // The same cleaned text as summarize's documents.
  auto s = Run("summarize bridge.html wire.txt --format json");
  ASSERT_EQ(s.code, 0) << s.err;
  auto docs = nlohmann::json::parse(s.out)["documents"];
  EXPECT_EQ(docs[0]["text"], page["text"]);
  EXPECT_EQ(docs[1]["text"], lines[1]["text"]);
}

TEST_F(ExtractCli, TextHasATitleLineThenParagraphs) {
  File("bridge.html", kPage);
  auto r = Run("extract bridge.html");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("# Bridge shut\n\nThe city closed", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find("removed ["), std::string::npos);
  auto explained = Run("extract bridge.html --explain --format markdown");
  ASSERT_EQ(explained.code, 0) << explained.err;
  EXPECT_NE(explained.out.find("removed [bridge] "), std::string::npos) << explained.out;
}

TEST_F(ExtractCli, JsonlInputKeepsItsUrlAuthorAndLanguage) {
  File("c.jsonl",
       R"({"id": "c", "documents": [{"id": "d1", "url": "https://x.example/1", "author": "Bo",)"
       R"( "language": "sv", "text": "Ferries ran all night across the harbor after the bridge )"
       R"(closed on Tuesday."}]})"
       "\n");
  auto r = Run("extract c.jsonl --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["url"], "https://x.example/1");
  EXPECT_EQ(j["author"], "Bo");
  EXPECT_EQ(j["language"], "sv");
}

// Clusters extracted several at once come out in input order, as one
// thread gives them.
TEST_F(ExtractCli, ManyClustersOnThreadsGiveTheOutputOfOne) {
  std::ifstream in(SharedDir() + "/data/duc2002/clusters.jsonl");
  std::string input;
  int n = 0;
  for (std::string line; n < 10 && std::getline(in, line); ++n) input += line + "\n";
  File("many.jsonl", input);
  auto one = Run("extract many.jsonl --format json --explain --threads 1");
  ASSERT_EQ(one.code, 0) << one.err;
  for (const char* threads : {"2", "4"})
    EXPECT_EQ(
        Run(std::string("extract many.jsonl --format json --explain --threads ") + threads).out,
        one.out)
        << threads;
  EXPECT_EQ(Run("extract many.jsonl --threads 3").out, Run("extract many.jsonl").out);
}

TEST_F(ExtractCli, BadInputAndFlagsAreOneLineErrors) {
  auto missing = Run("extract nowhere.html");
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("nowhere.html"), std::string::npos);
  EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1);
  File("bridge.html", kPage);
  auto format = Run("extract bridge.html --format yaml");
  EXPECT_EQ(format.code, 2);
  EXPECT_NE(format.err.find("yaml"), std::string::npos);
  EXPECT_EQ(Run("extract bridge.html --query x").code, 2);  // extract takes no query
  EXPECT_EQ(Run("extract bridge.html --language klingon").code, 2);
  auto threads = Run("extract bridge.html --threads 1000");
  EXPECT_EQ(threads.code, 2);
  EXPECT_NE(threads.err.find("--threads"), std::string::npos);
  EXPECT_EQ(Run("extract bridge.html --threads 2").out, Run("extract bridge.html").out);
}

}  // namespace
}  // namespace precis::testing
