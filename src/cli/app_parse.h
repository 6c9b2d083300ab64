// Parsing a verb's flags with CLI11 the same way for every verb: --help
// prints the help and exits 0; a bad command line prints one line naming the
// verb and exits 2.
#ifndef PRECIS_CLI_APP_PARSE_H_
#define PRECIS_CLI_APP_PARSE_H_

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/reader.h"
#include "precis/summarizer.h"

namespace precis::cli {

// nullopt when parsing succeeded and the verb should run; otherwise the exit
// code to return.
std::optional<int> ParseApp(CLI::App& app, int argc, char** argv);

// --max-file-mb, --max-total-mb, --max-document-mb, --max-cluster-mb and
// --max-documents, which set the limits of `options` (kept by reference).
void AddInputLimitFlags(CLI::App& app, ReadOptions& options);

// --threads: threads for several clusters at once, or for a large
// cluster's per-document work (0, the default: one per hardware thread);
// `threads` is kept by reference.
void AddThreadsFlag(CLI::App& app, int& threads);

// The input of a verb that reads clusters: sources, their format, a query
// that replaces the clusters' own, and the input limits.
struct InputFlags {
  std::vector<std::string> sources;
  std::string format = "auto";
  std::optional<std::string> query;
  ReadOptions options;
};

// "auto, text, html, sgml, multinews or jsonl": the input formats' registry.
std::string InputFormatList();

// Adds the positional sources, -i/--input-format, --query (described by
// `query_help`; none when it is empty) and the input limits; `flags` is kept
// by reference.
void AddInputFlags(CLI::App& app, InputFlags& flags, const std::string& query_help);

// Reads the sources (their warnings printed under `verb` unless `quiet`) and
// gives every cluster the --query, when there is one.
Result<ReadResult> ReadInput(InputFlags& flags, std::string_view verb, bool quiet);

}  // namespace precis::cli

#endif  // PRECIS_CLI_APP_PARSE_H_
