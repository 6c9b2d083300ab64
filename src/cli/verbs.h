// The registry of the command line's verbs: name, one line of help, what the
// verb does with input, and the function that runs it. `precis --help`, the
// unknown-command error, the man page, bash completion and the README's list
// of commands all read from it.
#ifndef PRECIS_CLI_VERBS_H_
#define PRECIS_CLI_VERBS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::cli {

struct Verb {
  std::string_view name;
  std::string_view help;        // one line
  bool reads_clusters = false;  // takes article sources (-i/--input-format and the limits)
  bool honours_query = false;   // takes --query
  int (*run)(int argc, char** argv) = nullptr;  // argv[0] is the verb itself
};

// In the order `precis --help` lists them.
const std::vector<Verb>& Verbs();
const Verb* FindVerb(std::string_view name);

// `precis --help`: the verbs, the input formats and the exit codes.
std::string Usage();
// The README's lists (between <!-- commands --> and <!-- /commands -->, and
// <!-- input-formats --> and <!-- /input-formats -->), as Markdown.
std::string VerbsMarkdown();
std::string InputFormatsMarkdown();

}  // namespace precis::cli

#endif  // PRECIS_CLI_VERBS_H_
