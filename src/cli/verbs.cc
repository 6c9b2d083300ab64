#include "cli/verbs.h"

#include <cstdio>

#include "cli/commands.h"
#include "precis/reader.h"
#include "precis/status.h"

namespace precis::cli {

const std::vector<Verb>& Verbs() {
  static const std::vector<Verb> verbs = {
      {"summarize", "summarize a cluster of news articles (files, folders, or - for stdin)", true,
       true, RunSummarize},
      {"timeline", "the story as dated entries, each with cited sentences", true, true,
       RunTimeline},
      {"figures", "how many: numbers counting the same thing across sources, cited", true, false,
       RunFigures},
      {"extract", "the article of each document, cleaned of page furniture", true, false,
       RunExtract},
      {"rouge", "score summaries with ROUGE (ROUGE-1.5.5 compatible)", false, false, RunRouge},
      {"eval", "summarize a dataset and score it against its references", true, false, RunEval},
      {"serve", "serve summaries over HTTP (JSON API)", false, false, RunServe},
      {"ingest", "add articles to a story store (grouped into stories as they arrive)", true, false,
       RunIngest},
      {"stories", "list a story store's stories with their summaries", false, false, RunStories},
      {"story", "one story of a store: summary, sources, timeline", false, false, RunStory},
  };
  return verbs;
}

const Verb* FindVerb(std::string_view name) {
  for (const Verb& verb : Verbs())
    if (verb.name == name) return &verb;
  return nullptr;
}

namespace {

struct ExitCode {
  Status::Kind kind;
  const char* meaning;
};

constexpr ExitCode kExitCodes[] = {
    {Status::Kind::kOk, "success"},
    {Status::Kind::kInput, "bad input (missing file, binary data, nothing to summarize)"},
    {Status::Kind::kUsage, "usage error (unknown flag, command or format; a value out of range)"},
    {Status::Kind::kLimitExceeded, "input beyond a limit (the message names the flag raising it)"},
    {Status::Kind::kInternal, "internal error (a bug, or out of memory)"},
};

std::string Padded(std::string_view s, std::size_t width) {
  std::string out(s);
  if (out.size() < width) out.resize(width, ' ');
  return out;
}

}  // namespace

std::string Usage() {
  std::string out = "usage: precis <command> [options]\n\ncommands:\n";
  for (const Verb& verb : Verbs())
    out += "  " + Padded(verb.name, 10) + "  " + std::string(verb.help) + "\n";
  out += "\ninput formats (-i, --input-format):\n";
  for (const InputFormatInfo& f : InputFormats())
    out += "  " + Padded(f.name, 10) + "  " + std::string(f.help) + "\n";
  out += "\nexit status:\n";
  for (const ExitCode& e : kExitCodes)
    out += "  " + std::to_string(Status::ExitCode(e.kind)) + "  " + e.meaning + "\n";
  out += "\nRun 'precis <command> --help' for a command's options.\n";
  return out;
}

std::string VerbsMarkdown() {
  std::string out;
  for (const Verb& verb : Verbs())
    out += "- `precis " + std::string(verb.name) + "`: " + std::string(verb.help) + "\n";
  return out;
}

std::string InputFormatsMarkdown() {
  std::string out;
  for (const InputFormatInfo& f : InputFormats()) {
    out += "- `" + std::string(f.name) + "`";
    for (std::string_view alias : f.aliases) out += " (or `" + std::string(alias) + "`)";
    out += ": " + std::string(f.help) + "\n";
  }
  return out;
}

}  // namespace precis::cli
