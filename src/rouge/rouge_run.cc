// RunRougeCommandLine (precis/rouge.h): parsing, scoring and the report of
// `precis rouge`.
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "precis/rouge.h"
#include "rouge/rouge_command_line.h"
#include "rouge/rouge_config.h"
#include "rouge/rouge_evaluation.h"
#include "rouge/rouge_report.h"

namespace precis {

Result<RougeCommandOutput> RunRougeCommandLine(const std::vector<std::string>& args) {
  using namespace precis::rouge;
  Result<RougeCommandLine> parsed = ParseRougeCommandLine(args);
  if (!parsed.ok()) return parsed.status();
  const RougeCommandLine& cl = *parsed;
  RougeCommandOutput output;
  if (cl.help || cl.full_help) {
    output.text = RougeUsage(cl.full_help);
    return output;
  }

  RougeConfig config;
  std::vector<std::string> systems;
  if (!cl.peer_file.empty()) {
    // One evaluation, like ROUGE's -z mode: system "X", models "M.1", "M.2", ...
    RougeEval eval;
    eval.id = "1";
    eval.format = rouge::InputFormat::kSpl;
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
    if (!content.ok()) return content.status();
    Result<RougeConfig> read =
        cl.file_list ? ParseRougeFileList(*content, *cl.file_list,
                                          cl.positional.size() > 1 ? cl.positional[1] : "X", path)
                     : ParseRougeConfigXml(*content, path);
    if (!read.ok()) return read.status();
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
    return Status::InputError("out of memory (are the input lines very long?)");
  }
  if (!evaluation.ok()) return evaluation.status();
  output.warnings = evaluation->warnings;
  ReportSettings settings;
  settings.format = cl.format;
  settings.confidence_label = cl.confidence_label;
  settings.per_eval = cl.per_eval;
  output.text = FormatRougeReport(*evaluation, settings);
  return output;
}

}  // namespace precis
