// app/paths.cpp — searching upwards for the project folder.
#include "app/paths.hpp"

#include <cstdlib>

namespace app {

namespace fs = std::filesystem;

std::optional<fs::path> find_upwards(const fs::path& start, const fs::path& relative) {
  std::error_code ec;
  fs::path folder = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  while (true) {
    if (fs::exists(folder / relative, ec)) return folder;
    if (!folder.has_parent_path() || folder.parent_path() == folder) return std::nullopt;
    folder = folder.parent_path();
  }
}

fs::path default_database() {
  const fs::path relative = fs::path("db") / "conceptdb.sqlite";
  if (auto root = find_upwards(fs::current_path(), relative)) return *root / relative;
  return relative;
}

BuildPaths default_build_paths() {
  const fs::path manifest = fs::path("db") / "corpus.toml";
  const fs::path root = find_upwards(fs::current_path(), manifest).value_or(fs::current_path());
  BuildPaths paths;
  paths.manifest = root / manifest;
  paths.database = root / "db" / "conceptdb.sqlite";
  if (const char* corpus = std::getenv("CONCEPTDB_CORPUS"); corpus != nullptr && *corpus) {
    paths.corpus = corpus;
  } else {
    paths.corpus = root.parent_path() / "shared" / "corpus";
  }
  return paths;
}

std::string display_path(const fs::path& path) {
  std::error_code ec;
  const fs::path relative = fs::relative(path, fs::current_path(), ec);
  if (ec || relative.empty() || relative.string().starts_with("..")) return path.string();
  return relative.string();
}

}  // namespace app
