// precis: the command line. Picks the verb (cli/verbs.h) and hands over to it.
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#include "cli/malloc_tuning.h"
#include "cli/printable.h"
#include "cli/verbs.h"
#include "precis/status.h"
#include "precis/version.h"

int main(int argc, char** argv) {
  precis::cli::TuneMalloc();
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
  if (const precis::cli::Verb* v = precis::cli::FindVerb(verb)) {
    // The library reports errors as values; an exception escaping a verb is a bug
    // or exhausted memory.
    try {
      return v->run(argc - 1, argv + 1);
    } catch (const std::bad_alloc&) {
      precis::cli::PrintError(verb, "out of memory");
    } catch (const std::exception& e) {
      precis::cli::PrintError(verb, std::string("internal error: ") + e.what());
    }
    return precis::Status::ExitCode(precis::Status::Kind::kInternal);
  }
  std::string verbs;
  for (const precis::cli::Verb& v : precis::cli::Verbs())
    verbs += (verbs.empty() ? "" : ", ") + std::string(v.name);
  std::fprintf(stderr, "precis: unknown command '%s' (expected %s; try 'precis --help')\n",
               precis::cli::Printable(verb).c_str(), verbs.c_str());
  return 2;
}
