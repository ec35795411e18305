// store/file_replace.cpp — fsync + rename(2) + fsync of the folder.
#include "store/file_replace.hpp"

#include "store/database.hpp"

#include <fcntl.h>
#include <unistd.h>

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

void retire_database(const std::filesystem::path& target) {
  std::error_code ec;
  if (!std::filesystem::exists(target, ec)) return;
  try {
    Database old = Database::open(target, OpenMode::kReadWrite);
    old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const std::exception&) {
    // Not a database, or busy: it is replaced all the same; its log (if any) stays empty
    // unless a writer still holds it, which a build cannot prevent.
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
