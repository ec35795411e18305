// lua/output_path.hpp — where a script may write a file: only under the run's --out folder.
//
// A script names files relative to the out folder ("tables/concepts.csv"). Absolute paths,
// ".." and symbolic links anywhere below the out folder are refused, so a script found on a
// colleague's drive cannot overwrite anything else of the user's. Folders below the out
// folder are made as needed.
#pragma once

#include <filesystem>
#include <string_view>

namespace luahost {

// The full path for `requested` under `out_dir`, with its parent folders made. Throws
// ScriptError (ARG for a path that leaves the folder, IO when a folder cannot be made).
std::filesystem::path resolve_output_path(const std::filesystem::path& out_dir,
                                          std::string_view requested);

}  // namespace luahost
