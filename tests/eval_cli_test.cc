// End-to-end tests of `precis eval`: a small run on DUC 2002, --out files,
// --compare, and errors.
#include <sys/stat.h>

#include <string>
#include <utility>
#include <vector>

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
  // Next to ROUGE, what a reader would notice.
  EXPECT_NE(a.out.find("readability: "), std::string::npos) << a.out;
  EXPECT_NE(a.out.find("redundant pairs"), std::string::npos) << a.out;
  std::string readable = Slurp(dir_ / "runA/readability.csv");
  EXPECT_EQ(readable.rfind("cluster,sentences,opens_dependent,dependent_alone,", 0), 0u);
  EXPECT_EQ(std::count(readable.begin(), readable.end(), '\n'), 5);
  EXPECT_NE(a.out.find("false cuts"), std::string::npos) << a.out;
  std::string cuts = Slurp(dir_ / "runA/false-cuts.tsv");
  EXPECT_EQ(cuts.rfind("cluster\tdocument\treason\theld\ttext\n", 0), 0u) << cuts;
  // Each sentence the readability counts count, with why.
  std::string flagged = Slurp(dir_ / "runA/flagged.tsv");
  EXPECT_EQ(flagged.rfind("cluster\tsentence\tflag\ttext\n", 0), 0u) << flagged;
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

// DUC 2004's convention: a budget in bytes, which ROUGE cuts with -b; the
// summaries fill it (one sentence a line; ROUGE counts the bytes of the
// lines, not the line ends).
TEST_F(EvalCli, BytesBudget) {
  auto r = Run("eval '" + Duc2002() + "' --limit 3 --bytes 665 --out bytes");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("665 bytes"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("-b 665"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("-l "), std::string::npos) << r.out;
  for (const auto& entry : fs::directory_iterator(dir_ / "bytes/summaries")) {
    std::string summary = Slurp(entry.path());
    std::erase(summary, '\n');
    EXPECT_LE(summary.size(), 665u) << entry.path();
    EXPECT_GE(summary.size(), 600u) << entry.path();
  }
  auto both = Run("eval '" + Duc2002() + "' --words 100 --bytes 665");
  EXPECT_EQ(both.code, 2);
  EXPECT_NE(both.err.find("--bytes"), std::string::npos) << both.err;
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

// Every numeric flag: refused before anything is read, in one line naming it.
TEST_F(EvalCli, NumericFlagsOutOfRangeAreUsageErrors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--words -1", "--words: Value -1 not in range 1 to 1000000"},
      {"--words 0", "--words: Value 0 not in range 1 to 1000000"},
      {"--words 18446744073709551615",
       "--words: Value 18446744073709551615 not in range 1 to 1000000"},
      {"--words 1000001", "--words: Value 1000001 not in range 1 to 1000000"},
      {"--bytes 0", "--bytes: Value 0 not in range 1 to 1000000"},
      {"--limit 0", "--limit: Value 0 not in range 1 to 1000000000"},
      {"--limit -3", "--limit: Value -3 not in range 1 to 1000000000"},
      {"--jobs 0", "--jobs: Value 0 not in range 1 to 1024"},
      {"--jobs 100000", "--jobs: Value 100000 not in range 1 to 1024"},
      {"--jobs 99999999999", "--jobs: Value 99999999999 not in range 1 to 1024"},
      {"--time-limit nan", "--time-limit: Value nan not in range 0 to 86400"},
      {"--time-limit inf", "--time-limit: Value inf not in range 0 to 86400"},
      {"--time-limit -1", "--time-limit: Value -1 not in range 0 to 86400"},
  };
  for (const auto& [args, message] : cases) {
    auto r = Run("eval missing.jsonl " + args);
    EXPECT_EQ(r.code, 2) << args;
    EXPECT_TRUE(r.out.empty()) << args;
    EXPECT_EQ(r.err, "precis eval: " + message + " (try --help)\n") << args;
  }
}

// More jobs than clusters: one thread per cluster (--jobs 100000 used to
// start 100000 threads and abort).
TEST_F(EvalCli, JobsAreCappedAtTheClusters) {
  auto r = Run("eval '" + Duc2002() + "' --limit 2 -m lead --jobs 1024");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("(2 clusters in "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" s, 2 jobs)"), std::string::npos) << r.out;
}

