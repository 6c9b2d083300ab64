// precis rouge: ROUGE-1.5.5's command line (config file, -a, -d, -n ...) and
// precis' --peer/--ref form. Parsing, scoring and printing live in src/rouge.
#include <cstdio>
#include <new>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/printable.h"
#include "rouge/rouge_command_line.h"
#include "rouge/rouge_config.h"
#include "rouge/rouge_evaluation.h"
#include "rouge/rouge_report.h"

namespace precis::cli {
namespace {

int Fail(const Status& status) {
  PrintError("rouge", status.message());
  return status.exit_code();
}

}  // namespace

int RunRouge(int argc, char** argv) {
  using namespace precis::rouge;
  std::vector<std::string> args(argv + 1, argv + argc);
  Result<RougeCommandLine> parsed = ParseRougeCommandLine(args);
  if (!parsed.ok()) return Fail(parsed.status());
  const RougeCommandLine& cl = *parsed;
  if (cl.help || cl.full_help) {
    std::fputs(RougeUsage(cl.full_help).c_str(), stdout);
    return 0;
  }

  RougeConfig config;
  std::vector<std::string> systems;
  if (!cl.peer_file.empty()) {
    // One evaluation, like ROUGE's -z mode: system "X", models "M.1", "M.2", ...
    RougeEval eval;
    eval.id = "1";
    eval.format = InputFormat::kSpl;
    eval.rooted = false;
    eval.peers["X"] = cl.peer_file;
    for (size_t i = 0; i < cl.ref_files.size(); ++i) {
      std::string id = "M." + std::to_string(i + 1);
      eval.model_ids.push_back(id);
      eval.models[id] = cl.ref_files[i];
    }
    config.evals.push_back(std::move(eval));
    config.peer_ids = {"X"};
    systems = {"X"};
  } else {
    const std::string& path = cl.positional[0];
    Result<std::string> content = ReadRougeFile(path);
    if (!content.ok()) return Fail(content.status());
    Result<RougeConfig> read =
        cl.file_list ? ParseRougeFileList(*content, *cl.file_list,
                                          cl.positional.size() > 1 ? cl.positional[1] : "X", path)
                     : ParseRougeConfigXml(*content, path);
    if (!read.ok()) return Fail(read.status());
    config = std::move(read).value();
    if (cl.file_list) {
      systems = config.peer_ids;
    } else if (cl.all_systems) {
      systems = config.peer_ids;
    } else {
      systems = {cl.positional[1]};
    }
  }

  Result<RougeEvaluation> evaluation = Status::Ok();
  try {
    evaluation = EvaluateRouge(config, systems, cl.options, cl.jackknife);
  } catch (const std::bad_alloc&) {
    // ROUGE-L/W keep a table of (model sentence x peer sentence) tokens.
    return Fail(Status::InputError("out of memory (are the input lines very long?)"));
  }
  if (!evaluation.ok()) return Fail(evaluation.status());
  for (const std::string& w : evaluation->warnings)
    std::fprintf(stderr, "%s\n", Printable(w).c_str());
  ReportSettings settings;
  settings.format = cl.format;
  settings.confidence_label = cl.confidence_label;
  settings.per_eval = cl.per_eval;
  std::string report = FormatRougeReport(*evaluation, settings);
  std::fwrite(report.data(), 1, report.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace precis::cli
