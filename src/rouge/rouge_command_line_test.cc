#include "rouge/rouge_command_line.h"

#include <string>
#include <utility>
#include <vector>

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

// Every numeric option: out of range, overflowing, not a number, nan, inf.
TEST(RougeCommandLine, NumericOptionsAreBounded) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"-n 21", "bad value '21' for -n (expected an n-gram size from 0 to 20)"},
      {"-n 1000000", "bad value '1000000' for -n (expected an n-gram size from 0 to 20)"},
      {"-n -1", "bad value '-1' for -n (expected an n-gram size from 0 to 20)"},
      {"-n 99999999999999999999",
       "bad value '99999999999999999999' for -n (expected an n-gram "
       "size from 0 to 20)"},
      {"-r 0", "bad value '0' for -r (expected a number of resamples from 1 to 100000)"},
      {"-r 100001", "bad value '100001' for -r (expected a number of resamples from 1 to 100000)"},
      {"-r 1000000000",
       "bad value '1000000000' for -r (expected a number of resamples from 1 to 100000)"},
      {"-w 5.5", "bad value '5.5' for -w (expected a weight greater than 0 and at most 5)"},
      {"-w 1e308", "bad value '1e308' for -w (expected a weight greater than 0 and at most 5)"},
      {"-w nan", "bad value 'nan' for -w (expected a weight greater than 0 and at most 5)"},
      {"-w -1", "bad value '-1' for -w (expected a weight greater than 0 and at most 5)"},
      {"-c nan", "bad value 'nan' for -c (expected a confidence level from 0 to 100)"},
      {"-c -1", "bad value '-1' for -c (expected a confidence level from 0 to 100)"},
      {"-c inf", "bad value 'inf' for -c (expected a confidence level from 0 to 100)"},
      {"-p inf", "bad value 'inf' for -p (expected alpha from 0 to 1)"},
      {"-p -0.1", "bad value '-0.1' for -p (expected alpha from 0 to 1)"},
      {"-p 1e999", "bad value '1e999' for -p (expected alpha from 0 to 1)"},
      {"-l -1", "bad value '-1' for -l (expected a number of words from 0 to 2147483647)"},
      {"-l 2147483648",
       "bad value '2147483648' for -l (expected a number of words from 0 to 2147483647)"},
      {"-b 1x", "bad value '1x' for -b (expected a number of bytes from 0 to 2147483647)"},
      {"-2 4.5",
       "bad value '4.5' for -2 (expected a skip distance from -2147483648 to "
       "2147483647 (< 0: unlimited))"},
  };
  for (const auto& [args, message] : cases) {
    Result<RougeCommandLine> c = Parse(args + " -a c.xml");
    ASSERT_FALSE(c.ok()) << args;
    EXPECT_EQ(c.status().exit_code(), 2) << args;
    EXPECT_EQ(c.status().message(), message) << args;
  }
  for (const char* good : {"-n 0", "-n 20", "-r 1", "-r 100000", "-w 5", "-w 0.001", "-c 0",
                           "-c 100", "-p 0", "-p 1", "-p 1e-320", "-l 2147483647", "-2 -1"}) {
    EXPECT_TRUE(Parse(std::string(good) + " -a c.xml").ok()) << good;
  }
}

}  // namespace
}  // namespace precis::rouge