// An --out that cannot be written fails before the run (nothing on stdout),
// in one line naming the path.
TEST_F(EvalCli, UnwritableOutFailsBeforeTheRun) {
  File("file.txt", "x");
  fs::create_directories(dir_ / "runC/scores.csv");
  fs::create_directories(dir_ / "runD/report.txt");
  fs::create_directories(dir_ / "runE/readability.csv");
  fs::create_directories(dir_ / "runF/false-cuts.tsv");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"file.txt", "file.txt: cannot write (not a folder)"},
      {"/dev/null", "/dev/null: cannot write (not a folder)"},
      {"file.txt/run", "file.txt/run: cannot write (Not a directory)"},
      {"runC", "runC/scores.csv: cannot write (Is a directory)"},
      {"runD", "runD/report.txt: cannot write (Is a directory)"},
      {"runE", "runE/readability.csv: cannot write (Is a directory)"},
      {"runF", "runF/false-cuts.tsv: cannot write (Is a directory)"},
  };
  for (const auto& [out, message] : cases) {
    auto r = Run("eval '" + Duc2002() + "' --limit 2 -m lead --out " + out);
    EXPECT_EQ(r.code, 1) << out;
    EXPECT_TRUE(r.out.empty()) << out << ": " << r.out;
    EXPECT_EQ(r.err, "precis eval: " + message + "\n") << out;
  }
  EXPECT_EQ(Slurp(dir_ / "file.txt"), "x");
  // The probe leaves nothing behind; a missing data set is reported first.
  EXPECT_FALSE(fs::exists(dir_ / "runC/report.txt"));
  EXPECT_FALSE(fs::exists(dir_ / "runD/scores.csv"));
  auto missing = Run("eval missing.jsonl --out runH");
  EXPECT_EQ(missing.code, 1);
  EXPECT_FALSE(fs::exists(dir_ / "runH"));
}

// A summary file that cannot be written is an error, not a silent gap.
TEST_F(EvalCli, FailedSummaryWriteIsAnError) {
  fs::create_directories(dir_ / "runE/summaries/d061j.txt");
  auto r = Run("eval '" + Duc2002() + "' --limit 2 -m lead --out runE");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis eval: runE/summaries/d061j.txt: cannot write (Is a directory)\n");
}

// The data set: a FIFO without a writer used to block, /dev/zero was read to
// the reader's 256 MB limit first.
TEST_F(EvalCli, DatasetMustBeARegularFile) {
  ASSERT_EQ(mkfifo((dir_ / "fifo").c_str(), 0600), 0);
  auto r = Run("eval fifo");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis eval: fifo: not a regular file\n");
  r = Run("eval /dev/zero");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis eval: /dev/zero: not a regular file\n");
}

// --compare reads only regular files: a FIFO without a writer used to block.
TEST_F(EvalCli, CompareReadsOnlyRegularFiles) {
  fs::create_directories(dir_ / "runF");
  ASSERT_EQ(mkfifo((dir_ / "runF/scores.csv").c_str(), 0600), 0);
  fs::create_directories(dir_ / "runG/scores.csv");
  auto r = Run("eval --compare runF runG");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis eval: runF/scores.csv: not a regular file\n");
  r = Run("eval --compare runG runF");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis eval: runG/scores.csv: is a folder, not a file\n");
}

// Cluster ids come from the data: one with '/' or "..'" stays inside summaries/.
TEST_F(EvalCli, ClusterIdsDoNotEscapeTheSummariesFolder) {
  std::ifstream in(Duc2002());
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  const std::string id = "\"id\": \"d061j\"";
  ASSERT_NE(line.find(id), std::string::npos);
  std::string evil = line, dots = line;
  evil.replace(evil.find(id), id.size(), "\"id\": \"../../escaped\"");
  dots.replace(dots.find(id), id.size(), "\"id\": \"..\"");
  File("set.jsonl", evil + "\n" + dots + "\n");
  auto r = Run("eval set.jsonl -m lead --out run/x");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "escaped.txt"));
  EXPECT_FALSE(fs::exists(dir_ / "run/escaped.txt"));
  EXPECT_TRUE(fs::exists(dir_ / "run/x/summaries/.._.._escaped.txt"));
  EXPECT_TRUE(fs::exists(dir_ / "run/x/summaries/_...txt"));
}

}  // namespace
}  // namespace precis::testing
