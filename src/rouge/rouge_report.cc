#include "rouge/rouge_report.h"

#include <nlohmann/json.hpp>

#include "rouge/rouge_scorer.h"

namespace precis::rouge {
namespace {

constexpr std::string_view kDashes = "---------------------------------------------\n";
constexpr std::string_view kDots = ".............................................\n";

std::string Text(const RougeEvaluation& ev, const ReportSettings& s) {
  std::string out;
  for (const RougeSystemResult& system : ev.systems) {
    for (const RougeMetricResult& m : system.metrics) {
      const std::string tag = system.system + " " + m.metric;
      out += kDashes;
      const std::pair<const char*, double RougeScore::*> parts[] = {
          {"R", &RougeScore::recall}, {"P", &RougeScore::precision}, {"F", &RougeScore::f}};
      for (auto [key, field] : parts) {
        out += tag + " Average_" + key + ": " + FormatRouge(m.average.average.*field) + " (" +
               s.confidence_label + "%-conf.int. " + FormatRouge(m.average.low.*field) + " - " +
               FormatRouge(m.average.high.*field) + ")\n";
      }
      if (!s.per_eval) continue;
      out += kDots;
      for (const RougeEvalScore& e : m.evals) {
        out += tag + " Eval " + e.id + " R:" + FormatRouge(e.score.recall) +
               " P:" + FormatRouge(e.score.precision) + " F:" + FormatRouge(e.score.f) + "\n";
      }
    }
  }
  return out;
}

nlohmann::json Triple(const RougeScore& s) {
  return {{"R", s.recall}, {"P", s.precision}, {"F", s.f}};
}

std::string Json(const RougeEvaluation& ev, const ReportSettings& s) {
  nlohmann::json systems = nlohmann::json::array();
  for (const RougeSystemResult& system : ev.systems) {
    nlohmann::json metrics = nlohmann::json::array();
    for (const RougeMetricResult& m : system.metrics) {
      nlohmann::json evals = nlohmann::json::array();
      for (const RougeEvalScore& e : m.evals) {
        evals.push_back(
            {{"id", e.id}, {"R", e.score.recall}, {"P", e.score.precision}, {"F", e.score.f}});
      }
      metrics.push_back({{"metric", m.metric},
                         {"average", Triple(m.average.average)},
                         {"confidence", s.confidence_label},
                         {"conf_int",
                          {{"R", {m.average.low.recall, m.average.high.recall}},
                           {"P", {m.average.low.precision, m.average.high.precision}},
                           {"F", {m.average.low.f, m.average.high.f}}}},
                         {"evaluations", evals}});
    }
    systems.push_back({{"system", system.system}, {"metrics", metrics}});
  }
  nlohmann::json doc = {{"systems", systems}};
  if (!ev.warnings.empty()) doc["warnings"] = ev.warnings;
  return doc.dump(2) + "\n";
}

std::string CsvField(const std::string& f) {
  if (f.find_first_of(",\"\n\r") == std::string::npos) return f;
  std::string q = "\"";
  for (char c : f) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

std::string Csv(const RougeEvaluation& ev) {
  std::string out = "system,metric,evaluation,R,P,F\n";
  auto row = [&](const std::string& system, const std::string& metric, const std::string& what,
                 const RougeScore& sc) {
    out += CsvField(system) + "," + CsvField(metric) + "," + CsvField(what) + "," +
           FormatRouge(sc.recall) + "," + FormatRouge(sc.precision) + "," + FormatRouge(sc.f) +
           "\n";
  };
  for (const RougeSystemResult& system : ev.systems) {
    for (const RougeMetricResult& m : system.metrics) {
      row(system.system, m.metric, "average", m.average.average);
      row(system.system, m.metric, "conf_low", m.average.low);
      row(system.system, m.metric, "conf_high", m.average.high);
      for (const RougeEvalScore& e : m.evals) row(system.system, m.metric, e.id, e.score);
    }
  }
  return out;
}

}  // namespace

std::string FormatRougeReport(const RougeEvaluation& evaluation, const ReportSettings& settings) {
  switch (settings.format) {
    case ReportFormat::kJson:
      return Json(evaluation, settings);
    case ReportFormat::kCsv:
      return Csv(evaluation);
    case ReportFormat::kText:
      break;
  }
  return Text(evaluation, settings);
}

}  // namespace precis::rouge
