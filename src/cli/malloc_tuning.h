// How the precis programs set up glibc's allocator, once, at the start of
// main(): a process that summarizes a cluster makes and drops many arrays
// of a few hundred kilobytes, and glibc's defaults give each its own mmap,
// whose pages the kernel faults in anew every time (on a virtual machine a
// tenth of the run). The library itself leaves the host's allocator alone.
#ifndef PRECIS_CLI_MALLOC_TUNING_H_
#define PRECIS_CLI_MALLOC_TUNING_H_

namespace precis::cli {

// Arrays under 4 MB come from the heap, and up to 16 MB freed at its top
// are kept for reuse rather than given back at once.
void TuneMalloc();

// Gives the pages of freed memory back to the system (those inside the heap
// too, which glibc keeps otherwise): after a cluster's analysis is dropped,
// before its output is written.
void ReleaseFreeMemory();

}  // namespace precis::cli

#endif  // PRECIS_CLI_MALLOC_TUNING_H_
