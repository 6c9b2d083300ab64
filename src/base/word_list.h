// Membership in a short constant word list (the cleaner's and the
// dependence rules' lexicons are data tables of a few dozen words, where a
// linear scan beats a hash).
#ifndef PRECIS_BASE_WORD_LIST_H_
#define PRECIS_BASE_WORD_LIST_H_

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

#include "base/ascii.h"

namespace precis {

template <std::size_t N>
constexpr bool InWordList(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// The same with `word` in any ASCII case (the list in lower case).
template <std::size_t N>
constexpr bool InWordListIgnoringCase(std::string_view word, const std::string_view (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list),
                     [&](std::string_view entry) { return EqualsIgnoringAsciiCase(word, entry); });
}

}  // namespace precis

#endif  // PRECIS_BASE_WORD_LIST_H_
