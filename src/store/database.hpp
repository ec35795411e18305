// store/database.hpp — an open SQLite connection, owned (RAII) and move-only.
//
// A Database is not safe for concurrent use from several threads; conceptdb uses one
// connection per thread. Every failure throws store::StoreError with SQLite's message and
// the file name, so a caller can show it as it is.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

struct sqlite3;

namespace store {

class Statement;

enum class OpenMode {
  kReadOnly,   // the file must exist; every write is refused by SQLite itself
  kReadWrite,  // the file must exist
  kCreate,     // read-write; the file is created when it does not exist
};

class Database {
 public:
  // Opens `path`. Throws StoreError when it cannot be opened (missing, not a database,
  // permission). Foreign keys are switched on for every connection.
  static Database open(const std::filesystem::path& path, OpenMode mode);

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more SQL statements that return no rows of interest (DDL, PRAGMA, DML).
  void exec(std::string_view sql);

  // Compiles one SQL statement; the Statement must not outlive this Database.
  Statement prepare(std::string_view sql);

  std::int64_t last_insert_rowid() const;
  // Rows changed by the most recent INSERT/UPDATE/DELETE.
  std::int64_t changes() const;

  // Reads an integer PRAGMA (user_version, application_id, ...).
  std::int64_t pragma_int(std::string_view name);

  // Refuses ATTACH for this connection: scripts must not reach other database files.
  void forbid_attach();

  // Asks a running statement to stop as soon as possible (safe from another thread or a
  // signal handler's deferred work); the statement fails with SQLITE_INTERRUPT.
  void interrupt();

  // Calls `should_stop` every `every` virtual-machine steps of a running statement; when it
  // returns true, the statement fails with SQLITE_INTERRUPT. An empty function removes it.
  // The function must outlive the handler (it is not copied into SQLite).
  void set_progress_handler(int every, const std::function<bool()>* should_stop);

  bool is_readonly() const;
  const std::filesystem::path& path() const { return path_; }

  // The raw handle, for the store's own Statement and Transaction only.
  sqlite3* handle() const { return db_; }

 private:
  Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  void close() noexcept;

  sqlite3* db_ = nullptr;
  std::filesystem::path path_;
};

// Throws StoreError built from the connection's last error, prefixed by `context`.
[[noreturn]] void throw_sqlite_error(sqlite3* db, int code, std::string_view context);

// `message` (SQLite's words for `code`, an extended result code of `db`) as the user should
// read it: for errors of the file itself — damaged, not a database, disk full, I/O — SQLite
// names neither the file nor the system's reason, so both are added, with what to do.
std::string describe_sqlite_error(sqlite3* db, int code, std::string_view message);

}  // namespace store
