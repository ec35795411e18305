// app/scripts_command.cpp — `conceptdb scripts list` and `conceptdb scripts help NAME`.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/paths.hpp"
#include "app/script_finder.hpp"
#include "lua/script_spec.hpp"

namespace app {

namespace {

int run_list() {
  const auto scripts = list_scripts();
  if (scripts.empty()) {
    fmt::print(stderr,
               "no scripts found (looked in scripts/ from here upwards and in "
               "$CONCEPTDB_SCRIPTS)\n");
    return 1;
  }
  std::size_t width = 0;
  for (const auto& s : scripts)
    width = std::max(width, s.name.size());
  for (const auto& s : scripts)
    fmt::print("{:<{}}  {}\n", s.name, width, s.summary);
  fmt::print(
      "\nRun one with `conceptdb run NAME key=value ...`; `conceptdb scripts help NAME` "
      "says more.\n");
  return 0;
}

// The arguments a script's spec declares, read from the script itself (so they are never
// out of date); nothing for a script without a spec or when no database is there to read it.
void print_spec(const std::filesystem::path& script) {
  const std::filesystem::path database = default_database();
  if (!std::filesystem::exists(database)) return;
  std::vector<std::filesystem::path> libraries;
  for (const auto& folder : script_folders())
    libraries.push_back(folder / "lib");
  std::optional<luahost::ScriptSpec> spec;
  try {
    spec = luahost::read_script_spec(script, database, libraries);
  } catch (const std::exception& e) {
    fmt::print(stderr, "\n(could not read the script's arguments: {})\n", e.what());
    return;
  }
  if (!spec) return;
  if (!spec->description.empty()) fmt::print("\n{}\n", spec->description);
  if (spec->writes) fmt::print("It changes the database (it runs with write access).\n");
  if (spec->args.empty()) {
    fmt::print("\nArguments: none.\n");
    return;
  }
  fmt::print("\nArguments (key=value):\n");
  for (const auto& arg : spec->args) {
    std::string line = fmt::format("  {:<12} {}", arg.name, arg.type);
    if (arg.required) line += ", required";
    if (!arg.default_value.empty()) line += ", default " + arg.default_value;
    if (!arg.help.empty()) line += " — " + arg.help;
    fmt::print("{}\n", line);
  }
}

int run_help(const std::string& name) {
  const auto path = find_script(name);
  if (!path) {
    fmt::print(stderr, "conceptdb: no script called '{}' (see `conceptdb scripts list`)\n", name);
    return 1;
  }
  const ScriptInfo info = read_script_info(*path);
  fmt::print("{}  ({})\n\n", info.name, display_path(info.path));
  for (const auto& line : info.header)
    fmt::print("{}\n", line);
  print_spec(*path);
  return 0;
}

}  // namespace

void register_scripts_command(CLI::App& cli, int& exit_code) {
  CLI::App* cmd = cli.add_subcommand(
      "scripts",
      "The scripts you can run by name: scripts/ of the project and $CONCEPTDB_SCRIPTS.");
  cmd->require_subcommand(1);
  CLI::App* list = cmd->add_subcommand("list", "List the scripts with what each answers.");
  list->callback([&exit_code] { exit_code = run_list(); });
  auto name = std::make_shared<std::string>();
  CLI::App* help = cmd->add_subcommand("help", "Show what a script does and how to run it.");
  help->add_option("name", *name, "the script's name, e.g. concept-card")->required();
  help->callback([name, &exit_code] { exit_code = run_help(*name); });
}

}  // namespace app
