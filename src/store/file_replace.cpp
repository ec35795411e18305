// store/file_replace.cpp — fsync + rename(2) + fsync of the folder.
#include "store/file_replace.hpp"

#include "store/database.hpp"
#include "store/statement.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace store {

namespace {

void sync_path(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) {
    throw std::runtime_error("cannot open " + path.string() +
                             " to flush it: " + std::strerror(errno));
  }
  const int rc = ::fsync(fd);
  const int saved = errno;
  ::close(fd);
  if (rc != 0) {
    throw std::runtime_error("cannot flush " + path.string() + " to disk: " + std::strerror(saved));
  }
}

}  // namespace

TemporaryFile::TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}

TemporaryFile::~TemporaryFile() {
  if (keep_) return;
  std::error_code ignored;
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
    std::filesystem::remove(path_.string() + suffix, ignored);
  }
}

std::filesystem::path temporary_path_beside(const std::filesystem::path& target) {
  return target.string() + ".tmp-" + std::to_string(::getpid());
}

void remove_stale_temporaries(const std::filesystem::path& target) {
  const std::string prefix = target.filename().string() + ".tmp-";
  const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    // name: prefix + pid, maybe followed by -journal, -wal or -shm.
    const std::string rest = name.substr(prefix.size());
    const std::size_t digits = std::min(rest.find_first_not_of("0123456789"), rest.size());
    if (digits == 0 || digits > 9) continue;  // not a pid this system can have
    const std::string suffix = rest.substr(digits);
    if (suffix != "" && suffix != "-journal" && suffix != "-wal" && suffix != "-shm") continue;
    const long pid = std::stol(rest.substr(0, digits));
    if (pid <= 0) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive
    std::error_code ignored;
    std::filesystem::remove(entry.path(), ignored);
  }
}

void retire_database(const std::filesystem::path& target) {
  std::error_code ec;
  if (!std::filesystem::exists(target, ec)) return;
  bool log_emptied = true;
  try {
    Database old = Database::open(target, OpenMode::kReadWrite);
    // One row: (busy, frames in the log, frames copied into the file). Busy means the log
    // could not be emptied: a reader still uses its frames, or a writer is adding some.
    Statement checkpoint = old.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    log_emptied = !checkpoint.step() || checkpoint.column_int64(0) == 0;
  } catch (const std::exception&) {
    // Not a database (damaged, truncated, not ours): it is replaced all the same.
  }
  if (!log_emptied) {
    // SQLite finds a log by the database's name, not by its file: frames left in it would
    // be read as part of the new database, mixing old pages into it.
    throw std::runtime_error(
        "cannot replace " + target.string() +
        ": another program (a conceptdb repl or script) is still reading it, and its log " +
        target.string() +
        "-wal holds changes that would be mixed into the new database; close that program "
        "and build again (the database was not changed)");
  }
}

void replace_file(const std::filesystem::path& source, const std::filesystem::path& target) {
  sync_path(source, O_RDONLY);
  if (::rename(source.c_str(), target.c_str()) != 0) {
    throw std::runtime_error("cannot move the new file into place at " + target.string() + ": " +
                             std::strerror(errno));
  }
  const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  sync_path(folder, O_RDONLY | O_DIRECTORY);
}

}  // namespace store
