// store/schema.cpp — creating the schema and refusing databases of another version.
#include "store/schema.hpp"

#include <string>

#include "store/statement.hpp"

namespace store {

namespace generated {
extern const char* const kSchemaSql;  // from db/schema.sql, see CMakeLists.txt
}

std::string_view schema_sql() {
  return generated::kSchemaSql;
}

void create_schema(Database& db) {
  db.exec(schema_sql());
  db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

void check_schema(Database& db) {
  const std::string where = db.path().string();
  const auto app_id = db.pragma_int("application_id");
  const auto version = db.pragma_int("user_version");
  if (app_id != kApplicationId) {
    throw SchemaError(where +
                      " is not a conceptdb database (it has no conceptdb application id); "
                      "give the right file with --db, or make one with `conceptdb build`");
  }
  if (version > kSchemaVersion) {
    throw SchemaError(where + " was made by a newer conceptdb (schema version " +
                      std::to_string(version) + "; this program reads version " +
                      std::to_string(kSchemaVersion) +
                      "); use that newer conceptdb, or rebuild it with `conceptdb build`");
  }
  if (version < kSchemaVersion) {
    throw SchemaError(where + " was made by an older conceptdb (schema version " +
                      std::to_string(version) + "; this program reads version " +
                      std::to_string(kSchemaVersion) +
                      "); rebuild it from the corpus with `conceptdb build`");
  }
}

Database open_conceptdb(const std::filesystem::path& path, OpenMode mode) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw SchemaError("no database at " + path.string() +
                      "; build it first with `conceptdb build`, or give another one with --db");
  }
  if (std::filesystem::is_directory(path, ec)) {
    throw SchemaError(path.string() +
                      " is a folder, not a database file; give the database file with --db");
  }
  Database db = Database::open(path, mode);
  check_schema(db);
  return db;
}

}  // namespace store
