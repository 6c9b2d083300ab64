// Figures over the analysed documents of one cluster: every number that
// counts something (text::FindNumberExpressions) with the unit noun after it
// and the nearest word that says what it counts (tables.h), dated by the day
// its sentence names or its article's date; then mentions of the same thing
// (what and unit) grouped across documents, with whether they agree, differ
// or make a series. The summarizer and precis::BuildFigures both call this
// on the analysis they already have. Pure; thread-safe.
#ifndef PRECIS_FIGURES_FIND_FIGURES_H_
#define PRECIS_FIGURES_FIND_FIGURES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/figures.h"
#include "text/analyzer.h"
#include "text/number_expressions.h"
#include "text/time_expressions.h"

namespace precis::figures {

// One number that counts something, in one sentence.
struct Mention {
  std::size_t doc = 0;
  std::size_t sentence = 0;
  std::size_t begin = 0, end = 0;  // byte offsets of the mention (number to unit) in the document
  text::NumberExpression number;   // offsets relative to the sentence
  std::size_t what = 0;            // index into Tables::counted()
  std::size_t unit = 0;            // index into Tables::units()
  std::optional<text::CivilDate> date;
};

struct Params {
  // How far (in words) from the number, before it or after its unit, the
  // word that says what it counts may be.
  std::size_t window = 8;
  // Without a unit noun, the counted word must be this close before the
  // number ("the death toll rose to 94,000").
  std::size_t bare_window = 3;
  // ... or a word naming the count itself this close ("the death toll from
  // the floods rose to 31").
  std::size_t count_noun_window = 6;
  // Adjectives allowed between a number and its unit ("200 additional military personnel").
  std::size_t unit_lookahead = 3;
};

// The mentions of every document, in document order. `texts[d]` is the
// (cleaned) text that `analyses[d]` analyses, `dates[d]` the document's date
// (YYYY-MM-DD..., or empty); word stems are read through `lexicon` (only
// read: a large cluster's documents are read on up to `threads` threads, as
// ThreadsForBytes allows; 0 is one per hardware thread).
std::vector<Mention> FindMentions(const std::vector<const std::string*>& texts,
                                  const std::vector<text::AnalyzedText>& analyses,
                                  const std::vector<std::string>& dates,
                                  const text::Lexicon& lexicon, const Params& params = {},
                                  int threads = 1);

// Groups mentions of the same thing into figures (values by date, then
// document order; groups reported by more documents first), citing
// `documents` (whose texts the mentions are in).
std::vector<Figure> GroupMentions(const std::vector<Mention>& mentions,
                                  const std::vector<Document>& documents,
                                  const std::vector<text::AnalyzedText>& analyses);

// The status of values (each with its date, if known): agree when all are
// the same within rounding, series when they differ only across days,
// differ otherwise.
FigureStatus StatusOf(const std::vector<text::NumberExpression>& numbers,
                      const std::vector<std::optional<text::CivilDate>>& dates);

// FindMentions then GroupMentions, for a summary or BuildFigures.
std::vector<Figure> FindFigures(const std::vector<Document>& documents,
                                const std::vector<text::AnalyzedText>& analyses,
                                const std::vector<std::string>& dates, const text::Lexicon& lexicon,
                                int threads = 1);

}  // namespace precis::figures

#endif  // PRECIS_FIGURES_FIND_FIGURES_H_
