// store/statement.cpp — binding, stepping and reading columns of a prepared statement.
#include "store/statement.hpp"

#include <sqlite3.h>

#include <string>
#include <utility>

#include "store/database.hpp"
#include "store/error.hpp"

namespace store {

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, &tail);
  if (rc != SQLITE_OK) throw_sqlite_error(db_, rc, "");
  if (stmt_ == nullptr) throw StoreError(StoreError::kNotSqlite, "empty SQL statement");
  // Trailing text after the first statement would be silently ignored: refuse it unless it
  // is only white space and comments (which compile to no statement at all).
  if (tail != nullptr && tail < sql.data() + sql.size()) {
    sqlite3_stmt* next = nullptr;
    const int rest = static_cast<int>(sql.data() + sql.size() - tail);
    const int next_rc = sqlite3_prepare_v2(db_, tail, rest, &next, nullptr);
    const bool more = next_rc != SQLITE_OK || next != nullptr;
    sqlite3_finalize(next);
    if (more) {
      sqlite3_finalize(std::exchange(stmt_, nullptr));
      throw StoreError(StoreError::kNotSqlite,
                       "only one SQL statement may be given here; found more after '" +
                           std::string(sql.substr(0, static_cast<std::size_t>(tail - sql.data()))) +
                           "'");
    }
  }
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

int Statement::parameter_count() const {
  return sqlite3_bind_parameter_count(stmt_);
}

int Statement::parameter_index(std::string_view name) const {
  if (name.empty()) return 0;
  if (name[0] == ':' || name[0] == '@' || name[0] == '$') {
    return sqlite3_bind_parameter_index(stmt_, std::string(name).c_str());
  }
  for (const char sigil : {':', '@', '$'}) {
    const std::string full = sigil + std::string(name);
    if (const int i = sqlite3_bind_parameter_index(stmt_, full.c_str()); i != 0) return i;
  }
  return 0;
}

std::string Statement::parameter_name(int index) const {
  const char* name = sqlite3_bind_parameter_name(stmt_, index);
  return name != nullptr ? name : "";
}

int Statement::require_parameter(std::string_view name) const {
  const int index = parameter_index(name);
  if (index == 0) {
    throw StoreError(StoreError::kNotSqlite,
                     "the statement has no parameter named '" + std::string(name) + "'");
  }
  return index;
}

namespace {
void check_bind(sqlite3* db, int rc, int index) {
  if (rc == SQLITE_RANGE) {
    throw StoreError(rc, "parameter " + std::to_string(index) + " is out of range");
  }
  if (rc != SQLITE_OK) throw_sqlite_error(db, rc, "cannot bind parameter " + std::to_string(index));
}
}  // namespace

Statement& Statement::bind(int index, const Value& value) {
  struct Binder {
    Statement& st;
    int i;
    void operator()(Null) { st.bind_null(i); }
    void operator()(std::int64_t v) { st.bind(i, v); }
    void operator()(double v) { st.bind(i, v); }
    void operator()(const std::string& v) { st.bind(i, std::string_view(v)); }
    void operator()(const Blob& v) {
      check_bind(st.db_,
                 sqlite3_bind_blob64(st.stmt_, i, v.bytes.data(), v.bytes.size(), SQLITE_TRANSIENT),
                 i);
    }
  };
  std::visit(Binder{*this, index}, value);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  check_bind(db_, sqlite3_bind_int64(stmt_, index, value), index);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  check_bind(db_, sqlite3_bind_double(stmt_, index, value), index);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  check_bind(
      db_,
      sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
      index);
  return *this;
}

Statement& Statement::bind_null(int index) {
  check_bind(db_, sqlite3_bind_null(stmt_, index), index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // Reset so that the statement can be reused after the caller handles the error.
  const int code = sqlite3_extended_errcode(db_);
  std::string message = describe_sqlite_error(db_, code, sqlite3_errmsg(db_));
  sqlite3_reset(stmt_);
  throw StoreError(code, message);
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() {
  sqlite3_reset(stmt_);
}

void Statement::clear_bindings() {
  sqlite3_clear_bindings(stmt_);
}

int Statement::column_count() const {
  return sqlite3_column_count(stmt_);
}

void Statement::check_column(int index) const {
  if (index < 0 || index >= column_count()) {
    throw StoreError(StoreError::kNotSqlite, "column " + std::to_string(index) +
                                                 " is out of range (the statement has " +
                                                 std::to_string(column_count()) + " columns)");
  }
}

std::string Statement::column_name(int index) const {
  check_column(index);
  const char* name = sqlite3_column_name(stmt_, index);
  return name != nullptr ? name : "";
}

ColumnType Statement::column_type(int index) const {
  check_column(index);
  switch (sqlite3_column_type(stmt_, index)) {
    case SQLITE_INTEGER:
      return ColumnType::kInteger;
    case SQLITE_FLOAT:
      return ColumnType::kFloat;
    case SQLITE_TEXT:
      return ColumnType::kText;
    case SQLITE_BLOB:
      return ColumnType::kBlob;
    default:
      return ColumnType::kNull;
  }
}

std::int64_t Statement::column_int64(int index) const {
  check_column(index);
  return sqlite3_column_int64(stmt_, index);
}

double Statement::column_double(int index) const {
  check_column(index);
  return sqlite3_column_double(stmt_, index);
}

std::string_view Statement::column_text(int index) const {
  check_column(index);
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
  if (text == nullptr) return {};
  return {text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index))};
}

Value Statement::column_value(int index) const {
  switch (column_type(index)) {
    case ColumnType::kInteger:
      return sqlite3_column_int64(stmt_, index);
    case ColumnType::kFloat:
      return sqlite3_column_double(stmt_, index);
    case ColumnType::kText:
      return std::string(column_text(index));
    case ColumnType::kBlob: {
      const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, index));
      const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index));
      return Blob{std::vector<unsigned char>(data, data + size)};
    }
    case ColumnType::kNull:
      break;
  }
  return Null{};
}

bool Statement::is_readonly() const {
  return sqlite3_stmt_readonly(stmt_) != 0;
}

std::string_view Statement::sql() const {
  return sqlite3_sql(stmt_);
}

}  // namespace store
