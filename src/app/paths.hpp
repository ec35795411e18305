// app/paths.hpp — where conceptdb looks for its files when the user names none.
//
// The project folder is the nearest folder, from the current one upwards, that holds
// db/corpus.toml (for build) or db/conceptdb.sqlite (for run and query). The corpus is
// expected at ../shared/corpus beside the project folder unless CONCEPTDB_CORPUS or
// --corpus says otherwise.
#pragma once

#include <filesystem>
#include <optional>

namespace app {

// The nearest folder at or above `start` that contains `relative`, if any.
std::optional<std::filesystem::path> find_upwards(const std::filesystem::path& start,
                                                  const std::filesystem::path& relative);

// Default database for run/query: an existing db/conceptdb.sqlite found upwards, otherwise
// db/conceptdb.sqlite in the current folder (whose absence is then reported by the caller).
std::filesystem::path default_database();

struct BuildPaths {
  std::filesystem::path manifest;
  std::filesystem::path corpus;
  std::filesystem::path database;
};

// Defaults for build, from the project folder found upwards (or the current folder).
BuildPaths default_build_paths();

// `path` as the user would type it from the current folder: relative when it lies below.
std::string display_path(const std::filesystem::path& path);

}  // namespace app
