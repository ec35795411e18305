// store/script_guard.cpp — an SQLite authorizer with an allow-list of read-only PRAGMAs.
#include "store/script_guard.hpp"

#include <sqlite3.h>

#include "store/database.hpp"

namespace store {

namespace {

bool is_schema_info_pragma(const char* name) {
  static const char* const kAllowed[] = {"table_info",       "table_xinfo",    "table_list",
                                         "index_list",       "index_info",     "index_xinfo",
                                         "foreign_key_list", "function_list",  "pragma_list",
                                         "collation_list",   "compile_options"};
  for (const char* allowed : kAllowed) {
    if (sqlite3_stricmp(name, allowed) == 0) return true;
  }
  return false;
}

// PRAGMA names come as the user typed them; SQL names are case-insensitive, so are these.
// Settings a script may read (not set). FTS5 itself reads data_version on every query.
bool is_readable_setting(const char* name) {
  return sqlite3_stricmp(name, "user_version") == 0 || sqlite3_stricmp(name, "data_version") == 0 ||
         sqlite3_stricmp(name, "application_id") == 0 ||
         sqlite3_stricmp(name, "schema_version") == 0 || sqlite3_stricmp(name, "encoding") == 0;
}

// SQL functions no script may call: fts3_tokenizer hands out (one argument) and takes (two,
// the second a bound parameter) raw C pointers, a way to run arbitrary code; load_extension
// loads a shared library (SQLite refuses it anyway unless enabled; this is belt and braces).
bool is_forbidden_function(const char* name) {
  return name != nullptr && (sqlite3_stricmp(name, "fts3_tokenizer") == 0 ||
                             sqlite3_stricmp(name, "load_extension") == 0);
}

int authorize(void*, int action, const char* arg1, const char* arg2, const char*, const char*) {
  switch (action) {
    case SQLITE_FUNCTION:
      return is_forbidden_function(arg2) ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_TRANSACTION:
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
      return SQLITE_DENY;
    case SQLITE_PRAGMA:
      if (arg1 != nullptr && is_schema_info_pragma(arg1)) return SQLITE_OK;
      if (arg1 != nullptr && arg2 == nullptr && is_readable_setting(arg1)) return SQLITE_OK;
      return SQLITE_DENY;
    default:
      return SQLITE_OK;
  }
}

}  // namespace

ScriptGuard::ScriptGuard(Database& db, std::uint64_t max_value_bytes) : db_(db) {
  sqlite3_set_authorizer(db_.handle(), authorize, nullptr);
  if (max_value_bytes > 0) {
    const int current = sqlite3_limit(db_.handle(), SQLITE_LIMIT_LENGTH, -1);
    // SQLite only lowers a limit; the cap never raises the compiled-in maximum.
    if (max_value_bytes < static_cast<std::uint64_t>(current)) {
      previous_length_limit_ =
          sqlite3_limit(db_.handle(), SQLITE_LIMIT_LENGTH, static_cast<int>(max_value_bytes));
    }
  }
}

ScriptGuard::~ScriptGuard() {
  if (previous_length_limit_ >= 0)
    sqlite3_limit(db_.handle(), SQLITE_LIMIT_LENGTH, previous_length_limit_);
  sqlite3_set_authorizer(db_.handle(), nullptr, nullptr);
}

}  // namespace store
