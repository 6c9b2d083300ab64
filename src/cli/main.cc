// precis: the command line. Picks the verb and hands over to it.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "cli/commands.h"
#include "cli/printable.h"
#include "precis/version.h"

namespace {

constexpr const char* kUsage =
    "usage: precis <command> [options]\n"
    "\n"
    "commands:\n"
    "  summarize   summarize a cluster of news articles (files, folders, or - for stdin)\n"
    "  timeline    the story as dated entries, each with cited sentences\n"
    "  figures     how many: numbers counting the same thing across sources, cited\n"
    "  extract     the article of each document, cleaned of page furniture\n"
    "  rouge       score summaries with ROUGE (ROUGE-1.5.5 compatible)\n"
    "  eval        summarize a dataset and score it against its references\n"
    "  serve       serve summaries over HTTP (JSON API)\n"
    "  ingest      add articles to a story store (grouped into stories as they arrive)\n"
    "  stories     list a story store's stories with their summaries\n"
    "  story       one story of a store: summary, sources, timeline\n"
    "\n"
    "Run 'precis <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view verb = argv[1];
  if (verb == "-h" || verb == "--help" || verb == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (verb == "--version") {
    std::printf("precis %.*s\n", static_cast<int>(precis::Version().size()),
                precis::Version().data());
    return 0;
  }
  if (verb == "summarize") return precis::cli::RunSummarize(argc - 1, argv + 1);
  if (verb == "timeline") return precis::cli::RunTimeline(argc - 1, argv + 1);
  if (verb == "figures") return precis::cli::RunFigures(argc - 1, argv + 1);
  if (verb == "extract") return precis::cli::RunExtract(argc - 1, argv + 1);
  if (verb == "rouge") return precis::cli::RunRouge(argc - 1, argv + 1);
  if (verb == "eval") return precis::cli::RunEval(argc - 1, argv + 1);
  if (verb == "serve") return precis::cli::RunServe(argc - 1, argv + 1);
  if (verb == "ingest") return precis::cli::RunIngest(argc - 1, argv + 1);
  if (verb == "stories") return precis::cli::RunStories(argc - 1, argv + 1);
  if (verb == "story") return precis::cli::RunStory(argc - 1, argv + 1);
  std::fprintf(stderr, "precis: unknown command '%s' (try 'precis --help')\n",
               precis::cli::Printable(verb).c_str());
  return 2;
}
