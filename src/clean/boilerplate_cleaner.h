// Removes web and wire boilerplate from the documents of one cluster before
// anything else reads them: consent and cookie notices, paywalls and prices,
// navigation, share prompts, bylines, timestamps, datelines, repeated
// captions and headlines, template placeholders, and a second, unrelated
// story appended to an article. Decisions use general signals (shape,
// stopwords, punctuation, cue lexicons, repetition within and across
// documents, topic similarity), and each removal says why. Work is in two
// steps: Prepare() normalises and analyses one document, needing no other
// (so it can run in parallel, or once when a document arrives); Clean()
// judges the cluster and returns each document's kept text with its
// analysis, reusing the prepared one wherever the text is unchanged.
// Immutable after construction; thread-safe with one Analyzer per thread.
#ifndef PRECIS_CLEAN_BOILERPLATE_CLEANER_H_
#define PRECIS_CLEAN_BOILERPLATE_CLEANER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "clean/cut_reason.h"
#include "clean/recurring_text.h"
#include "precis/document.h"
#include "text/analyzer.h"
#include "text/stopwords.h"

namespace precis::clean {

// One document's paragraphs, normalised and analysed.
struct PreparedDocument {
  std::vector<text::AnalyzedText> paragraphs;
};

struct CleanedDocument {
  text::AnalyzedText analysis;  // kept paragraphs joined with "\n\n"
  std::vector<RemovedPiece> removed;
  // A page without date metadata often states its date in a line removed
  // here ("Updated 21/11/2011 10:54 GMT"): the first full date (YYYY-MM-DD)
  // of a removed time stamp, dateline or byline; empty when there is none.
  std::string stamped_date;
};

class BoilerplateCleaner {
 public:
  // `language` must be a valid Snowball language (checked by the caller).
  // `recurring` (text recurring across stories; RecurringText::Builtin() by
  // default, nullptr for none) must outlive the cleaner.
  // `threads`: for a large cluster, per-document work (preparing, and
  // assembling what is kept) runs on up to this many threads (0: one per
  // hardware thread), with analysers adopted into the caller's; the result
  // is the same for any number.
  explicit BoilerplateCleaner(std::string language,
                              const RecurringText* recurring = &RecurringText::Builtin(),
                              int threads = 1);

  // `analyzer` must be for the same language.
  PreparedDocument Prepare(const Document& doc, text::Analyzer& analyzer) const;
  // Prepare() of every document, the ids in `analyzer`'s lexicon;
  // prepared_one(d), if given, is called once docs[d] has been read (on the
  // thread that read it; docs[d].text may then be freed).
  std::vector<PreparedDocument> PrepareAll(
      const std::vector<Document>& docs, text::Analyzer& analyzer,
      const std::function<void(std::size_t)>& prepared_one = {}) const;

  // One result per document, in order; `prepared[i]` is Prepare(docs[i]).
  // Cross-document signals (furniture repeated on several pages, topic of
  // the other articles) need the whole cluster at once.
  std::vector<CleanedDocument> Clean(const std::vector<Document>& docs,
                                     std::vector<PreparedDocument> prepared,
                                     text::Analyzer& analyzer) const;
  // Both steps, with the caller's analyzer or one of its own.
  std::vector<CleanedDocument> Clean(const std::vector<Document>& docs,
                                     text::Analyzer& analyzer) const;
  std::vector<CleanedDocument> Clean(const std::vector<Document>& docs) const;

 private:
  std::string language_;
  const text::Stopwords* stopwords_;  // shared, lives as long as the process
  const RecurringText* recurring_;
  int threads_;
};

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_BOILERPLATE_CLEANER_H_
