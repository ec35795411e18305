// store/schema.hpp — the database schema (db/schema.sql, compiled in) and its version checks.
//
// A conceptdb database is recognised by its application_id; its PRAGMA user_version is the
// schema version it was made with. Opening a database made by a newer conceptdb, an older
// schema, or a file that is not a conceptdb database fails with a message that says what
// to do (SchemaError).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string_view>

#include "store/database.hpp"

namespace store {

inline constexpr int kSchemaVersion = 5;
// 'CDB1' read as a big-endian integer: marks a file as a conceptdb database.
inline constexpr int kApplicationId = 0x43444231;

class SchemaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The text of db/schema.sql.
std::string_view schema_sql();

// Creates every table and view in an empty database and stamps version and application id.
void create_schema(Database& db);

// Throws SchemaError unless `db` is a conceptdb database of exactly kSchemaVersion.
void check_schema(Database& db);

// Opens an existing conceptdb database and checks its schema. A missing file is a
// SchemaError that tells the user to run `conceptdb build` first.
Database open_conceptdb(const std::filesystem::path& path, OpenMode mode);

}  // namespace store
