// app/script_finder.hpp — finding the scripts users run by name, and what each says it does.
//
// `conceptdb run NAME` looks for NAME (or NAME.lua) in the project's scripts/ folder (the
// nearest one from the current folder upwards) and then in the folders of
// $CONCEPTDB_SCRIPTS (':'-separated). A script describes itself in its leading comment
// block; the first line reads "-- scripts/NAME.lua — what it answers".
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace app {

// The folders searched for scripts, in order.
std::vector<std::filesystem::path> script_folders();

// A path as given when it names a file; otherwise NAME resolved in the script folders.
std::optional<std::filesystem::path> find_script(const std::string& name);

struct ScriptInfo {
  std::string name;  // file name without .lua
  std::filesystem::path path;
  std::string summary;              // the header's first paragraph, after its "— "
  std::vector<std::string> header;  // the leading comment block, without "-- "
};

// Every *.lua in the script folders (the first of a name wins), by name.
std::vector<ScriptInfo> list_scripts();
ScriptInfo read_script_info(const std::filesystem::path& path);

}  // namespace app
