// precis serve: runs `precis-serve`, the program beside this one that holds the
// HTTP server (see CMakeLists.txt: it links cpp-httplib's shared library, which
// `precis` does not, so that the other verbs start without a dynamic loader).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/printable.h"

namespace precis::cli {

int RunServe(int argc, char** argv) {
  std::string self(4096, '\0');
  ssize_t n = readlink("/proc/self/exe", self.data(), self.size() - 1);
  std::string path = "precis-serve";
  if (n > 0) {
    self.resize(static_cast<std::size_t>(n));
    path = self.substr(0, self.rfind('/') + 1) + "precis-serve";
  }
  std::vector<char*> args;
  args.push_back(path.data());
  for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  execv(path.c_str(), args.data());
  PrintError("serve", "cannot run " + path + ": " + std::strerror(errno));
  return 1;
}

}  // namespace precis::cli
