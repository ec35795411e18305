// store/file_replace.hpp — replacing a database file atomically, and cleaning up after failure.
//
// A build writes a complete new database next to the old one and renames it into place only
// when it is whole, so a reader sees the old file or the new one and never a half-written one.
#pragma once

#include <filesystem>

namespace store {

// Removes the file (and its -journal, -wal, -shm companions) in its destructor unless
// keep() was called: the RAII guard for a temporary database.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::filesystem::path path);
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile();

  const std::filesystem::path& path() const { return path_; }
  void keep() { keep_ = true; }

 private:
  std::filesystem::path path_;
  bool keep_ = false;
};

// A temporary path in the same folder as `target` (so that rename() is atomic).
std::filesystem::path temporary_path_beside(const std::filesystem::path& target);

// Removes the temporary files beside `target` (and their companions) left by processes that
// no longer run — a build killed before it could clean up. Those of a live process (another
// build writing now) are left alone. Best effort: a file that cannot be removed is skipped.
void remove_stale_temporaries(const std::filesystem::path& target);

// Before a database file is replaced: checkpoints the old database at `target` (if any) and
// truncates its write-ahead log, so that no log frames of the old file remain to be applied
// to the new one that takes its name. An unreadable old file is left alone. Throws
// std::runtime_error when the log cannot be emptied (another connection still uses its
// frames after the busy timeout): the caller must not replace the file then.
void retire_database(const std::filesystem::path& target);

// Flushes `source` to disk, renames it over `target`, and flushes the folder, so that after
// a crash either the old or the new file is there. Throws std::runtime_error on failure.
void replace_file(const std::filesystem::path& source, const std::filesystem::path& target);

}  // namespace store
