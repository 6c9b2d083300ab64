// precis timeline: read sources, build each cluster's timeline, print.
#include <CLI/CLI.hpp>
#include <set>

#include "cli/app_parse.h"
#include "cli/commands.h"
#include "cli/print_each.h"
#include "cli/printable.h"
#include "precis/precis.h"

namespace precis::cli {

constexpr std::string_view kVerb = "timeline";
int RunTimeline(int argc, char** argv) {
  CLI::App app{"The story as dated entries: the most important dates, each with cited sentences.",
               "precis timeline"};
  InputFlags input;
  TimelineOptions options;
  std::string format = "text";
  bool quiet = false;
  // Parsed as signed so that "--dates -1" is reported as out of range, not
  // as an unknown flag.
  long long dates = static_cast<long long>(options.dates);
  long long per_date = static_cast<long long>(options.sentences_per_date);
  app.add_option("-n,--dates", dates, "The number of dates N (the most important)")
      ->capture_default_str();
  app.add_option("-k,--sentences-per-date", per_date, "At most K sentences for each date")
      ->capture_default_str();
  app.add_option("--from", options.from, "Only days from this date on (YYYY-MM-DD)");
  app.add_option("--until", options.until, "Only days up to this date (YYYY-MM-DD)");
  app.add_option("-f,--format", format, "Output: text, json or markdown")->capture_default_str();
  AddThreadsFlag(app, options.threads);
  app.add_option("-l,--language", options.language,
                 "Language for sentences, stopwords and stemming")
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "Do not print warnings");
  AddInputFlags(app, input, "Favour sentences on this question or topic (replaces a JSONL query)");
  if (auto exit_code = ParseApp(app, argc, argv)) return *exit_code;

  if (dates < 1 || dates > static_cast<long long>(TimelineOptions::kMaxDates))
    return Fail(kVerb, Status::UsageError("--dates must be from 1 to " +
                                          std::to_string(TimelineOptions::kMaxDates) + " (got " +
                                          std::to_string(dates) + ")"));
  if (per_date < 1 || per_date > static_cast<long long>(TimelineOptions::kMaxSentencesPerDate))
    return Fail(kVerb, Status::UsageError("--sentences-per-date must be from 1 to " +
                                          std::to_string(TimelineOptions::kMaxSentencesPerDate) +
                                          " (got " + std::to_string(per_date) + ")"));
  options.dates = static_cast<std::size_t>(dates);
  options.sentences_per_date = static_cast<std::size_t>(per_date);
  auto out_format = ParseOutputFormat(format);
  if (!out_format.ok()) return Fail(kVerb, out_format.status());
  if (Status s = CheckTimelineOptions(options); !s.ok()) return Fail(kVerb, s);

  auto read = ReadInput(input, kVerb, quiet);
  if (!read.ok()) return Fail(kVerb, read.status());

  // Of several clusters, one without a timeline is skipped with a warning
  // naming it; the run fails only when none has one.
  return PrintEachCluster(kVerb, read->clusters, *out_format, quiet, "no cluster has a timeline",
                          [&](const Cluster& cluster) { return BuildTimeline(cluster, options); });
}

}  // namespace precis::cli
