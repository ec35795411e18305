// lua/script_spec.hpp — reading a script's spec ({description=, args=, writes=, main=}) for
// `conceptdb scripts help`, without running the script's work.
//
// Only a script whose text has a top-level `return {` line is read; its chunk runs read-only
// in the sandbox with print silenced and file output sent to a temporary folder that is then
// removed, and `main` is never called. A spec script's top level only builds its table.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace luahost {

struct ScriptArgument {
  std::string name;
  std::string type;           // string, number, integer, boolean, concept, source, document
  std::string default_value;  // as text; empty when there is none
  std::string help;
  bool required = false;
};

struct ScriptSpec {
  std::string description;
  bool writes = false;
  std::vector<ScriptArgument> args;  // by name
};

// The spec of `script`, or nullopt when it returns none. Throws std::runtime_error with the
// script's error when its top level fails, and when the database cannot be opened.
std::optional<ScriptSpec> read_script_spec(
    const std::filesystem::path& script, const std::filesystem::path& database,
    const std::vector<std::filesystem::path>& module_folders);

}  // namespace luahost
