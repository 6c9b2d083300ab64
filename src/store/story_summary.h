// The summary a story store keeps for a story, the same for every backend:
// the JSON array of the summary's sentences (render's "summary") of the
// story's articles, made by one Summarizer per store, created on first use.
// Not thread-safe (a store's writer holds it).
#ifndef PRECIS_STORE_STORY_SUMMARY_H_
#define PRECIS_STORE_STORY_SUMMARY_H_

#include <optional>
#include <string>

#include "precis/status.h"
#include "precis/store.h"
#include "precis/summarizer.h"

namespace precis::store {

// `cluster` holds the story's articles, oldest first. "[]" when it has none
// or the summarizer cannot summarize them; an error only when the
// summarizer cannot be made from `options` (a language it does not know).
Result<std::string> StorySummaryJson(std::optional<Summarizer>& summarizer,
                                     const StoreOptions& options, const Cluster& cluster);

}  // namespace precis::store

#endif  // PRECIS_STORE_STORY_SUMMARY_H_
