#include "cli/malloc_tuning.h"

#include <malloc.h>

namespace precis::cli {

void TuneMalloc() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

}  // namespace precis::cli
