#include <cstdio>

#include "cli/commands.h"

namespace precis::cli {

int RunRouge(int, char**) {
  std::fputs("precis rouge: not implemented yet\n", stderr);
  return 2;
}

}  // namespace precis::cli
