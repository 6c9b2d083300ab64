// Parsing a verb's flags with CLI11 the same way for every verb: --help
// prints the help and exits 0; a bad command line prints one line naming the
// verb and exits 2.
#ifndef PRECIS_CLI_APP_PARSE_H_
#define PRECIS_CLI_APP_PARSE_H_

#include <CLI/CLI.hpp>
#include <optional>

#include "precis/reader.h"

namespace precis::cli {

// nullopt when parsing succeeded and the verb should run; otherwise the exit
// code to return.
std::optional<int> ParseApp(CLI::App& app, int argc, char** argv);

// --max-file-mb, --max-total-mb, --max-document-mb, --max-cluster-mb and
// --max-documents, which set the limits of `options` (kept by reference).
void AddInputLimitFlags(CLI::App& app, ReadOptions& options);

}  // namespace precis::cli

#endif  // PRECIS_CLI_APP_PARSE_H_
