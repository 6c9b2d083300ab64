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

// One allocator arena for every thread from here on: for a single large
// cluster, whose documents are read on one thread and analysed on several,
// memory one thread frees is then reused by the others instead of being held
// beside theirs (28,806 articles: 5 MB less at the peak, no slower). Call it
// before those threads allocate; several clusters summarized at once would
// contend for the one arena, so not then.
void ShareOneArena();

// Gives the pages of freed memory back to the system (those inside the heap
// too, which glibc keeps otherwise): after a cluster's analysis is dropped,
// before its output is written.
void ReleaseFreeMemory();

}  // namespace precis::cli

#endif  // PRECIS_CLI_MALLOC_TUNING_H_
