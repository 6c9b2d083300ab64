// OpenPostgresStore() of the fully static `precis`: libpq is only shipped
// as a shared library (Debian's libpq.a needs libpgcommon, libpgport,
// GSSAPI and LDAP archives it does not ship), so this program hands the
// whole command over to `precis-pg`, the same command line linked with
// libpq, found beside it (as `precis serve` runs `precis-serve`).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "store/pg_store.h"

namespace precis::store {

Result<std::unique_ptr<StoryStore>> OpenPostgresStore(const std::string&, const StoreOptions&) {
  std::string self(4096, '\0');
  ssize_t n = readlink("/proc/self/exe", self.data(), self.size() - 1);
  std::string path = "precis-pg";
  if (n > 0) {
    self.resize(static_cast<std::size_t>(n));
    path = self.substr(0, self.rfind('/') + 1) + "precis-pg";
  }
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> words;
  for (std::size_t start = 0; start < cmdline.size();) {
    std::size_t end = cmdline.find('\0', start);
    if (end == std::string::npos) end = cmdline.size();
    words.push_back(cmdline.substr(start, end - start));
    start = end + 1;
  }
  if (words.empty())
    return Status::UsageError("PostgreSQL stores need precis-pg, and the command line is unknown");
  std::vector<char*> args;
  args.push_back(path.data());
  for (std::size_t i = 1; i < words.size(); ++i) args.push_back(words[i].data());
  args.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  execv(path.c_str(), args.data());
  return Status::UsageError("PostgreSQL stores are served by " + path +
                            " (libpq), which cannot be run: " + std::strerror(errno));
}

}  // namespace precis::store
