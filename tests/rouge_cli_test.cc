// End-to-end tests of `precis rouge`: ROUGE-1.5.5's command line and output,
// precis' --peer/--ref form, and the error cases.
#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace {

using precis::testing::CommandResult;
using precis::testing::SharedDir;
using precis::testing::Slurp;
namespace fs = std::filesystem;

class RougeCli : public precis::testing::CliTest {
 protected:
  // Runs `precis rouge <args>` in the temp directory, capturing both streams.
  CommandResult Rouge(const std::string& args) { return Run("rouge " + args); }
  void WriteSmallSetup();
};

std::string F5(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return buf;
}

const char* kDashes = "---------------------------------------------\n";
const char* kDots = ".............................................\n";

// A two-evaluation setup small enough to check by hand.
void RougeCli::WriteSmallSetup() {
  auto file = [this](const std::string& n, const std::string& c) { File(n, c); };
  file("config.xml",
       "<ROUGE-EVAL version=\"1.0\">\n"
       "<EVAL ID=\"2\">\n"
       " <PEER-ROOT>peers</PEER-ROOT>\n <MODEL-ROOT>models</MODEL-ROOT>\n"
       " <INPUT-FORMAT TYPE=\"SPL\"/>\n"
       " <PEERS><P ID=\"sysA\">2.A</P><P ID=\"sysB\">2.B</P></PEERS>\n"
       " <MODELS><M ID=\"H\">2.H</M></MODELS>\n"
       "</EVAL>\n"
       "<EVAL ID=\"10\">\n"
       " <PEER-ROOT>peers</PEER-ROOT>\n <MODEL-ROOT>models</MODEL-ROOT>\n"
       " <INPUT-FORMAT TYPE=\"SPL\"/>\n"
       " <PEERS><P ID=\"sysA\">10.A</P></PEERS>\n"
       " <MODELS><M ID=\"H\">10.H</M><M ID=\"I\">10.I</M></MODELS>\n"
       "</EVAL>\n"
       "</ROUGE-EVAL>\n");
  file("peers/2.A", "The cat sat on the mat.\n");
  file("peers/2.B", "A dog.\n");
  file("models/2.H", "The cat is on the mat.\n");
  file("peers/10.A", "Storms hit the coast.\nPeople fled.\n");
  file("models/10.H", "A storm hit the coast.\n");
  file("models/10.I", "People fled the storm.\n");
}

TEST_F(RougeCli, PrintsRouge155LayoutForAConfigFile) {
  WriteSmallSetup();
  CommandResult r = Rouge("-e /no/such/dir -n 1 -x -a -d config.xml");
  ASSERT_EQ(r.code, 0) << r.err;
  // sysA: eval 2: R = P = 5/6; eval 10: hits 3 + 3 of 5 + 4 model words, peer 6 words x 2.
  // The averages are ROUGE's bootstrap over these two evaluations.
  const std::string expected =
      std::string(kDashes) +
      "sysA ROUGE-1 Average_R: 0.75000 (95%-conf.int. 0.66667 - 0.83333)\n"
      "sysA ROUGE-1 Average_P: 0.66667 (95%-conf.int. 0.50000 - 0.83333)\n"
      "sysA ROUGE-1 Average_F: 0.70238 (95%-conf.int. 0.57143 - 0.83333)\n" +
      kDots +
      "sysA ROUGE-1 Eval 2.sysA R:0.83333 P:0.83333 F:0.83333\n"
      "sysA ROUGE-1 Eval 10.sysA R:0.66667 P:0.50000 F:0.57143\n" +
      kDashes +
      "sysB ROUGE-1 Average_R: 0.00000 (95%-conf.int. 0.00000 - 0.00000)\n"
      "sysB ROUGE-1 Average_P: 0.00000 (95%-conf.int. 0.00000 - 0.00000)\n"
      "sysB ROUGE-1 Average_F: 0.00000 (95%-conf.int. 0.00000 - 0.00000)\n" +
      kDots + "sysB ROUGE-1 Eval 2.sysB R:0.00000 P:0.00000 F:0.00000\n";
  EXPECT_EQ(r.out, expected);
  EXPECT_EQ(r.err,
            "*ROUGE Warning: test instance for peer sysB does not exist for evaluation 10\n");

  // One system, no -d, ROUGE-L by default.
  r = Rouge("config.xml sysB");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, std::string(kDashes) +
                       "sysB ROUGE-L Average_R: 0.00000 (95%-conf.int. 0.00000 - 0.00000)\n"
                       "sysB ROUGE-L Average_P: 0.00000 (95%-conf.int. 0.00000 - 0.00000)\n"
                       "sysB ROUGE-L Average_F: 0.00000 (95%-conf.int. 0.00000 - 0.00000)\n");
}

