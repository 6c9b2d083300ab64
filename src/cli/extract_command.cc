// precis extract: read sources, print each document's cleaned article.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "cli/printable.h"
#include "precis/precis.h"

namespace precis::cli {

constexpr std::string_view kVerb = "extract";
int RunExtract(int argc, char** argv) {
  CLI::App app{
      "Print the article of each document: read (HTML to text, title, date, author, URL) and "
      "cleaned of page furniture the way summarize cleans it.",
      "precis extract"};
  InputFlags input;
  ExtractOptions options;
  std::string format = "text";
  bool explain = false;
  bool quiet = false;
  app.add_option("-f,--format", format, "Output: text, json (one line per document) or markdown")
      ->capture_default_str();
  app.add_flag("--explain", explain, "Also list what was removed as boilerplate, and why");
  app.add_option("-l,--language", options.language,
                 "Language for sentences, stopwords and stemming")
      ->capture_default_str();
  AddThreadsFlag(app, options.threads);
  app.add_flag("-q,--quiet", quiet, "Do not print warnings");
  AddInputFlags(app, input, "");
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;
  auto out_format = ParseOutputFormat(format);
  if (!out_format.ok()) return Fail(kVerb, out_format.status());

  auto read = ReadInput(input, kVerb, quiet);
  if (!read.ok()) return Fail(kVerb, read.status());
  bool first = true;
  Status failed;  // the first error ends the output
  // Several clusters at once with --threads, printed in input order.
  ExtractEach(read->clusters, options,
              [&](std::size_t, Result<std::vector<ExtractedArticle>> articles) {
                if (!failed.ok()) return;
                if (!articles.ok()) {
                  failed = articles.status();
                  return;
                }
                if (*out_format != OutputFormat::kJson && !first && !articles->empty())
                  std::cout << "\n";
                first = false;
                std::cout << Render(*articles, *out_format, {.explain = explain}) << std::flush;
              });
  if (!failed.ok()) return Fail(kVerb, failed);
  return 0;
}

}  // namespace precis::cli
