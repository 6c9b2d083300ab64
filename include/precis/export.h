// What libprecis.so exports: the library is compiled with hidden visibility, and
// every public header puts its declarations between PRECIS_API_BEGIN and
// PRECIS_API_END, so exactly the API of include/precis/ is visible to programs
// linking the shared library (and the internals stay free to change).
#ifndef PRECIS_EXPORT_H_
#define PRECIS_EXPORT_H_

#if defined(__GNUC__) || defined(__clang__)
#define PRECIS_API_BEGIN _Pragma("GCC visibility push(default)")
#define PRECIS_API_END _Pragma("GCC visibility pop")
// A class the public headers name but do not define (a pimpl): not exported.
#define PRECIS_HIDDEN __attribute__((visibility("hidden")))
#else
#define PRECIS_API_BEGIN
#define PRECIS_API_END
#define PRECIS_HIDDEN
#endif

#endif  // PRECIS_EXPORT_H_
