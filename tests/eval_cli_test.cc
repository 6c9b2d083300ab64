// End-to-end tests of `precis eval`: a small run on DUC 2002, --out files,
// --compare, and errors.
#include "cli_test_util.h"

namespace precis::testing {
namespace {

using EvalCli = CliTest;

const std::string Duc2002() { return SharedDir() + "/data/duc2002/clusters.jsonl"; }

TEST_F(EvalCli, ScoresWritesAndCompares) {
  auto a = Run("eval '" + Duc2002() + "' --limit 4 -m lead --out runA");
  ASSERT_EQ(a.code, 0) << a.err;
  for (const char* m : {"ROUGE-1 ", "ROUGE-2 ", "ROUGE-L ", "ROUGE-SU4 ", "clusters/s", "recall"})
    EXPECT_NE(a.out.find(m), std::string::npos) << m << "\n" << a.out;
  EXPECT_TRUE(fs::exists(dir_ / "runA/report.txt"));
  EXPECT_TRUE(fs::exists(dir_ / "runA/summaries/d061j.txt"));
  std::string csv = Slurp(dir_ / "runA/scores.csv");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5);
  auto b = Run("eval '" + Duc2002() + "' --limit 4 -m ilp -j 2 --out runB");
  ASSERT_EQ(b.code, 0) << b.err;
  auto c = Run("eval --compare runA runB");
  ASSERT_EQ(c.code, 0) << c.err;
  EXPECT_NE(c.out.find("ROUGE-2"), std::string::npos);
  EXPECT_NE(c.out.find("p(boot)"), std::string::npos);
}

TEST_F(EvalCli, MultiNewsUsesFMeasure) {
  auto r =
      Run("eval '" + SharedDir() + "/data/multinews-val/clusters.jsonl' --limit 3 --words 260");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("F-measure"), std::string::npos);
}

TEST_F(EvalCli, Errors) {
  EXPECT_EQ(Run("eval").code, 2);
  EXPECT_EQ(Run("eval x.jsonl --jobs 0").code, 2);
  EXPECT_EQ(Run("eval x.jsonl --measure g").code, 2);
  auto missing = Run("eval missing.jsonl");
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("missing.jsonl"), std::string::npos);
  EXPECT_EQ(Run("eval --compare nowhere alsonowhere").code, 1);
}

}  // namespace
}  // namespace precis::testing
