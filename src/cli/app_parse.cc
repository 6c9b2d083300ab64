#include "cli/app_parse.h"

#include "cli/printable.h"

#include <cstdio>
#include <iostream>

namespace precis::cli {

std::optional<int> ParseApp(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "%s: %s (try --help)\n", app.get_name().c_str(),
                 Printable(e.what()).c_str());
    return 2;
  }
  return std::nullopt;
}

void AddThreadsFlag(CLI::App& app, int& threads) {
  app.add_option("--threads", threads,
                 "Threads to use: several clusters at once, or a large cluster's documents "
                 "(0: one per hardware thread); the output is the same for any number")
      ->check(CLI::Range(0, SummarizeOptions::kMaxThreads))
      ->capture_default_str();
}

void AddInputLimitFlags(CLI::App& app, ReadOptions& options) {
  const CLI::Range megabytes(std::size_t{1}, std::size_t{1} << 20);
  auto limit_mb = [&](const char* flag, std::size_t& field, const char* what) {
    app.add_option_function<std::size_t>(
           flag, [&field](std::size_t mb) { field = mb << 20; },
           std::string(what) + " (default " + std::to_string(field >> 20) + ")")
        ->check(megabytes)
        ->group("Input limits");
  };
  limit_mb("--max-file-mb", options.max_file_bytes, "Largest input file or stdin, in MB");
  limit_mb("--max-total-mb", options.max_total_bytes, "Most input in all, in MB");
  limit_mb("--max-document-mb", options.max_document_bytes, "Largest document text, in MB");
  limit_mb("--max-cluster-mb", options.max_cluster_bytes, "Most text in one cluster, in MB");
  app.add_option("--max-documents", options.max_cluster_documents, "Most documents in one cluster")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}))
      ->capture_default_str()
      ->group("Input limits");
}

std::string InputFormatList() {
  std::string names;
  const std::vector<InputFormatInfo>& formats = InputFormats();
  for (std::size_t i = 0; i < formats.size(); ++i)
    names += std::string(i == 0                    ? ""
                         : i + 1 == formats.size() ? " or "
                                                   : ", ") +
             std::string(formats[i].name);
  return names;
}

void AddInputFlags(CLI::App& app, InputFlags& flags, const std::string& query_help) {
  app.add_option("sources", flags.sources, "Article files, folders (recursive), or - for stdin")
      ->required();
  app.add_option("-i,--input-format", flags.format, "Input: " + InputFormatList())
      ->capture_default_str();
  if (!query_help.empty()) app.add_option("--query", flags.query, query_help);
  AddInputLimitFlags(app, flags.options);
}

Result<ReadResult> ReadInput(InputFlags& flags, std::string_view verb, bool quiet) {
  auto format = ParseInputFormat(flags.format);
  if (!format.ok()) return format.status();
  flags.options.format = *format;
  auto read = ReadSources(flags.sources, flags.options);
  if (!read.ok()) return read.status();
  if (!quiet)
    for (const auto& warning : read->warnings) PrintWarning(verb, warning);
  if (flags.query)
    for (auto& cluster : read->clusters) cluster.query = Query{*flags.query, ""};
  return read;
}

}  // namespace precis::cli
