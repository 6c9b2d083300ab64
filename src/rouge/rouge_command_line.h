// ROUGE-1.5.5's command line (Getopt::Std 'ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:'
// with bundling, "-n4" or "-n 4"), plus precis' own long options: --peer FILE,
// --ref FILE (repeatable), --format text|json|csv, --jackknife, --help.
// Options may come anywhere; "--" ends them. Pure function, thread-safe.
#ifndef PRECIS_ROUGE_ROUGE_COMMAND_LINE_H_
#define PRECIS_ROUGE_ROUGE_COMMAND_LINE_H_

#include <optional>
#include <string>
#include <vector>

#include "precis/rouge.h"
#include "precis/status.h"
#include "rouge/rouge_input.h"

namespace precis::rouge {

enum class ReportFormat { kText, kJson, kCsv };

struct RougeCommandLine {
  RougeOptions options;
  bool all_systems = false;                   // -a
  bool per_eval = false;                      // -d
  std::string confidence_label = "95";        // -c as typed, for "(95%-conf.int. ...)"
  std::optional<InputFormat> file_list;       // -z FORMAT: the config is a file list
  std::vector<std::string> positional;        // config file [system ID]
  std::string peer_file;                      // --peer
  std::vector<std::string> ref_files;         // --ref
  ReportFormat format = ReportFormat::kText;  // --format
  bool jackknife = false;                     // --jackknife
  bool help = false;                          // -h / --help
  bool full_help = false;                     // -H
};

// Usage errors name the option. Checks values (ranges, -l with -b, -t other
// than 0, -3, -M) and the shape of the positional arguments.
Result<RougeCommandLine> ParseRougeCommandLine(const std::vector<std::string>& args);

// Splits "-n 4 -m -l 100" on spaces (for option strings such as the
// conformance vectors' "config").
std::vector<std::string> SplitOptionString(const std::string& s);

std::string RougeUsage(bool full);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_COMMAND_LINE_H_
