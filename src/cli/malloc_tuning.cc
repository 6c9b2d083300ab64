#include "cli/malloc_tuning.h"

#include <malloc.h>

namespace precis::cli {

void TuneMalloc() {
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
}

void ReleaseFreeMemory() { malloc_trim(0); }

}  // namespace precis::cli
