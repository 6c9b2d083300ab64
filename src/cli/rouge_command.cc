// precis rouge: ROUGE-1.5.5's command line (config file, -a, -d, -n ...) and
// precis' --peer/--ref form. Parsing, scoring and printing live in the library
// (RunRougeCommandLine, precis/rouge.h).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/printable.h"
#include "precis/rouge.h"

namespace precis::cli {

int RunRouge(int argc, char** argv) {
  Result<RougeCommandOutput> output =
      RunRougeCommandLine(std::vector<std::string>(argv + 1, argv + argc));
  if (!output.ok()) {
    PrintError("rouge", output.status().message());
    return output.status().exit_code();
  }
  for (const std::string& w : output->warnings) std::fprintf(stderr, "%s\n", Printable(w).c_str());
  std::fwrite(output->text.data(), 1, output->text.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace precis::cli
