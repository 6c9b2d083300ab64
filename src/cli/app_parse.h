// Parsing a verb's flags with CLI11 the same way for every verb: --help
// prints the help and exits 0; a bad command line prints one line naming the
// verb and exits 2.
#ifndef PRECIS_CLI_APP_PARSE_H_
#define PRECIS_CLI_APP_PARSE_H_

#include <CLI/CLI.hpp>
#include <optional>

namespace precis::cli {

// nullopt when parsing succeeded and the verb should run; otherwise the exit
// code to return.
std::optional<int> ParseApp(CLI::App& app, int argc, char** argv);

}  // namespace precis::cli

#endif  // PRECIS_CLI_APP_PARSE_H_
