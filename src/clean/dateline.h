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

// End of a U.S.-style dateline inside `unit` ("omaha, neb. -- ", "goshen,
// n.y. ( ap ) — ", "portland, ore. ( koin ) -- "), as lower-cased crawls
// write it, within its first 400 bytes (720 with an agency in parentheses);
// 0 when none. What comes before it in the same unit is a caption, headline
// or prompt glued to the story's first sentence.
std::size_t InnerDatelineEnd(std::string_view unit);

// End of an agency's name in parentheses that opens the story with no
// separator after it ("WASHINGTON (CNN)The ...", "story highlights ... ( cnn )
// the u.s. secret service ..."), within the unit's first 720 bytes, spaces
// after it included; 0 when none. What comes before it is a dateline's place
// or what was glued before the story (its headline, highlights, a caption).
std::size_t BareAgencyDatelineEnd(std::string_view unit);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_DATELINE_H_
