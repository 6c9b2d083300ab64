// A throw-away PostgreSQL server for tests: Debian's `postgresql` package's
// initdb and pg_ctl (/usr/lib/postgresql/<version>/bin, or PRECIS_PG_BIN)
// make a cluster in a temporary folder and serve it on a unix socket in that
// folder only (no TCP, so no port to collide on), with trust
// authentication for the user "precis". initdb refuses to run as root: as
// root the folder is given to `nobody` and the server runs as it (runuser),
// while the tests connect as "precis" through the socket. Started once per
// test process (at the first Get()), stopped (immediate mode) at exit.
// Get() is null when no PostgreSQL is installed: tests skip then. Under
// ctest the tests share one server, started and stopped by a fixture
// (scripts/pg-test-server.sh, at PRECIS_PG_TEST_SERVER), each test in a
// database of its own; a test binary run by hand starts its own.
#ifndef PRECIS_STORE_PG_TEST_SERVER_H_
#define PRECIS_STORE_PG_TEST_SERVER_H_

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace precis::store {

class PgTestServer {
 public:
  static PgTestServer* Get() {
    static std::unique_ptr<PgTestServer> server = Start();
    return server.get();
  }
  ~PgTestServer() {
    if (shared_ || dir_.empty()) return;
    Run(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate -w stop >/dev/null 2>&1");
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  // A new, empty database: its location (a postgresql:// URL).
  std::string NewDatabase() {
    std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++databases_);
    if (Run(bin_ + "/createdb -h " + dir_ + " -U precis " + name + " >/dev/null 2>&1") != 0)
      return std::string();
    return "postgresql://precis@/" + name + "?host=" + dir_;
  }
  // Runs SQL on a database (by location) with psql; true when it worked.
  bool Sql(const std::string& location, const std::string& sql) {
    return Run(bin_ + "/psql -q -v ON_ERROR_STOP=1 '" + location + "' -c \"" + sql +
               "\" >/dev/null 2>&1") == 0;
  }
  const std::string& dir() const { return dir_; }

 private:
  static int Run(const std::string& command) { return std::system(command.c_str()); }
  static std::string FindBin() {
    if (const char* env = std::getenv("PRECIS_PG_BIN")) return env;
    std::error_code ec;
    std::string best;
    for (const auto& e : std::filesystem::directory_iterator("/usr/lib/postgresql", ec)) {
      std::string bin = (e.path() / "bin").string();
      if (std::filesystem::exists(bin + "/initdb", ec) && bin > best) best = bin;
    }
    return best;
  }
  static std::unique_ptr<PgTestServer> Start() {
    std::string bin = FindBin();
    if (bin.empty()) return nullptr;
    std::unique_ptr<PgTestServer> s(new PgTestServer);
    s->bin_ = bin;
#ifdef PRECIS_PG_TEST_SERVER
    // The server ctest's fixture started (scripts/pg-test-server.sh), if it answers.
    if (Run(bin + "/pg_isready -q -h " PRECIS_PG_TEST_SERVER) == 0) {
      s->dir_ = PRECIS_PG_TEST_SERVER;
      s->shared_ = true;
      return s;
    }
#endif
    std::string tmpl = (std::filesystem::temp_directory_path() / "precis-pg-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return nullptr;
    s->dir_ = tmpl;
    if (geteuid() == 0) {
      struct passwd* nobody = getpwnam("nobody");
      if (!nobody || chown(tmpl.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) return nullptr;
      s->as_ = "runuser -u nobody -- ";
    }
    std::string log = s->dir_ + "/server.log";
    if (Run(s->as_ + bin + "/initdb -D " + s->dir_ +
            "/data -A trust -U precis -E UTF8 --locale=C " + "--no-sync >" + s->dir_ +
            "/initdb.log 2>&1") != 0) {
      std::fprintf(stderr, "PgTestServer: initdb failed (see %s/initdb.log)\n", s->dir_.c_str());
      s->dir_.clear();
      return nullptr;
    }
    if (Run(s->as_ + bin + "/pg_ctl -D " + s->dir_ + "/data -l " + log + " -w -o \"-k " + s->dir_ +
            " -c listen_addresses='' -F\" start >/dev/null 2>&1") != 0) {
      std::fprintf(stderr, "PgTestServer: the server did not start (see %s)\n", log.c_str());
      return nullptr;
    }
    return s;
  }
  PgTestServer() = default;
  std::string bin_, dir_, as_;
  int databases_ = 0;
  bool shared_ = false;  // the fixture's server: left running
};

}  // namespace precis::store

#endif  // PRECIS_STORE_PG_TEST_SERVER_H_
