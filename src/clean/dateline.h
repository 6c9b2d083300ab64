// Wire-service datelines at the start of an article's first paragraphs:
// "WASHINGTON (AP) _ ", "SANTO DOMINGO, Dominican Republic (AP) -- ",
// "BEIRUT — ", "Washington, February 28 (XINHUA) -- ", and FBIS's "[Text] ".
// Pure function; thread-safe.
#ifndef PRECIS_CLEAN_DATELINE_H_
#define PRECIS_CLEAN_DATELINE_H_

#include <cstddef>
#include <string_view>

namespace precis::clean {

// Length in bytes of the dateline prefix of `paragraph`, or 0 when none.
std::size_t DatelineLength(std::string_view paragraph);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_DATELINE_H_
