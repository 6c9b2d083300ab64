// What a paragraph looks like, measured once: word counts, stopword share,
// punctuation, digits, and hits of the boilerplate cue lexicons (cookie
// notices, paywalls, navigation, share prompts, timestamps, bylines). The
// lexicons hold phrases of web-page furniture in general, not of one site.
#ifndef PRECIS_CLEAN_PARAGRAPH_SIGNALS_H_
#define PRECIS_CLEAN_PARAGRAPH_SIGNALS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"
#include "text/stopwords.h"

namespace precis::clean {

enum class Cue { kCookie, kPaywall, kNavigation, kShare, kCount };

// 32 bytes (32-bit counts: the cleaner keeps one of these per unit of a
// cluster, and a unit of 4G words is past any input's size).
struct ParagraphSignals {
  std::uint32_t words = 0;         // tokens with a letter or digit
  std::uint32_t letter_words = 0;  // tokens with a letter
  std::uint32_t stopwords = 0;
  std::uint32_t capitalized = 0;  // words starting with an upper-case letter
  // The folded words, hashed in order, for comparisons: units with the same
  // words have the same key (8 bytes where the words themselves were as large
  // as the text of a large cluster).
  std::uint64_t key = 0;
  // Cue scores per kind: 2 per strong cue phrase (formulas too), 1 per weak
  // one. (Each phrase counts once, so a score stays far below 255.)
  std::uint8_t cues[static_cast<int>(Cue::kCount)] = {};
  bool terminal : 1 = false;  // ends like a sentence (. ! ? or a closing quote after one)
  bool has_letters : 1 = false;
  bool placeholder : 1 = false;   // {{name}}, ${name}, %%name%%
  bool price : 1 = false;         // currency sign next to a number, "/month"
  bool time_or_date : 1 = false;  // 09:29, 21/11/2011, "Updated", "Published"
  bool byline : 1 = false;        // "By Jane Doe", "Staff Writer"
  bool formula : 1 = false;       // the page speaking to its reader: "share this", "click here"

  std::size_t cue(Cue c) const { return cues[static_cast<int>(c)]; }
  double stopword_share() const {
    return letter_words ? static_cast<double>(stopwords) / static_cast<double>(letter_words) : 0;
  }
  // Reads like running prose: a finished sentence with function words.
  bool prose() const { return terminal && words >= 8 && stopword_share() >= 0.2; }
  // Reads like a piece of a sentence, though unfinished: function words,
  // most words in lower case ("-- The drive must continue to curb crime;").
  // Slugs and headings are capitalised ("Story Filed By Cox Newspapers").
  bool clause() const {
    return words >= 8 && stopword_share() >= 0.25 && 2 * capitalized < letter_words;
  }
  // Short and unfinished, like a heading, menu item or caption.
  bool fragment() const { return !terminal && words <= 12; }
};
static_assert(sizeof(ParagraphSignals) == 32);

ParagraphSignals MeasureParagraph(std::string_view paragraph, const text::Stopwords& stopwords);

// The same from the words of `unit` already found by the analyzer (ids in
// `lexicon`): their offsets less `offset` index `unit`.
ParagraphSignals MeasureWords(std::string_view unit, std::span<const text::AnalyzedWord> words,
                              std::size_t offset, const text::Lexicon& lexicon);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_PARAGRAPH_SIGNALS_H_
