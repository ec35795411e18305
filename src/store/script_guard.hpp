// store/script_guard.hpp — while alive, refuses the statements a user's script must not run.
//
// The runner owns the transaction of a script run; a script that could COMMIT, ATTACH
// another file or flip a PRAGMA (writable_schema, query_only, journal_mode) could break the
// promise that a failed run changes nothing. Such statements fail to prepare with
// SQLITE_AUTH ("not authorized"); read-only schema PRAGMAs (table_info, index_list, ...)
// stay allowed. Refused too: the SQL functions that reach outside SQL, fts3_tokenizer (raw
// C pointers) and load_extension. Create it after the transaction began, destroy it before
// commit/rollback.
//
// `max_value_bytes` (0: SQLite's own limit) caps the size of any one string or blob SQLite
// makes for the script: a `zeroblob(1e9)` or `randomblob`/`replace` bomb would otherwise
// allocate in SQLite, where the Lua memory limit does not reach. Such a statement fails with
// "string or blob too big".
#pragma once

#include <cstdint>

namespace store {

class Database;

class ScriptGuard {
 public:
  explicit ScriptGuard(Database& db, std::uint64_t max_value_bytes = 0);
  ScriptGuard(const ScriptGuard&) = delete;
  ScriptGuard& operator=(const ScriptGuard&) = delete;
  ~ScriptGuard();

 private:
  Database& db_;
  int previous_length_limit_ = -1;  // restored when the guard goes; -1: not changed
};

}  // namespace store
