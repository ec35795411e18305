// app/commands.hpp — the subcommands of `conceptdb`, each registered on the CLI11 app.
//
// Each register_* adds a subcommand with its options and help text; the callback it sets
// runs the command and leaves its exit code in the given int (0 ok, 1 runtime error).
#pragma once

namespace CLI {
class App;
}

namespace app {

void register_build_command(CLI::App& cli, int& exit_code);
void register_run_command(CLI::App& cli, int& exit_code);
void register_query_command(CLI::App& cli, int& exit_code);
void register_check_command(CLI::App& cli, int& exit_code);
void register_scripts_command(CLI::App& cli, int& exit_code);
void register_help_command(CLI::App& cli, int& exit_code);
void register_repl_command(CLI::App& cli, int& exit_code);

}  // namespace app
