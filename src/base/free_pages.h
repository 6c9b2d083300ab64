// Gives the pages of freed heap memory back to the system. A stage that
// frees many small blocks amid live ones (the cleaner of a large cluster)
// leaves them resident but unused; the next stage's large arrays are mapped
// afresh, so the process peaks at both. Thread-safe; costs a walk of the
// heap's free blocks, so call it after freeing a lot, not per item.
#ifndef PRECIS_BASE_FREE_PAGES_H_
#define PRECIS_BASE_FREE_PAGES_H_

namespace precis {

// Does nothing where the allocator offers no such call (non-glibc).
void ReturnFreePages();

}  // namespace precis

#endif  // PRECIS_BASE_FREE_PAGES_H_
