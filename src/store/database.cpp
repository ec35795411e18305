// store/database.cpp — opening, closing and configuring an SQLite connection.
#include "store/database.hpp"

#include <sqlite3.h>

#include <cstring>
#include <utility>

#include "store/error.hpp"
#include "store/statement.hpp"

namespace store {

bool StoreError::is_readonly() const {
  return sqlite_code_ != kNotSqlite && (sqlite_code_ & 0xff) == SQLITE_READONLY;
}

bool StoreError::is_interrupt() const {
  return sqlite_code_ != kNotSqlite && (sqlite_code_ & 0xff) == SQLITE_INTERRUPT;
}

bool StoreError::is_not_authorized() const {
  return sqlite_code_ != kNotSqlite && (sqlite_code_ & 0xff) == SQLITE_AUTH;
}

std::string describe_sqlite_error(sqlite3* db, int code, std::string_view message) {
  std::string out(message);
  const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
  if (file == nullptr || *file == '\0') return out;
  // sqlite3_system_errno() is not given: by the time SQLite returns, its clean-up has often
  // replaced the errno of the failed call, and a wrong reason is worse than none.
  switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      out += " (" + std::string(file) +
             " is damaged or not a database; rebuild it with `conceptdb build`, or restore a "
             "copy)";
      break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
      out += " (reading or writing " + std::string(file) +
             " failed; check that the disk has room and that the file may be written)";
      break;
    case SQLITE_CANTOPEN:
      out += " (" + std::string(file) + ")";
      break;
    default:
      break;
  }
  return out;
}

void throw_sqlite_error(sqlite3* db, int code, std::string_view context) {
  std::string message(context);
  if (!message.empty()) message += ": ";
  if (db != nullptr) {
    code = sqlite3_extended_errcode(db);
    message = describe_sqlite_error(db, code, message + sqlite3_errmsg(db));
  } else {
    message += sqlite3_errstr(code);
  }
  throw StoreError(code, message);
}

Database Database::open(const std::filesystem::path& path, OpenMode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case OpenMode::kReadOnly:
      flags |= SQLITE_OPEN_READONLY;
      break;
    case OpenMode::kReadWrite:
      flags |= SQLITE_OPEN_READWRITE;
      break;
    case OpenMode::kCreate:
      flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      break;
  }
  sqlite3* raw = nullptr;
  const std::string name = path.string();
  const int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
  Database db(raw, path);  // owns the handle even when opening failed
  if (rc != SQLITE_OK) {
    const int code = raw != nullptr ? sqlite3_extended_errcode(raw) : rc;
    std::string message = "cannot open database " + name + ": ";
    message += raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    if (raw != nullptr && sqlite3_system_errno(raw) != 0) {
      message += std::string(" (") + std::strerror(sqlite3_system_errno(raw)) + ")";
    }
    throw StoreError(code, message);
  }
  sqlite3_extended_result_codes(raw, 1);
  // A busy database (another build renaming, a writer) is waited for briefly, not failed at once.
  sqlite3_busy_timeout(raw, 5000);
  // Reading the schema here turns "file is not a database" into an error at open time.
  db.exec("PRAGMA foreign_keys = ON");
  db.pragma_int("schema_version");
  return db;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() {
  close();
}

void Database::close() noexcept {
  if (db_ != nullptr) {
    // close_v2 defers the close until any statement a caller forgot is finalized.
    sqlite3_close_v2(db_);
    db_ = nullptr;
  }
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    const int code = sqlite3_extended_errcode(db_);
    throw StoreError(code, describe_sqlite_error(db_, code, message));
  }
}

Statement Database::prepare(std::string_view sql) {
  return Statement(*this, sql);
}

std::int64_t Database::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(db_);
}

std::int64_t Database::changes() const {
  return sqlite3_changes64(db_);
}

std::int64_t Database::pragma_int(std::string_view name) {
  Statement st(*this, "PRAGMA " + std::string(name));
  return st.step() ? st.column_int64(0) : 0;
}

void Database::forbid_attach() {
  sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
}

void Database::interrupt() {
  sqlite3_interrupt(db_);
}

namespace {

int call_progress(void* data) {
  const auto* should_stop = static_cast<const std::function<bool()>*>(data);
  return (*should_stop)() ? 1 : 0;
}

}  // namespace

void Database::set_progress_handler(int every, const std::function<bool()>* should_stop) {
  if (should_stop == nullptr || !*should_stop) {
    sqlite3_progress_handler(db_, 0, nullptr, nullptr);
  } else {
    sqlite3_progress_handler(db_, every, call_progress,
                             const_cast<std::function<bool()>*>(should_stop));
  }
}

bool Database::is_readonly() const {
  return sqlite3_db_readonly(db_, "main") == 1;
}

}  // namespace store
