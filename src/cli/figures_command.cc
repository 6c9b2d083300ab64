// precis figures: read sources, find each cluster's figures, print.
#include <CLI/CLI.hpp>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "cli/print_each.h"
#include "cli/printable.h"
#include "precis/precis.h"

namespace precis::cli {

constexpr std::string_view kVerb = "figures";
int RunFigures(int argc, char** argv) {
  CLI::App app{
      "How many: the numbers that count the same thing across the sources, grouped, with "
      "whether they agree, differ or change over time.",
      "precis figures"};
  InputFlags input;
  FigureOptions options;
  std::string format = "text";
  bool quiet = false;
  app.add_option("-f,--format", format, "Output: text, json or markdown")->capture_default_str();
  AddThreadsFlag(app, options.threads);
  app.add_option("-l,--language", options.language,
                 "Language for sentences, stopwords and stemming")
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "Do not print warnings");
  AddInputFlags(app, input,
                "Only figures stated in sentences on this question or topic (replaces a JSONL "
                "query)");
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;

  auto out_format = ParseOutputFormat(format);
  if (!out_format.ok()) return Fail(kVerb, out_format.status());
  if (Status s = CheckFigureOptions(options); !s.ok()) return Fail(kVerb, s);

  auto read = ReadInput(input, kVerb, quiet);
  if (!read.ok()) return Fail(kVerb, read.status());

  // A cluster without figures prints an empty list; one that cannot be read
  // (no documents) is skipped with a warning when there are others.
  return PrintEachCluster(kVerb, read->clusters, *out_format, quiet, "no cluster could be read",
                          [&](const Cluster& cluster) { return BuildFigures(cluster, options); });
}

}  // namespace precis::cli
