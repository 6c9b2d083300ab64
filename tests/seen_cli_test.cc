// `precis summarize NEW --seen OLD` and JSONL "seen": an update summary of
// what the new articles add, citing only them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>
#include <string>

#include "cli_test_util.h"

namespace precis::testing {
namespace {

using SeenCli = CliTest;

const std::string kOld =
    "The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
    "supports.\n\nTraffic was sent through the tunnel while engineers studied the damage.\n";
const std::string kNew =
    "The city closed the harbor bridge on Tuesday after inspectors found cracks in two steel "
    "supports.\n\nThe council voted on Friday to spend four million dollars on new steel beams "
    "for the bridge.\n\nTraffic was sent through the tunnel while engineers studied the "
    "damage.\n";

TEST_F(SeenCli, SummarizesWhatIsNew) {
  File("old/a.txt", kOld);
  File("new/b.txt", kNew);
  auto plain = Run("summarize new --words 20");
  ASSERT_EQ(plain.code, 0) << plain.err;
  EXPECT_NE(plain.out.find("closed the harbor bridge"), std::string::npos) << plain.out;
  auto update = Run("summarize new --words 20 --seen old");
  ASSERT_EQ(update.code, 0) << update.err;
  EXPECT_TRUE(update.err.empty()) << update.err;
  EXPECT_EQ(update.out,
            "The council voted on Friday to spend four million dollars on new steel beams for "
            "the bridge.\n");
}

TEST_F(SeenCli, SeveralSeenSourcesAndErrorsNameTheFlag) {
  File("old/a.txt", kOld);
  File("old2.txt", kOld);
  File("new/b.txt", kNew);
  EXPECT_EQ(Run("summarize new --words 20 --seen old old2.txt").code, 0);
  auto r = Run("summarize new --seen missing.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.rfind("precis summarize: --seen: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  // Everything already read: nothing new to say.
  r = Run("summarize old --seen old2.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("nothing new to summarize"), std::string::npos) << r.err;
  // The same documents as new and as read, short sentences too ("Our
  // frustration is intense as well." is too short to compare by its terms).
  const std::string syria = SharedDir() + "/examples/syria-talks";
  r = Run("summarize '" + syria + "' --seen '" + syria + "'");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.err.find("nothing new to summarize"), std::string::npos) << r.err;
}

TEST_F(SeenCli, AMethodThatOnlyDropsRepeatsSaysSo) {
  File("old/a.txt", kOld);
  File("new/b.txt", kNew);
  auto r = Run("summarize new --words 20 --seen old -m lead");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "precis summarize: warning: method lead drops sentences already read but does not "
            "weigh what is new (these do: coverage)\n");
}

// The DUC 2007 update clusters carry "seen": citations point only into the
// new documents.
TEST_F(SeenCli, JsonlSeenIsUsedAndNeverCited) {
  const std::string set = SharedDir() + "/data/duc2007-update-dev/clusters.jsonl";
  auto r = Run("summarize '" + set + "' --words 100 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  int updates = 0;
  while (std::getline(lines, line)) {
    auto summary = nlohmann::json::parse(line);
    std::set<std::string> ids;
    for (const auto& d : summary["documents"]) ids.insert(d["id"].get<std::string>());
    for (const auto& s : summary["summary"])
      EXPECT_TRUE(ids.count(s["document"].get<std::string>())) << line.substr(0, 200);
    updates += summary["cluster"].get<std::string>().back() != 'A';
  }
  EXPECT_EQ(updates, 6);
}

}  // namespace
}  // namespace precis::testing
