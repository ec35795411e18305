// store/error.hpp — the one exception type the store layer throws.
//
// A StoreError carries SQLite's extended result code so that callers above (the Lua host, the
// command line) can tell a read-only refusal or a busy database from a plain SQL mistake
// without parsing messages.
#pragma once

#include <stdexcept>
#include <string>

namespace store {

class StoreError : public std::runtime_error {
 public:
  StoreError(int sqlite_code, const std::string& message)
      : std::runtime_error(message), sqlite_code_(sqlite_code) {}

  // SQLite's extended result code (SQLITE_READONLY, SQLITE_CONSTRAINT_UNIQUE, ...), or
  // kNotSqlite for errors found by the store itself (schema version, bad column index).
  int sqlite_code() const { return sqlite_code_; }

  // True when the statement was refused because the connection or run is read-only.
  bool is_readonly() const;
  // True when the statement was interrupted (a time limit or Ctrl-C).
  bool is_interrupt() const;
  // True when a ScriptGuard refused the statement.
  bool is_not_authorized() const;

  static constexpr int kNotSqlite = -1;

 private:
  int sqlite_code_;
};

}  // namespace store
