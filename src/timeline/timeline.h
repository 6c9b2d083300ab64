// Timeline selection over the analysed sentences of one cluster: dates each
// sentence by the days it names (else, for an article's first sentences, by
// the article's date), ranks days by how many articles name them (more when
// looking back) and appeared on them, and gives each of the top days its
// most central, non-redundant sentences. Pure; thread-safe.
#ifndef PRECIS_TIMELINE_TIMELINE_H_
#define PRECIS_TIMELINE_TIMELINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/time_expressions.h"

namespace precis::timeline {

// One sentence of the cluster, as the selection sees it.
struct Sentence {
  std::size_t doc = 0;
  std::size_t position = 0;  // index of the sentence in its document
  std::string_view text;
  std::vector<int> terms;  // content stems (no stopwords or numbers) as ids from 0
  std::size_t words = 0;
  bool candidate = false;  // fit to be shown (a finished sentence, not a fragment)
};

struct Params {
  std::size_t dates = 10;
  std::size_t sentences_per_date = 2;
  // Sentences without a day of their own take their article's date when they
  // are among its first `lead_sentences`: the lead reports the news of the day.
  std::size_t lead_sentences = 3;
  // A day's importance: each article that names it counts 1, or
  // `looking_back_weight` when it names it `looking_back_days` or more after
  // the day (the event is still news); each article published that day
  // counts `publication_weight`.
  double looking_back_weight = 2.0;
  long looking_back_days = 2;
  double publication_weight = 0.5;
  // A day named more than this many days after its article's date is a plan,
  // not yet an event, and does not date the sentence.
  long max_days_ahead = 0;
  // Longer sentences are not shown (timeline entries are short statements).
  std::size_t max_words = 50;
  // Sentences at least this similar (cosine of content stems) to one already
  // chosen for the timeline are redundant.
  double redundancy = 0.3;
  // How much sharing all the query's terms multiplies a sentence's score by
  // (1 + query_weight at most).
  double query_weight = 1.0;
  // A page's time stamp ("26 April 2009 10.40 BST") dates nothing: it is
  // not something said about the day (the article's date covers it).
  bool skip_stamps = true;
  // Only days in [first_day, last_day] (day numbers) become entries.
  std::optional<long> first_day, last_day;
};

struct Entry {
  text::CivilDate date;
  std::vector<std::size_t> sentences;  // indices into the input, best first
  std::vector<double> scores;
};

struct Selection {
  std::vector<Entry> entries;       // in date order
  std::size_t dated_sentences = 0;  // sentences dated to a day (shown or not)
};

// `sentences` come in document order; `doc_dates[d]` is document d's date,
// when known. `query_terms` (term ids, may be empty) favour the sentences
// that share them.
Selection SelectTimeline(const std::vector<Sentence>& sentences,
                         const std::vector<std::optional<text::CivilDate>>& doc_dates,
                         const std::vector<int>& query_terms, const Params& params);

}  // namespace precis::timeline

#endif  // PRECIS_TIMELINE_TIMELINE_H_
