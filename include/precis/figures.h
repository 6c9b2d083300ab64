// Figures of a story: the numbers that count the same thing across the
// documents of a cluster (people killed, injured, displaced; money; votes;
// distances), each with what it counts, its unit, its date and its cited
// sentence, grouped, and whether the sources agree, differ at the same time,
// or tell a series over time. Numbers that count nothing (ages, years, dates,
// times, phone numbers, scores, percentages, ordinals) are left out. English
// only (the words are data tables: data/figures/). Pure; thread-safe.
#ifndef PRECIS_FIGURES_H_
#define PRECIS_FIGURES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/citation.h"
#include "precis/document.h"
#include "precis/export.h"
#include "precis/status.h"

namespace precis {
PRECIS_API_BEGIN

// One statement of a figure. CitedFact::text is the whole sentence (source
// cites it); CitedFact::date is the day the figure is of: the day the
// sentence names, else its article's date; empty when neither is known.
struct FigureValue : CitedFact {
  double value = 0;
  std::string
      mention;  // the number as written, with its qualifier and unit ("more than 70,000 people")
};

enum class FigureStatus {
  kAgree,   // every value is the same within rounding (or there is one)
  kDiffer,  // different values on the same day, or no dates to tell: the sources disagree
  kSeries,  // different values on different days: the figure changed over time
};

// "agree", "differ", "series".
inline std::string_view FigureStatusName(FigureStatus status) {
  return status == FigureStatus::kDiffer   ? "differ"
         : status == FigureStatus::kSeries ? "series"
                                           : "agree";
}

struct Figure {
  std::string what;                 // what is counted: "killed", "injured", "cost", ...
  std::string unit;                 // "people", "dollars", "votes", "km", ...
  std::vector<FigureValue> values;  // by date (undated last), then document and sentence
  FigureStatus status = FigureStatus::kAgree;
};

struct FigureOptions {
  // Only figures stated in sentences that share a word with this (replaces
  // Cluster::query when set).
  std::optional<std::string> query;
  std::string language = "english";  // sentences and stems; figures are read in English
  // Threads for a large cluster's per-document work, as
  // SummarizeOptions::threads (0 to 64; 0: one per hardware thread). The
  // result is the same for any number.
  int threads = 0;
};

struct Figures {
  std::string cluster_id;
  std::vector<Figure> figures;        // most widely reported first
  std::vector<Document> documents;    // cleaned; citations point into their text
  std::vector<std::string> warnings;  // one line each
};

// Checks the options (an unknown language is a usage error).
Status CheckFigureOptions(const FigureOptions& options);

// The figures of one cluster (none is not an error). An empty cluster is an
// input error.
Result<Figures> BuildFigures(const Cluster& cluster, const FigureOptions& options);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_FIGURES_H_
