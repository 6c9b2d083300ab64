#include <cstdio>

#include "cli/commands.h"

namespace precis::cli {

int RunEval(int, char**) {
  std::fputs("precis eval: not implemented yet\n", stderr);
  return 2;
}

}  // namespace precis::cli
