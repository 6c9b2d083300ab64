// OpenPostgresStore() of libprecis: the library does not carry the libpq
// backend (the `precis` command does, through precis-pg), and a library must
// not hand its host process over to another program as pg_exec.cc does.
#include "store/pg_store.h"

namespace precis::store {

Result<std::unique_ptr<StoryStore>> OpenPostgresStore(const std::string& location,
                                                      const StoreOptions&) {
  (void)location;
  return Status::UsageError(
      "this libprecis has no PostgreSQL story store (the precis command has: precis ingest "
      "--store postgresql://...)");
}

}  // namespace precis::store