TEST_F(RougeCli, JsonCsvAndJackknife) {
  WriteSmallSetup();
  CommandResult r = Rouge("-n 1 -x -a --format json config.xml");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["systems"].size(), 2u);
  EXPECT_EQ(j["systems"][0]["system"], "sysA");
  EXPECT_EQ(j["systems"][0]["metrics"][0]["metric"], "ROUGE-1");
  EXPECT_DOUBLE_EQ(j["systems"][0]["metrics"][0]["evaluations"][1]["R"].get<double>(), 0.66667);

  r = Rouge("-n 1 -x config.xml sysA --format csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "system,metric,evaluation,R,P,F\n"
            "sysA,ROUGE-1,average,0.75000,0.66667,0.70238\n"
            "sysA,ROUGE-1,conf_low,0.66667,0.50000,0.57143\n"
            "sysA,ROUGE-1,conf_high,0.83333,0.83333,0.83333\n"
            "sysA,ROUGE-1,2.sysA,0.83333,0.83333,0.83333\n"
            "sysA,ROUGE-1,10.sysA,0.66667,0.50000,0.57143\n");

  // Jackknife: eval 10 without H: R = 3/4, P = 3/6, F = 0.6; without I: R = 3/5,
  // P = 3/6, F = 0.54545. Means 0.675, 0.5 and 0.572725 (just under the half).
  r = Rouge("-n 1 -x -d --jackknife config.xml sysA");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("sysA ROUGE-1 Eval 10.sysA R:0.67500 P:0.50000 F:0.57272\n"),
            std::string::npos)
      << r.out;
}

TEST_F(RougeCli, PeerAndRefFiles) {
  File("peer.txt", "The cat sat on the mat.\n");
  File("ref1.txt", "The cat is on the mat.\n");
  File("ref2.txt", "A cat sat there.\n");
  CommandResult r = Rouge("--peer peer.txt --ref ref1.txt --ref ref2.txt -n 2 -d");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("X ROUGE-1 Eval 1.X R:0.70000 P:0.58333 F:0.63636\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("X ROUGE-2 Average_R:"), std::string::npos);
  EXPECT_NE(r.out.find("X ROUGE-L Average_R:"), std::string::npos);
  r = Rouge("--peer peer.txt --ref ref1.txt --format json -n 1 -x");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_DOUBLE_EQ(j["systems"][0]["metrics"][0]["average"]["R"].get<double>(), 0.83333);
}

TEST_F(RougeCli, FileListMode) {
  File("p1.spl", "the cat sat\n");
  File("m1.spl", "the cat\n");
  File("list.txt", "# peer model\np1.spl m1.spl\n");
  CommandResult r = Rouge("-n 1 -x -d -z SPL list.txt mysys");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("mysys ROUGE-1 Eval 1.mysys R:1.00000 P:0.66667 F:0.80000\n"),
            std::string::npos)
      << r.out;
}

TEST_F(RougeCli, UsageErrorsExitTwoWithOneLine) {
  for (const char* args :
       {"", "config.xml", "-t 1 -a config.xml", "-q -a config.xml", "-l 10 -b 10 -a config.xml",
        "--peer p.txt", "-n", "-f C -a c.xml", "--format yaml --peer p --ref r",
        "-r 1000000000 --peer p --ref r", "-n 1000000 --peer p --ref r", "-w 1e308 -a c.xml",
        "-c nan -a c.xml", "-p inf -a c.xml", "-l -5 -a c.xml", "-b 99999999999 -a c.xml"}) {
    CommandResult r = Rouge(args);
    EXPECT_EQ(r.code, 2) << args;
    EXPECT_TRUE(r.out.empty()) << args;
    ASSERT_FALSE(r.err.empty()) << args;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << args << ": " << r.err;
  }
  CommandResult h = Rouge("-h");
  EXPECT_EQ(h.code, 0);
  EXPECT_NE(h.out.find("usage: precis rouge"), std::string::npos);
  EXPECT_NE(h.out.find("-n N        compute ROUGE-1 .. ROUGE-N, N from 0 to 20"),
            std::string::npos);
  EXPECT_NE(h.out.find("-r N        bootstrap resamples, 1 to 100000"), std::string::npos);
  EXPECT_NE(h.out.find("each file (configuration, peer, model) at most 64 MB"), std::string::npos);

  // The resource flags the limits are for: refused at once, naming the flag.
  CommandResult r = Rouge("-r 1000000000 --peer p --ref r");
  EXPECT_EQ(r.err,
            "precis rouge: bad value '1000000000' for -r (expected a number of resamples from 1 "
            "to 100000)\n");
  r = Rouge("-n 1000000 --peer p --ref r");
  EXPECT_EQ(r.err,
            "precis rouge: bad value '1000000' for -n (expected an n-gram size from 0 to 20)\n");
}

