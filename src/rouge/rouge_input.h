// How ROUGE-1.5.5 reads a summary: the units ("sentences") of an SPL, SEE or ISI
// file, ASCII-lower-cased, and the -l/-b length limits applied to them. Works on
// bytes, like the Perl. Pure functions, thread-safe.
#ifndef PRECIS_ROUGE_ROUGE_INPUT_H_
#define PRECIS_ROUGE_ROUGE_INPUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::rouge {

// <INPUT-FORMAT TYPE="..."> (or -z). kSimple is for Basic Elements and holds no text.
enum class InputFormat { kSpl, kSee, kIsi, kSimple };

// Case-insensitive "SPL", "SEE", "ISI", "SIMPLE".
Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// The units of a file: SPL gives every non-empty line (without its '\n'), SEE and
// ISI the text of each matching line. A-Z are lower-cased; other bytes are kept.
// Fails for kSimple, which ROUGE cannot read as text.
Result<std::vector<std::string>> ExtractUnits(std::string_view content, InputFormat format);

// ASCII-lower-cases the units given directly as sentences (empty ones dropped),
// as if each had been one line of an SPL file.
std::vector<std::string> UnitsFromSentences(const std::vector<std::string>& sentences);

// Perl's split(/\s+/, s): a leading empty field when s starts with whitespace,
// no trailing empty fields. \s is ASCII whitespace only (space, \t \n \v \f \r).
std::vector<std::string_view> PerlSplitWhitespace(std::string_view s);

struct LengthLimit {
  int words = 0;  // -l; 0 = no limit
  int bytes = 0;  // -b; 0 = no limit
};

// The text ROUGE scores n-grams, skip-bigrams and unigram clipping on (readText):
// whole units while the running total stays under the limit, then the first part
// of the unit that reaches it. Joining the result with spaces gives ROUGE's text.
std::vector<std::string> TruncateUnits(const std::vector<std::string>& units, LengthLimit limit);

// The units ROUGE-L/W run on (readText_LCS). Same as TruncateUnits except for -b,
// where ROUGE never advances its byte counter: every unit shorter than the limit
// is kept, and the first one that is not is cut to the limit and ends the list.
std::vector<std::string> TruncateUnitsForLcs(const std::vector<std::string>& units,
                                             LengthLimit limit);

}  // namespace precis::rouge

#endif  // PRECIS_ROUGE_ROUGE_INPUT_H_
