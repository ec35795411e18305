// tests/reliability/database_state.hpp — what a database file holds, as one comparable
// string: whether it opens, whether SQLite finds it whole, and a hash of every row.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace reliability {

struct DatabaseState {
  std::string error;        // empty when the file opened and `PRAGMA integrity_check` said ok
  std::string fingerprint;  // sha256 over every row of every table, in a fixed order; the
                            // build time (meta.built_at) is left out, it differs per build
  std::int64_t tables = 0;

  bool ok() const { return error.empty(); }
};

// Opens `path` read-only, as a script run would, checks it and hashes its rows.
DatabaseState inspect_database(const std::filesystem::path& path);

// The bytes of every file in `folder` (name → sha256), for "nothing changed" checks.
std::string folder_fingerprint(const std::filesystem::path& folder);

// Every file in `folder` whose name contains `fragment` (left-over temporary files).
std::vector<std::string> files_containing(const std::filesystem::path& folder,
                                          const std::string& fragment);

}  // namespace reliability
