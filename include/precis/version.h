// The version of precis: the macros give the version of these headers (the
// build reads them, so this file is the one place it is written); Version()
// gives the version of the library a program was linked with.
#ifndef PRECIS_VERSION_H_
#define PRECIS_VERSION_H_

#include <string_view>

#include "precis/export.h"

#define PRECIS_VERSION_MAJOR 0
#define PRECIS_VERSION_MINOR 1
#define PRECIS_VERSION_PATCH 0

namespace precis {
PRECIS_API_BEGIN

// "MAJOR.MINOR.PATCH" of the library, e.g. "0.1.0".
std::string_view Version();

PRECIS_API_END
}  // namespace precis

#endif  // PRECIS_VERSION_H_
