// The PostgreSQL backend of StoryStore (libpq), selected by "postgresql://"
// and "postgres://" locations. Same schema (meta magic and schema_version,
// migrations), same behaviour as the SQLite backend; writers are serialized
// per batch by a transaction-level advisory lock, and a writer reloads its
// in-memory state (terms, open stories) when another one committed since
// its last batch (meta "changes" counter). The implementation is
// src/store/pg/pg_store.cc; a build whose `precis` is fully static links
// src/store/pg/pg_exec.cc instead, which runs `precis-pg` (the same
// command line, linked with libpq's shared library) beside it.
#ifndef PRECIS_STORE_PG_STORE_H_
#define PRECIS_STORE_PG_STORE_H_

#include <memory>
#include <string>

#include "precis/store.h"

namespace precis::store {

inline bool IsPostgresLocation(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<StoryStore>> OpenPostgresStore(const std::string& location,
                                                      const StoreOptions& options);

}  // namespace precis::store

#endif  // PRECIS_STORE_PG_STORE_H_
