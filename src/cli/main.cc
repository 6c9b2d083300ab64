// precis: the command line. Picks the verb (cli/verbs.h) and hands over to it.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "cli/printable.h"
#include "cli/verbs.h"
#include "precis/version.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(precis::cli::Usage().c_str(), stderr);
    return 2;
  }
  std::string_view verb = argv[1];
  if (verb == "-h" || verb == "--help" || verb == "help") {
    std::fputs(precis::cli::Usage().c_str(), stdout);
    return 0;
  }
  if (verb == "--version") {
    std::printf("precis %.*s\n", static_cast<int>(precis::Version().size()),
                precis::Version().data());
    return 0;
  }
  if (const precis::cli::Verb* v = precis::cli::FindVerb(verb)) return v->run(argc - 1, argv + 1);
  std::string verbs;
  for (const precis::cli::Verb& v : precis::cli::Verbs())
    verbs += (verbs.empty() ? "" : ", ") + std::string(v.name);
  std::fprintf(stderr, "precis: unknown command '%s' (expected %s; try 'precis --help')\n",
               precis::cli::Printable(verb).c_str(), verbs.c_str());
  return 2;
}
