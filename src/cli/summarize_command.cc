#include <cstdio>

#include "cli/commands.h"

namespace precis::cli {

int RunSummarize(int, char**) {
  std::fputs("precis summarize: not implemented yet\n", stderr);
  return 2;
}

}  // namespace precis::cli
