// The date of a page without date metadata, from what the cleaner removed:
// a page often states its date in a line that is not article text ("Updated
// 21/11/2011 10:54 GMT"). Shared by timelines and figures. Pure; thread-safe.
#ifndef PRECIS_CLEAN_DOCUMENT_DATE_H_
#define PRECIS_CLEAN_DOCUMENT_DATE_H_

#include <string>

#include "clean/boilerplate_cleaner.h"

namespace precis::clean {

// The first full date (YYYY-MM-DD) of a timestamp, dateline or byline
// removed from `doc`, or "" when there is none.
std::string DateOfRemovedStamp(const CleanedDocument& doc);

}  // namespace precis::clean

#endif  // PRECIS_CLEAN_DOCUMENT_DATE_H_
