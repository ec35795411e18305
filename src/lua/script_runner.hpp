// lua/script_runner.hpp — `conceptdb run`: one script, one fresh sandboxed state, one
// transaction.
//
// The run is read-only unless `writable`: the database is then opened read-only and every
// write is refused. A writable run commits only when the script finishes without error;
// any error rolls everything back. A failure is reported as `script.lua:LINE: message`
// followed by a Lua traceback.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "lua/limits.hpp"

namespace luahost {

struct RunOptions {
  std::filesystem::path script;
  std::filesystem::path database;
  std::vector<std::string> arguments;  // as given after the script name
  bool writable = false;
  std::string version;
  Limits limits;  // wall time, memory, rows, output; a limit hit rolls the run back
  // Called from another thread, with a LIMIT_TIME message, when the script is still running
  // a while after its time limit: stuck where the limit hook cannot reach (a __gc finaliser,
  // a string pattern that backtracks for hours). It must end the process (`conceptdb run`
  // prints the message and exits; the uncommitted run changes nothing). Not set: no watchdog.
  std::function<void(const std::string& message)> on_stuck;
  // Extra folders for `require`, after the script's own folder (the project's scripts/lib).
  std::vector<std::filesystem::path> module_folders;
  // The only folder scripts may write files into (exports, reports); made on first use.
  std::filesystem::path out_dir = "out";
};

struct RunResult {
  bool ok = false;
  std::string error;  // the message and traceback when !ok
};

// Runs the script. A script that returns a spec { description=, args=, writes=, main= } has
// its key=value arguments checked and converted, and main(args) called; writes = true gives
// the run write access (the chunk then runs twice: keep its top level free of effects).
// Errors of the script are returned in RunResult; errors before the
// script can start (no database, unreadable script) throw std::runtime_error subclasses.
RunResult run_script(const RunOptions& options);

// Splits "key=value" arguments into a map (the others are ignored here, they stay in `arg`).
std::map<std::string, std::string> parse_key_values(const std::vector<std::string>& arguments);

}  // namespace luahost
