// The deepest nesting of arrays and objects in JSON text, found in one pass
// without parsing (strings skipped): the bound to check before a parser
// recurses (the JSONL reader refuses lines nested more than 64 levels, and the
// server request bodies). nlohmann's parse callback checks depth too, but costs
// time quadratic in an array's elements. Pure function; thread-safe.
#ifndef PRECIS_JSON_H_
#define PRECIS_JSON_H_

#include <cstddef>
#include <string_view>

#include "precis/export.h"

namespace precis {
PRECIS_API_BEGIN

std::size_t JsonNestingDepth(std::string_view text);

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_JSON_H_
