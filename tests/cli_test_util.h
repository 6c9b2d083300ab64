// Shared pieces of the command-line end-to-end tests: a fixture with a
// private temporary directory and a runner that captures stdout, stderr and
// the exit code of the built `precis` binary.
#ifndef PRECIS_TESTS_CLI_TEST_UTIL_H_
#define PRECIS_TESTS_CLI_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace precis::testing {

namespace fs = std::filesystem;

struct CommandResult {
  std::string out;
  std::string err;
  int code = -1;
};

inline std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void Write(const fs::path& p, const std::string& content) {
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

inline std::string SharedDir() {
  if (const char* env = std::getenv("PRECIS_SHARED_DIR"); env && *env) return env;
  return PRECIS_SHARED_DIR;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "precis-cli-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `precis <args>` in the temporary directory (args are passed to the
  // shell as written, so quote paths with spaces). `input` feeds stdin.
  CommandResult Run(const std::string& args, const std::string& input = "") {
    return RunWith("", args, input);
  }

  // Runs `precis <args>` like Run(), but killed after `seconds` and, outside
  // sanitizer builds (ASan reserves terabytes of address space), with at most
  // `megabytes` of address space: a test that it ends, in bounded memory,
  // without timing it.
  CommandResult RunBounded(const std::string& args, int seconds, int megabytes) {
    std::string limit = "timeout -s KILL " + std::to_string(seconds) + " ";
#if !defined(__SANITIZE_ADDRESS__)
    limit = "ulimit -v " + std::to_string(megabytes * 1024) + " && " + limit;
#else
    (void)megabytes;
#endif
    return RunWith(limit, args, "");
  }

  void File(const std::string& name, const std::string& content) { Write(dir_ / name, content); }

  fs::path dir_;

 private:
  // `prefix` goes before the binary in the shell command (limits).
  CommandResult RunWith(const std::string& prefix, const std::string& args,
                        const std::string& input) {
    const fs::path out = dir_ / ".stdout", err = dir_ / ".stderr", in = dir_ / ".stdin";
    Write(in, input);
    std::string cmd = "cd '" + dir_.string() + "' && " + prefix + "'" + PRECIS_BINARY + "' " +
                      args + " <'" + in.string() + "' >'" + out.string() + "' 2>'" + err.string() +
                      "'";
    int status = std::system(cmd.c_str());
    CommandResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CLI_TEST_UTIL_H_
