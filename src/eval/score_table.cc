#include "precis/eval.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "rouge/rouge_file.h"

namespace precis {
namespace {

// A TSV cell: tabs and line breaks become spaces.
std::string TsvCell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

namespace {

std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ',')) out.push_back(cell);
  return out;
}

}  // namespace

std::string ScoresCsv(const EvalReport& report, bool f_measure) {
  std::string out = "cluster,words,seconds";
  if (!report.clusters.empty())
    for (const auto& m : report.clusters.front().scores) out += "," + m.metric;
  out += "\n";
  char buf[64];
  for (const auto& c : report.clusters) {
    out += c.cluster_id + "," + std::to_string(c.words);
    std::snprintf(buf, sizeof buf, ",%.6f", c.seconds);
    out += buf;
    for (const auto& m : c.scores) {
      std::snprintf(buf, sizeof buf, ",%.5f", f_measure ? m.score.f : m.score.recall);
      out += buf;
    }
    out += "\n";
  }
  return out;
}

Result<ClusterScores> ReadScoresCsv(const std::string& path) {
  // A regular file of a bounded size: a FIFO or a device must not hang --compare.
  Result<std::string> content = rouge::ReadRougeFileUpTo(path, kMaxScoresBytes);
  if (!content.ok()) return content.status();
  std::istringstream in(*content);
  std::string line;
  if (!std::getline(in, line)) return Status::InputError(path + ": empty file");
  std::vector<std::string> header = SplitCsv(line);
  if (header.size() < 4 || header[0] != "cluster")
    return Status::InputError(path + ": not a precis scores file (bad header)");
  ClusterScores out;
  std::size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    std::vector<std::string> cells = SplitCsv(line);
    if (cells.size() != header.size())
      return Status::InputError(path + ":" + std::to_string(number) + ": wrong number of columns");
    std::vector<std::pair<std::string, double>> values;
    for (std::size_t i = 3; i < cells.size(); ++i) {
      char* end = nullptr;
      double v = std::strtod(cells[i].c_str(), &end);
      if (end == cells[i].c_str() || !std::isfinite(v))
        return Status::InputError(path + ":" + std::to_string(number) + ": not a number");
      values.emplace_back(header[i], v);
    }
    out.emplace_back(cells[0], std::move(values));
  }
  return out;
}

std::string FalseCutsTsv(const EvalReport& report) {
  const auto cell = TsvCell;
  std::string out = "cluster\tdocument\treason\theld\ttext\n";
  for (const auto& c : report.clusters)
    for (std::size_t k = 0; k < c.false_cuts.size(); ++k) {
      const auto& cut = c.false_cuts[k];
      const bool held = k < c.false_cuts_held.size() && c.false_cuts_held[k];
      out += cell(c.cluster_id) + "\t" + cell(cut.doc_id) + "\t" + cell(cut.reason) + "\t" +
             (held ? "yes" : "no") + "\t" + cell(cut.text) + "\n";
    }
  return out;
}

std::string FlaggedTsv(const EvalReport& report) {
  std::string out = "cluster\tsentence\tflag\ttext\n";
  for (const auto& c : report.clusters)
    for (const FlaggedSentence& f : c.flagged)
      out += TsvCell(c.cluster_id) + "\t" + std::to_string(f.sentence + 1) + "\t" +
             TsvCell(f.flag) + "\t" + TsvCell(f.text) + "\n";
  return out;
}

std::string ReadabilityCsv(const EvalReport& report) {
  std::string out =
      "cluster,sentences,opens_dependent,dependent_alone,redundant_pairs,furniture,"
      "short_of_budget,unintroduced_names,furniture_cues,false_cuts,false_cuts_held,"
      "short_with_material_left\n";
  for (const auto& c : report.clusters) {
    const Readability& r = c.readability;
    out += c.cluster_id + "," + std::to_string(r.sentences) + "," +
           std::to_string(r.opens_dependent ? 1 : 0) + "," + std::to_string(r.dependent_alone) +
           "," + std::to_string(r.redundant_pairs) + "," + std::to_string(r.furniture) + "," +
           std::to_string(r.short_of_budget ? 1 : 0) + "," + std::to_string(r.unintroduced_names) +
           "," + std::to_string(r.furniture_cues) + "," + std::to_string(r.false_cuts) + "," +
           std::to_string(r.false_cuts_held) + "," +
           std::to_string(r.short_with_material_left ? 1 : 0) + "\n";
  }
  return out;
}

}  // namespace precis
