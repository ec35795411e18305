// app/main.cpp — `conceptdb`: the command line. Exit codes: 0 ok, 1 runtime error, 2 usage.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <exception>

#include "app/commands.hpp"
#include "app/version.hpp"
#include "ingest/vocabulary.hpp"

namespace {

constexpr int kUsageError = 2;
constexpr int kRuntimeError = 1;

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli(
      "conceptdb — a database of the concepts, cited sources, documents and passages of a\n"
      "corpus of texts, queried from Lua scripts.\n\n"
      "Typical use:\n"
      "  conceptdb build                       build db/conceptdb.sqlite from the corpus\n"
      "  conceptdb run scripts/overview.lua    run a Lua script against it\n"
      "  conceptdb query \"SELECT * FROM v_document\"\n"
      "  conceptdb check                       what remains doubtful in the database\n",
      "conceptdb");
  cli.set_version_flag("--version", app::kVersion);
  cli.require_subcommand(1);
  cli.footer("Run `conceptdb COMMAND --help` for the options of a command.");

  int exit_code = 0;
  app::register_build_command(cli, exit_code);
  app::register_run_command(cli, exit_code);
  app::register_query_command(cli, exit_code);
  app::register_check_command(cli, exit_code);
  app::register_scripts_command(cli, exit_code);
  app::register_help_command(cli, exit_code);
  app::register_repl_command(cli, exit_code);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "conceptdb: {}\nRun `conceptdb --help` for usage.\n", e.what());
    return kUsageError;
  } catch (const ingest::VocabularyError& e) {
    // Every vocabulary error on a line of its own, so that editors can jump to each.
    for (const std::string& error : e.errors())
      fmt::print(stderr, "conceptdb: error: {}\n", error);
    fmt::print(stderr, "conceptdb: {} error(s) in the vocabulary; the database was not changed\n",
               e.errors().size());
    return kRuntimeError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "conceptdb: error: {}\n", e.what());
    return kRuntimeError;
  }
  return exit_code;
}
