// Timelines of a story: the most important dates of a cluster, each with a
// few cited sentences that say what happened that day. Dates come from what
// the text says ("on Monday", "14 July 2010", "yesterday"), resolved against
// each article's date, and from the articles' own dates. Pure; thread-safe.
#ifndef PRECIS_TIMELINE_H_
#define PRECIS_TIMELINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "precis/citation.h"
#include "precis/document.h"
#include "precis/export.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {
PRECIS_API_BEGIN

struct TimelineOptions {
  static constexpr std::size_t kMaxDates = 100'000;
  static constexpr std::size_t kMaxSentencesPerDate = 1'000;
  // N: at most this many dates, 1 to kMaxDates.
  std::size_t dates = 10;
  // K: at most this many sentences for each date, 1 to kMaxSentencesPerDate.
  std::size_t sentences_per_date = 2;
  // Favour sentences on a question or topic (replaces Cluster::query when set).
  std::optional<std::string> query;
  std::string language = "english";  // a Snowball language; time expressions are read in English
  // Only days from `from` to `until` (YYYY-MM-DD, both included; empty: no
  // bound) become entries.
  std::string from, until;
  // Threads for a large cluster's per-document work, as
  // SummarizeOptions::threads (0 to 64; 0: one per hardware thread). The
  // result is the same for any number.
  int threads = 0;
};

// One sentence of an entry: exactly the cited span of a cleaned document
// (source.start/end are code points into Timeline::documents[document].text);
// `date` is its entry's.
struct TimelineSentence : CitedFact {
  double score = 0;
};

struct TimelineEntry {
  std::string date;  // YYYY-MM-DD
  std::vector<TimelineSentence> sentences;
};

struct Timeline {
  std::string cluster_id;
  std::vector<TimelineEntry> entries;  // in date order
  std::vector<Document> documents;     // cleaned; citations point into their text
  std::vector<std::string> warnings;   // one line each
};

// Checks the options: usage errors for N or K out of range, an unknown language.
Status CheckTimelineOptions(const TimelineOptions& options);

// The timeline of one cluster. An empty cluster, or one with no sentence
// that can be dated to a day (no document date and no day named in the
// text), is an input error.
Result<Timeline> BuildTimeline(const Cluster& cluster, const TimelineOptions& options);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_TIMELINE_H_
