// Decodes the character entities of news SGML: named ones (&amp; &AMP;
// &pound; and the HTML Latin-1 and punctuation names) and numeric ones
// (&#38; &#x26;). Unknown named entities, such as the AQUAINT typesetting
// codes (&QL; &UR; &Cx1f;), are removed; a bare '&' stays. Pure; thread-safe.
#ifndef PRECIS_READ_SGML_ENTITIES_H_
#define PRECIS_READ_SGML_ENTITIES_H_

#include <string>
#include <string_view>

namespace precis::read {

std::string DecodeEntities(std::string_view text);

}  // namespace precis::read

#endif  // PRECIS_READ_SGML_ENTITIES_H_
