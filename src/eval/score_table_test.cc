#include "precis/eval.h"

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace precis::eval {
namespace {

TEST(ScoreTable, ReadabilityAndFalseCutsPerCluster) {
  EvalReport r;
  ClusterResult c;
  c.cluster_id = "d061j";
  c.readability.sentences = 5;
  c.readability.furniture = 1;
  c.readability.furniture_cues = 2;
  c.readability.false_cuts = 2;
  c.readability.false_cuts_held = 1;
  c.readability.short_of_budget = true;
  c.readability.short_with_material_left = true;
  c.false_cuts = {{"AP880101-0001", "Engineers found\tcracks\nin the bridge.", "unrelated story"},
                  {"AP880101-0001", "The bridge... ( ap ) boston ( ap ) -", "caption"}};
  c.false_cuts_held = {false, true};
  r.clusters = {c};
  EXPECT_EQ(ReadabilityCsv(r),
            "cluster,sentences,opens_dependent,dependent_alone,redundant_pairs,furniture,"
            "short_of_budget,unintroduced_names,furniture_cues,false_cuts,false_cuts_held,"
            "short_with_material_left\n"
            "d061j,5,0,0,0,1,1,0,2,2,1,1\n");
  EXPECT_EQ(FalseCutsTsv(r),
            "cluster\tdocument\treason\theld\ttext\n"
            "d061j\tAP880101-0001\tunrelated story\tno\tEngineers found cracks in the bridge.\n"
            "d061j\tAP880101-0001\tcaption\tyes\tThe bridge... ( ap ) boston ( ap ) -\n");
  r.clusters[0].flagged = {{0, "leans on a missing one (opens with a pronoun)", "He left.\tThen"}};
  EXPECT_EQ(FlaggedTsv(r),
            "cluster\tsentence\tflag\ttext\n"
            "d061j\t1\tleans on a missing one (opens with a pronoun)\tHe left. Then\n");
}

TEST(ScoreTable, RoundTrips) {
  EvalReport r;
  ClusterResult c;
  c.cluster_id = "d061j";
  c.words = 100;
  c.seconds = 0.0012;
  c.scores = {{"ROUGE-1", {0.41234, 0.40000, 0.40608}}, {"ROUGE-2", {0.1, 0.2, 0.13333}}};
  r.clusters = {c};
  std::string csv = ScoresCsv(r, false);
  EXPECT_EQ(csv, "cluster,words,seconds,ROUGE-1,ROUGE-2\nd061j,100,0.001200,0.41234,0.10000\n");
  EXPECT_NE(ScoresCsv(r, true).find("0.40608,0.13333"), std::string::npos);
  std::string path = ::testing::TempDir() + "/scores.csv";
  std::ofstream(path) << csv;
  auto back = ReadScoresCsv(path);
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ((*back)[0].first, "d061j");
  EXPECT_DOUBLE_EQ((*back)[0].second[1].second, 0.1);
  std::remove(path.c_str());
}

TEST(ScoreTable, BadFilesAreInputErrors) {
  EXPECT_FALSE(ReadScoresCsv("/nonexistent/scores.csv").ok());
  std::string path = ::testing::TempDir() + "/bad.csv";
  std::ofstream(path) << "a,b\n1,2\n";
  auto r = ReadScoresCsv(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("bad header"), std::string::npos);
  std::ofstream(path) << "cluster,words,seconds,ROUGE-1\nd1,100,0.1,nan\n";
  r = ReadScoresCsv(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), path + ":2: not a number");
  std::remove(path.c_str());
}

// --compare reads files named by the user: a folder, FIFO or device is refused
// at once (a FIFO without a writer used to block).
TEST(ScoreTable, OnlyRegularFiles) {
  std::string dir = ::testing::TempDir() + "/score-table-dir";
  std::filesystem::create_directories(dir);
  auto r = ReadScoresCsv(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), dir + ": is a folder, not a file");
  std::string fifo = dir + "/fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  r = ReadScoresCsv(fifo);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), fifo + ": not a regular file");
  r = ReadScoresCsv("/dev/zero");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/dev/zero: not a regular file");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis::eval
