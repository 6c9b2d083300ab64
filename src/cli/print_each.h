// Printing what a verb builds for each cluster of its input (a timeline, the
// figures), the same way for every such verb: several clusters get "# id"
// headers in text and a blank line between them in markdown; one that cannot
// be built is skipped with a warning when there are others; the run fails
// only when none could be.
#ifndef PRECIS_CLI_PRINT_EACH_H_
#define PRECIS_CLI_PRINT_EACH_H_

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/printable.h"
#include "precis/precis.h"

namespace precis::cli {

// `build(cluster)` returns a Result of something with cluster_id and
// warnings that Render(it, format) prints; `none` ("no cluster has a
// timeline") opens the error when nothing was built. Returns the exit code.
template <typename Build>
int PrintEachCluster(std::string_view verb, const std::vector<Cluster>& clusters,
                     OutputFormat format, bool quiet, std::string_view none, Build build) {
  const bool many = clusters.size() > 1;
  std::size_t printed = 0;
  Status last_error;
  for (const auto& cluster : clusters) {
    auto built = build(cluster);
    if (!built.ok()) {
      last_error = built.status();
      if (!many) {
        PrintError(verb, last_error.message());
        return last_error.exit_code();
      }
      if (!quiet) PrintWarning(verb, "skipped " + last_error.message());
      continue;
    }
    if (format == OutputFormat::kText && many)
      std::cout << (printed ? "\n" : "") << "# " << Printable(built->cluster_id) << "\n";
    if (format == OutputFormat::kMarkdown && printed) std::cout << "\n";
    ++printed;
    if (!quiet)
      for (const auto& warning : built->warnings) PrintWarning(verb, warning);
    std::cout << Render(*built, format) << std::flush;
  }
  if (printed == 0) {
    PrintError(verb, std::string(none) + " (the last: " + last_error.message() + ")");
    return last_error.exit_code();
  }
  return 0;
}

}  // namespace precis::cli

#endif  // PRECIS_CLI_PRINT_EACH_H_
