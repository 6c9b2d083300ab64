#include "rouge/rouge_command_line.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

Result<RougeCommandLine> Parse(const std::string& s) {
  return ParseRougeCommandLine(SplitOptionString(s));
}

TEST(RougeCommandLine, TheDucCommand) {
  Result<RougeCommandLine> c =
      Parse("-e /opt/rouge/data -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d x.xml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->options.max_ngram, 4);
  EXPECT_EQ(*c->options.wlcs_weight, 1.2);
  EXPECT_EQ(c->options.wlcs_weight_label, "1.2");
  EXPECT_TRUE(c->options.stem);
  EXPECT_EQ(*c->options.skip_distance, 4);
  EXPECT_TRUE(c->options.skip_unigrams);
  EXPECT_FALSE(c->options.best_model);
  EXPECT_TRUE(c->all_systems);
  EXPECT_TRUE(c->per_eval);
  EXPECT_EQ(c->positional, (std::vector<std::string>{"x.xml"}));
}

TEST(RougeCommandLine, BundlesAndAttachedValues) {
  Result<RougeCommandLine> c = Parse("-amxd -n2 -l100 -2 -1 -fB config.xml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(c->all_systems && c->options.stem && c->per_eval);
  EXPECT_FALSE(c->options.lcs);
  EXPECT_EQ(c->options.max_ngram, 2);
  EXPECT_EQ(c->options.word_limit, 100);
  EXPECT_EQ(*c->options.skip_distance, -1);
  EXPECT_TRUE(c->options.best_model);
  c = Parse("-c 99.5 -z SPL list.txt sysX");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->confidence_label, "99.5");
  EXPECT_EQ(*c->file_list, InputFormat::kSpl);
}

TEST(RougeCommandLine, PeerAndRefs) {
  Result<RougeCommandLine> c = Parse("--peer p.txt --ref a.txt --ref=b.txt -n 2 --format json");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->peer_file, "p.txt");
  EXPECT_EQ(c->ref_files, (std::vector<std::string>{"a.txt", "b.txt"}));
  EXPECT_EQ(c->format, ReportFormat::kJson);
  EXPECT_FALSE(Parse("--peer p.txt").ok());
  EXPECT_FALSE(Parse("--ref p.txt").ok());
  EXPECT_FALSE(Parse("--peer p.txt --ref a --format xml").ok());
}

TEST(RougeCommandLine, UsageErrors) {
  for (const char* bad :
       {"", "config.xml", "-a", "-n", "-n x -a c.xml", "-t 1 -a c.xml", "-l 10 -b 10 -a c.xml",
        "-f C -a c.xml", "-p 2 -a c.xml", "-c 101 -a c.xml", "-w 0 -a c.xml", "-r 0 -a c.xml",
        "-q -a c.xml", "--bogus -a c.xml", "-3 HM -a c.xml", "-M -a c.xml", "-a c.xml sys extra",
        "-z XML list"}) {
    Result<RougeCommandLine> c = Parse(bad);
    EXPECT_FALSE(c.ok()) << bad;
    if (!c.ok()) {
      EXPECT_EQ(c.status().exit_code(), 2) << bad;
      EXPECT_EQ(c.status().message().find('\n'), std::string::npos) << bad;
    }
  }
  EXPECT_TRUE(Parse("-t 0 -a c.xml").ok());
  EXPECT_TRUE(Parse("c.xml sysA").ok());
  EXPECT_TRUE(Parse("-h").ok());
}

}  // namespace
}  // namespace precis::rouge
