// The SQLite backend of StoryStore (WAL, one writer). Schema and
// migrations in sqlite_store.cc; see include/precis/store.h for the design.
#ifndef PRECIS_STORE_SQLITE_STORE_H_
#define PRECIS_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "precis/store.h"

namespace precis::store {

inline constexpr int kSchemaVersion = 1;
inline constexpr int kApplicationId = 0x70726373;  // "prcs"
inline constexpr const char* kMagic = "precis story store";

Result<std::unique_ptr<StoryStore>> OpenSqliteStore(const std::string& path,
                                                    const StoreOptions& options);

}  // namespace precis::store

#endif  // PRECIS_STORE_SQLITE_STORE_H_
