// lua/output_path.cpp — the checks behind resolve_output_path.
#include "lua/output_path.hpp"

#include <system_error>

#include "lua/script_error.hpp"

namespace luahost {

namespace fs = std::filesystem;

namespace {

// The path as a message can show it: control characters (a NUL would end the message) as '?'.
std::string printable(std::string_view path) {
  std::string shown(path);
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  }
  return shown;
}

[[noreturn]] void refuse(std::string_view requested, const std::string& why) {
  throw ScriptError(ErrorCode::kArg, "cannot write '" + printable(requested) + "': " + why +
                                         " (scripts write only under the --out folder; give "
                                         "a path relative to it, like \"tables/concepts.csv\")");
}

bool is_link(const fs::path& path) {
  std::error_code ec;
  return fs::is_symlink(fs::symlink_status(path, ec));
}

}  // namespace

fs::path resolve_output_path(const fs::path& out_dir, std::string_view requested) {
  if (requested.empty()) refuse(requested, "the path is empty");
  if (requested.find('\0') != std::string_view::npos) refuse(requested, "the path holds a NUL");
  const fs::path relative(requested);
  if (relative.has_root_path()) refuse(requested, "an absolute path");
  for (const auto& part : relative) {
    if (part == "..") refuse(requested, "the path climbs out of the folder with '..'");
  }
  const fs::path normal = relative.lexically_normal();
  if (normal.empty() || normal == "." || !normal.has_filename() || normal.filename() == ".")
    refuse(requested, "the path names a folder, not a file");

  // Every existing step below the out folder must be a real folder (and the file a real
  // file): a link could lead anywhere.
  fs::path current = out_dir;
  for (auto part = normal.begin(); part != normal.end(); ++part) {
    current /= *part;
    if (is_link(current)) refuse(requested, "'" + current.string() + "' is a symbolic link");
    std::error_code ec;
    const bool last = std::next(part) == normal.end();
    if (!last && fs::exists(current, ec) && !fs::is_directory(current, ec))
      refuse(requested, "'" + current.string() + "' is not a folder");
    if (last && fs::is_directory(current, ec))
      refuse(requested, "'" + current.string() + "' is a folder");
  }
  const fs::path target = out_dir / normal;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) {
    throw ScriptError(ErrorCode::kIo, "cannot make the folder '" + target.parent_path().string() +
                                          "': " + ec.message());
  }
  return target;
}

}  // namespace luahost
