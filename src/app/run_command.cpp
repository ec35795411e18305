// app/run_command.cpp — `conceptdb run SCRIPT [key=value ...]`: a Lua script over the database.
#include <fmt/core.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdint>

#include "app/commands.hpp"
#include "app/paths.hpp"
#include "app/script_finder.hpp"
#include "app/version.hpp"
#include "lua/script_runner.hpp"

namespace app {

namespace {

struct RunArgs {
  std::string script;
  std::vector<std::string> arguments;
  std::string database;
  bool write = false;
  double timeout = 60;
  double max_memory = 512;
  std::uint64_t max_rows = 10'000'000;
  double max_output = 1024;
  std::string out = "out";
};

// The watchdog's last resort: the script is stuck where the limit hook cannot reach it.
// Ending the process is safe: the run's transaction is not committed, so SQLite rolls it
// back, and nothing else holds state worth keeping.
void end_stuck_run(const std::string& message) {
  const std::string text = message + "\n";
  // write(2), not stdio: the main thread may hold stdio's lock.
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, text.data(), text.size());
  ::_exit(1);
}

int run_run(const RunArgs& args) {
  luahost::RunOptions options;
  const auto script = find_script(args.script);
  if (!script) {
    std::string where;
    for (const auto& folder : script_folders())
      where += " " + display_path(folder);
    // A script that cannot be found is a usage mistake, like a missing argument.
    throw CLI::ValidationError("script",
                               "no script '" + args.script + "': not a file, and not a name in" +
                                   (where.empty() ? std::string(" any script folder") : where) +
                                   " (see `conceptdb scripts list`)");
  }
  options.script = *script;
  for (const auto& folder : script_folders())
    options.module_folders.push_back(folder / "lib");
  options.arguments = args.arguments;
  options.database =
      args.database.empty() ? default_database() : std::filesystem::path(args.database);
  options.writable = args.write;
  options.out_dir = args.out;
  options.version = kVersion;
  options.limits.seconds = args.timeout;
  options.limits.memory_bytes = static_cast<std::size_t>(args.max_memory * 1024 * 1024);
  options.limits.rows = args.max_rows;
  options.limits.output_bytes = static_cast<std::uint64_t>(args.max_output * 1024 * 1024);
  options.on_stuck = end_stuck_run;
  const luahost::RunResult result = luahost::run_script(options);
  if (!result.ok) {
    fmt::print(stderr, "{}\n", result.error);
    return 1;
  }
  return 0;
}

}  // namespace

void register_run_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<RunArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "run",
      "Run a Lua script against the database.\n"
      "The script sees the global `cdb` (cdb.sql.rows/first/value/exec, cdb.args, cdb.null)\n"
      "and key=value arguments in cdb.args (all arguments also in `arg` and `...`).\n"
      "The run is one transaction, read-only unless --write; an error, or a limit hit\n"
      "(--timeout, --max-memory, --max-rows, --max-output), changes nothing. Files the script\n"
      "writes (cdb.export, reports) go under --out and nowhere else.");
  cmd->add_option("script", args->script,
                  "the Lua script to run: a file, or the name of a script in scripts/ "
                  "(see `conceptdb scripts list`)")
      ->required();
  cmd->add_option("args", args->arguments, "arguments for the script, usually key=value");
  cmd->add_option("--db", args->database,
                  "database to use (default: db/conceptdb.sqlite, "
                  "searched from the current folder upwards)");
  cmd->add_flag("--write", args->write, "allow the script to change the database");
  cmd->add_option("--timeout", args->timeout,
                  "stop the script after this many seconds, 0 for no limit (default: 60)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-memory", args->max_memory,
                  "stop the script when its Lua memory passes this many MB, 0 for no limit "
                  "(default: 512)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-rows", args->max_rows,
                  "stop the script when it has read more than this many rows from the "
                  "database, 0 for no limit (default: 10000000)");
  cmd->add_option("--max-output", args->max_output,
                  "stop the script when the files it writes under --out pass this many MB "
                  "(the file being written is not kept), 0 for no limit (default: 1024)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--out", args->out,
                  "the folder the script's exports and reports are written into, made when "
                  "first needed; scripts cannot write anywhere else (default: out)");
  cmd->callback([args, &exit_code] { exit_code = run_run(*args); });
}

}  // namespace app
