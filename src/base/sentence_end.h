// Whether a piece of text ends like a finished sentence: final . ! ? or an
// ellipsis, possibly followed by closing quotes or brackets. One rule for the
// readers (titles, wrapped lines), the cleaner (prose vs furniture), the
// analyzer (summary candidates) and the methods (cut article ends).
#ifndef PRECIS_BASE_SENTENCE_END_H_
#define PRECIS_BASE_SENTENCE_END_H_

#include <string_view>

namespace precis {

bool EndsSentence(std::string_view text);

}  // namespace precis

#endif  // PRECIS_BASE_SENTENCE_END_H_
