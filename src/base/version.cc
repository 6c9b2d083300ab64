#include "precis/version.h"

#define PRECIS_STRINGIFY_(x) #x
#define PRECIS_STRINGIFY(x) PRECIS_STRINGIFY_(x)

namespace precis {

std::string_view Version() {
  return PRECIS_STRINGIFY(PRECIS_VERSION_MAJOR) "." PRECIS_STRINGIFY(
      PRECIS_VERSION_MINOR) "." PRECIS_STRINGIFY(PRECIS_VERSION_PATCH);
}

}  // namespace precis
