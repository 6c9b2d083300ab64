// Prints a RougeEvaluation: kText is ROUGE-1.5.5.pl's own layout, line for line
// (per system and metric: a dashed line, Average_R/P/F with intervals, and with
// -d a dotted line then one line per evaluation); kJson and kCsv carry the same
// numbers (always with the per-evaluation scores). Pure functions.
#ifndef PRECIS_ROUGE_ROUGE_REPORT_H_
#define PRECIS_ROUGE_ROUGE_REPORT_H_

#include <string>

#include "rouge/rouge_command_line.h"
#include "rouge/rouge_evaluation.h"

namespace precis::rouge {

struct ReportSettings {
  ReportFormat format = ReportFormat::kText;
  std::string confidence_label = "95";  // -c as typed
  bool per_eval = false;                // -d (text only)
};

std::string FormatRougeReport(const RougeEvaluation& evaluation, const ReportSettings& settings);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_REPORT_H_
