#include "base/free_pages.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace precis {

void ReturnFreePages() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace precis
