// store/statement.hpp — a compiled SQL statement (RAII over sqlite3_stmt), reusable.
//
// Bind parameters by position (1-based, as SQLite counts) or by name (`:name`, `@name`,
// `$name`; the name may be given with or without its sigil), step through rows, read
// columns typed or as a store::Value, then reset() and bind again to reuse the compiled
// statement. Misuse (a column index out of range, an unknown parameter name) throws
// StoreError; a NULL column read as text gives an empty string_view.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "store/value.hpp"

struct sqlite3_stmt;
struct sqlite3;

namespace store {

class Database;

enum class ColumnType { kInteger, kFloat, kText, kBlob, kNull };

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // --- parameters -------------------------------------------------------------------------
  int parameter_count() const;
  // 1-based index of a named parameter; 0 when the statement has no such parameter.
  int parameter_index(std::string_view name) const;
  // The name of parameter `index` with its sigil, or "" for a positional `?`.
  std::string parameter_name(int index) const;

  Statement& bind(int index, const Value& value);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bind_null(int index);
  // Binds by name; throws StoreError when the statement has no parameter of that name.
  template <typename T>
  Statement& bind(std::string_view name, const T& value) {
    return bind(require_parameter(name), value);
  }

  // --- execution --------------------------------------------------------------------------
  // Advances to the next row: true when a row is ready, false when the statement is done.
  bool step();
  // Runs a statement that returns no rows to completion.
  void run();
  // Makes the statement ready to run again; the bindings are kept until clear_bindings().
  void reset();
  void clear_bindings();

  // --- columns of the current row ---------------------------------------------------------
  int column_count() const;
  std::string column_name(int index) const;
  ColumnType column_type(int index) const;
  bool is_null(int index) const { return column_type(index) == ColumnType::kNull; }
  std::int64_t column_int64(int index) const;
  double column_double(int index) const;
  // Valid until the next step(), reset() or column read of another type on this column.
  std::string_view column_text(int index) const;
  Value column_value(int index) const;

  // True when the statement cannot change the database (SQLite's own judgement).
  bool is_readonly() const;
  std::string_view sql() const;

 private:
  int require_parameter(std::string_view name) const;
  void check_column(int index) const;

  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

}  // namespace store
