// The deepest nesting of arrays and objects in JSON text, found in one pass
// without parsing (strings skipped): the bound to check before a parser
// recurses. nlohmann's parse callback checks depth too, but costs time
// quadratic in an array's elements. Pure function; thread-safe.
#ifndef PRECIS_BASE_JSON_NESTING_H_
#define PRECIS_BASE_JSON_NESTING_H_

#include <cstddef>
#include <string_view>

namespace precis {

std::size_t JsonNestingDepth(std::string_view text);

}  // namespace precis

#endif  // PRECIS_BASE_JSON_NESTING_H_