TEST_F(RougeCli, UnreadableFilesExitOneNamingTheFile) {
  CommandResult r = Rouge("-a missing.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("missing.xml"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;

  WriteSmallSetup();
  fs::remove(dir_ / "models/10.I");
  r = Rouge("-a config.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("models/10.I"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());

  File("bad.xml", "<ROUGE-EVAL><EVAL ID='1'>");
  r = Rouge("-a bad.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("bad.xml"), std::string::npos) << r.err;

  File("peer.txt", "x\n");
  r = Rouge("--peer peer.txt --ref nope.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
}

// Inputs that are not small regular files: one line naming the file, exit 1,
// without reading a device to its (missing) end or waiting on a FIFO.
TEST_F(RougeCli, RefusesFoldersFifosDevicesAndHugeFiles) {
  File("p.txt", "the cat sat\n");
  File("r.txt", "the cat\n");
  fs::create_directory(dir_ / "folder");
  ASSERT_EQ(mkfifo((dir_ / "fifo").c_str(), 0600), 0);
  File("big.txt", "");
  fs::resize_file(dir_ / "big.txt", (std::uintmax_t{64} << 20) + 1);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"--peer folder --ref r.txt", "folder: is a folder, not a file"},
      {"--peer p.txt --ref r.txt --ref folder", "folder: is a folder, not a file"},
      {"--peer fifo --ref r.txt", "fifo: not a regular file"},
      {"--peer p.txt --ref fifo", "fifo: not a regular file"},
      {"--peer /dev/zero --ref r.txt", "/dev/zero: not a regular file"},
      {"-a /dev/zero", "/dev/zero: not a regular file"},
      {"-a fifo", "fifo: not a regular file"},
      {"-a folder", "folder: is a folder, not a file"},
      {"--peer big.txt --ref r.txt",
       "big.txt: file too large (67108865 bytes; the limit is 67108864)"},
      {"-a big.txt", "big.txt: file too large (67108865 bytes; the limit is 67108864)"},
  };
  for (const auto& [args, message] : cases) {
    CommandResult r = Rouge(args);
    EXPECT_EQ(r.code, 1) << args;
    EXPECT_TRUE(r.out.empty()) << args;
    EXPECT_EQ(r.err, "precis rouge: " + message + "\n") << args;
  }
  // A configuration nested 200,000 deep used to overflow the stack (SIGSEGV).
  std::string deep = "<ROUGE-EVAL>";
  for (int i = 0; i < 200000; ++i) deep += "<a>";
  File("deep.xml", deep);
  CommandResult d = Rouge("-a deep.xml");
  EXPECT_EQ(d.code, 1);
  EXPECT_EQ(d.err,
            "precis rouge: deep.xml:1: not a ROUGE configuration (elements nested more than 64 "
            "deep)\n");

  // A model of a configuration file that is a folder.
  WriteSmallSetup();
  fs::remove(dir_ / "models/10.I");
  fs::create_directory(dir_ / "models/10.I");
  CommandResult r = Rouge("-a config.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "precis rouge: models/10.I: is a folder, not a file\n");
}

// ROUGE-L/W and ROUGE-S are quadratic in a text's length: past their bounds,
// one line naming the files, before the work, and a way around it.
TEST_F(RougeCli, QuadraticMetricsAreBounded) {
  std::string words;
  for (int i = 0; i < 20000; ++i) words += i ? " a" : "a";
  File("long.txt", words + "\n");
  File("r.txt", "a b\n");
  CommandResult r = Rouge("--peer long.txt --ref long.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(r.err,
            "precis rouge: long.txt against long.txt: too long for ROUGE-L/W (20000 x 20000 "
            "tokens; the limit is 268435456 pairs; -x without -w, -l or -b stays within it)\n");
  r = Rouge("--peer long.txt --ref long.txt -x -n 2");
  EXPECT_EQ(r.code, 0) << r.err;
  r = Rouge("--peer long.txt --ref long.txt -l 100");
  EXPECT_EQ(r.code, 0) << r.err;
  r = Rouge("--peer long.txt --ref r.txt -x -2 -1");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err,
            "precis rouge: long.txt: too long for ROUGE-S with -2 -1 (20000 tokens make 199990000 "
            "skip-bigrams; the limit is 16777216; a smaller -2, -l or -b stays within it)\n");
  r = Rouge("--peer long.txt --ref r.txt -x -2 4 -u");
  EXPECT_EQ(r.code, 0) << r.err;
}

// The whole DUC-style option set of the conformance data through the command
// line: every per-evaluation line and every average line as ROUGE printed them.
TEST_F(RougeCli, ReproducesRouge155OnTheConformanceData) {
  std::ifstream vin(SharedDir() + "/rouge/vectors.jsonl");
  std::ifstream ain(SharedDir() + "/rouge/averages.jsonl");
  ASSERT_TRUE(vin.good() && ain.good()) << "missing " << SharedDir() << "/rouge";
  const std::string config = "-n 4 -w 1.2 -m -2 4 -u -f A -p 0.5 -t 0 -b 665";
  std::string xml = "<ROUGE-EVAL version=\"1.0\">\n";
  std::map<std::string, nlohmann::json> expected;  // "<id>.X" -> metrics
  std::string line;
  while (std::getline(vin, line)) {
    nlohmann::json v = nlohmann::json::parse(line);
    if (v["config"] != config) continue;
    const std::string id = v["id"];
    std::string text;
    for (const auto& s : v["peer"]) text += s.get<std::string>() + "\n";
    File("peers/" + id, text);
    xml += "<EVAL ID=\"" + id +
           "\"><PEER-ROOT>peers</PEER-ROOT><MODEL-ROOT>models</MODEL-ROOT>"
           "<INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"X\">" +
           id + "</P></PEERS><MODELS>";
    for (size_t k = 0; k < v["models"].size(); ++k) {
      std::string m;
      for (const auto& s : v["models"][k]) m += s.get<std::string>() + "\n";
      File("models/" + id + "." + std::to_string(k), m);
      xml += "<M ID=\"M" + std::to_string(k) + "\">" + id + "." + std::to_string(k) + "</M>";
    }
    xml += "</MODELS></EVAL>\n";
    expected[id + ".X"] = v["expected"];
  }
  xml += "</ROUGE-EVAL>\n";
  File("rouge-config.xml", xml);
  ASSERT_EQ(expected.size(), 173u);

  std::string want;
  const std::vector<std::string> metrics = {"ROUGE-1", "ROUGE-2",     "ROUGE-3",  "ROUGE-4",
                                            "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4"};
  std::map<std::string, nlohmann::json> averages;
  while (std::getline(ain, line)) {
    nlohmann::json a = nlohmann::json::parse(line);
    if (a["config"] == config) averages[a["metric"]] = a;
  }
  ASSERT_EQ(averages.size(), metrics.size());
  for (const std::string& metric : metrics) {
    const nlohmann::json& a = averages[metric];
    want += kDashes;
    for (const char* k : {"R", "P", "F"}) {
      want += "X " + metric + " Average_" + k + ": " +
              F5(a[std::string("Average_") + k].get<double>()) + " (95%-conf.int. " +
              F5(a["conf_int_95"][k][0].get<double>()) + " - " +
              F5(a["conf_int_95"][k][1].get<double>()) + ")\n";
    }
    want += kDots;
    for (const auto& [id, e] : expected) {  // ids do not start with digits: string order
      want += "X " + metric + " Eval " + id + " R:" + F5(e[metric]["R"].get<double>()) +
              " P:" + F5(e[metric]["P"].get<double>()) + " F:" + F5(e[metric]["F"].get<double>()) +
              "\n";
    }
  }
  CommandResult r = Rouge("-e data " + config + " -c 95 -r 1000 -a -d rouge-config.xml");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  // Compare line by line for a readable failure.
  std::istringstream got(r.out), exp(want);
  std::string g, e;
  int n = 0, bad = 0;
  while (std::getline(exp, e)) {
    ++n;
    if (!std::getline(got, g)) g = "<missing>";
    if (g != e && ++bad < 10) ADD_FAILURE() << "line " << n << ": got\n" << g << "\nwant\n" << e;
  }
  EXPECT_EQ(bad, 0);
  EXPECT_EQ(n, 7 * (5 + 173));
  EXPECT_EQ(r.out, want);
}

}  // namespace
