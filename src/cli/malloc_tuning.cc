#include "cli/malloc_tuning.h"

#include <malloc.h>

namespace precis::cli {

void TuneMalloc() {
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
}

void ShareOneArena() { mallopt(M_ARENA_MAX, 1); }

void ReleaseFreeMemory() {
  // Trimming a small heap gives back pages the next step faults in again
  // (a fault costs more than the page is worth): only free memory past
  // the automatic trim threshold is worth returning.
  if (mallinfo2().fordblks >= (16u << 20)) malloc_trim(0);
}

}  // namespace precis::cli
