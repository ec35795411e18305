// app/repl_command.cpp — `conceptdb repl`: Lua over the database, one input at a time.
//
// On a terminal: a banner, prompts, line editing, history and tab completion (LineEditor).
// From a pipe or file: lines are read as they come, with no prompt and no banner, so that
// `printf 'x = 1\nx + 1\n' | conceptdb repl` prints 2.
#include <fmt/core.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <atomic>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "app/commands.hpp"
#include "app/line_editor.hpp"
#include "app/paths.hpp"
#include "app/script_finder.hpp"
#include "app/version.hpp"
#include "lua/repl.hpp"

namespace app {

namespace {

struct ReplArgs {
  std::string database;
  bool write = false;
  double timeout = 60;
  double max_memory = 512;
  std::uint64_t max_rows = 10'000'000;
  double max_output = 1024;
  std::string out = "out";
};

// ---------------------------------------------------------------------------- Ctrl-C

// The session a Ctrl-C stops, and whether one already asked it to stop.
std::atomic<luahost::Repl*> interruptible{nullptr};
volatile std::sig_atomic_t interrupt_pending = 0;

extern "C" void on_interrupt(int) {
  luahost::Repl* repl = interruptible.load();
  if (repl == nullptr || !repl->interrupt()) return;  // at the prompt: read() sees EINTR
  if (interrupt_pending != 0) {
    // A second Ctrl-C while the input has not stopped (stuck in a C function): leave, as
    // the lua interpreter does.
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  interrupt_pending = 1;
}

// Routes SIGINT to `repl` while alive; without SA_RESTART, so a Ctrl-C at the prompt ends
// the read.
class InterruptRouting {
 public:
  explicit InterruptRouting(luahost::Repl& repl) {
    interruptible.store(&repl);
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_);
  }
  InterruptRouting(const InterruptRouting&) = delete;
  InterruptRouting& operator=(const InterruptRouting&) = delete;
  ~InterruptRouting() {
    sigaction(SIGINT, &previous_, nullptr);
    interruptible.store(nullptr);
  }

 private:
  struct sigaction previous_ {};
};

// ---------------------------------------------------------------------------- inputs

// Collects lines until they make a whole input, runs it and prints what it gives.
class InputRunner {
 public:
  InputRunner(luahost::Repl& repl, bool on_terminal) : repl_(repl), on_terminal_(on_terminal) {}

  bool has_pending() const { return !pending_.empty(); }
  // The whole input that ran last (its lines joined), for the history.
  const std::string& last_input() const { return last_input_; }
  void abandon() { pending_.clear(); }

  enum class Step { kMore, kRan, kFatal };
  Step add_line(const std::string& line) {
    pending_ = pending_.empty() ? line : pending_ + "\n" + line;
    interrupt_pending = 0;
    const luahost::Repl::Result result = repl_.evaluate(pending_);
    if (result.outcome == luahost::Repl::Outcome::kIncomplete) return Step::kMore;
    last_input_ = std::move(pending_);
    pending_.clear();
    std::fflush(stdout);  // what print() wrote comes before the results and messages
    switch (result.outcome) {
      case luahost::Repl::Outcome::kDone:
        if (!result.text.empty()) fmt::print("{}\n", result.text);
        std::fflush(stdout);
        return Step::kRan;
      case luahost::Repl::Outcome::kFatal:
        fmt::print(stderr, "{}\nconceptdb: the session ends here (its memory is spent)\n",
                   result.text);
        return Step::kFatal;
      default:
        // After the terminal's "^C", the message starts on a line of its own.
        fmt::print(stderr, "{}{}\n", on_terminal_ && interrupt_pending != 0 ? "\n" : "",
                   result.text);
        return Step::kRan;
    }
  }

  // At the end of input: an unfinished input is reported with its syntax error.
  void finish() {
    if (pending_.empty()) return;
    const luahost::Repl::Result result = repl_.evaluate(pending_);
    pending_.clear();
    if (!result.text.empty()) fmt::print(stderr, "{}\n", result.text);
  }

 private:
  luahost::Repl& repl_;
  bool on_terminal_;
  std::string pending_;
  std::string last_input_;
};

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// Lines from a pipe or file: blank lines inside an unfinished input belong to it.
int read_piped(luahost::Repl& repl) {
  InputRunner runner(repl, false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!runner.has_pending() && is_blank(line)) continue;
    if (runner.add_line(line) == InputRunner::Step::kFatal) return 1;
  }
  runner.finish();
  return 0;
}

// $XDG_STATE_HOME/conceptdb/history, else ~/.local/state/conceptdb/history.
std::optional<std::filesystem::path> history_file() {
  const char* state = std::getenv("XDG_STATE_HOME");
  // The XDG rules ignore a relative path.
  if (state != nullptr && std::filesystem::path(state).is_absolute()) {
    return std::filesystem::path(state) / "conceptdb" / "history";
  }
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') return std::nullopt;
  return std::filesystem::path(home) / ".local" / "state" / "conceptdb" / "history";
}

void print_banner(const luahost::SessionOptions& options) {
  fmt::print(stderr, "conceptdb {} — Lua on {} ({})\n", kVersion, display_path(options.database),
             options.writable ? "writable: each input commits when it succeeds"
                              : "read-only; start with --write to change it");
  fmt::print(stderr,
             "An expression prints its value. Tab completes names (cdb.<Tab>). Ctrl-C stops "
             "a running input,\nCtrl-D leaves. More: conceptdb repl --help\n");
}

// Lines from a terminal, with prompts, editing, history and completion.
int read_interactive(luahost::Repl& repl) {
  LineEditor editor("conceptdb", [&repl](std::string_view line, std::size_t cursor) {
    luahost::Completion found = repl.complete(line, cursor);
    return LineCompletions{found.start, std::move(found.candidates)};
  });
  const auto history = history_file();
  if (history) {
    if (const std::string problem = editor.load_history(*history); !problem.empty())
      fmt::print(stderr, "conceptdb: warning: {}\n", problem);
  }
  print_banner(repl.options());
  InputRunner runner(repl, true);
  int exit_code = 0;
  while (true) {
    const LineEditor::Input input = editor.read(runner.has_pending() ? "..> " : "> ");
    if (input.status == LineEditor::Status::kEnd) break;
    if (input.status == LineEditor::Status::kInterrupted || is_blank(input.line)) {
      runner.abandon();  // Ctrl-C, or an empty line, gives up an unfinished input
      continue;
    }
    const InputRunner::Step step = runner.add_line(input.line);
    if (step == InputRunner::Step::kMore) continue;
    editor.remember(runner.last_input());
    if (step == InputRunner::Step::kFatal) {
      exit_code = 1;
      break;
    }
  }
  if (history) {
    if (const std::string problem = editor.save_history(*history); !problem.empty())
      fmt::print(stderr, "conceptdb: warning: the history was not saved: {}\n", problem);
  }
  return exit_code;
}

int run_repl(const ReplArgs& args) {
  luahost::SessionOptions options;
  options.database =
      args.database.empty() ? default_database() : std::filesystem::path(args.database);
  options.writable = args.write;
  options.version = kVersion;
  options.limits.seconds = args.timeout;
  options.limits.memory_bytes = static_cast<std::size_t>(args.max_memory * 1024 * 1024);
  options.limits.rows = args.max_rows;
  options.limits.output_bytes = static_cast<std::uint64_t>(args.max_output * 1024 * 1024);
  options.module_folders.push_back(".");
  for (const auto& folder : script_folders())
    options.module_folders.push_back(folder / "lib");
  options.out_dir = args.out;

  luahost::Repl repl(options);
  InterruptRouting routing(repl);
  return ::isatty(STDIN_FILENO) == 1 ? read_interactive(repl) : read_piped(repl);
}

}  // namespace

void register_repl_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<ReplArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "repl",
      "Work with the database interactively in Lua, with the `cdb` and sandbox of a script.\n"
      "An expression prints its value (a List as a table); a statement just runs; globals\n"
      "stay from one input to the next. An unfinished statement asks for more with `..>`;\n"
      "an empty line or Ctrl-C gives it up. Tab completes globals, cdb names\n"
      "(cdb.sql.ro<Tab>) and methods (c:me<Tab>). Ctrl-C stops a running input; Ctrl-D\n"
      "leaves. History: $XDG_STATE_HOME/conceptdb/history (~/.local/state/conceptdb/history).\n"
      "Every input is its own transaction: read-only unless --write; with --write an input\n"
      "commits when it succeeds, and one that fails changes nothing. --timeout, --max-rows\n"
      "and --max-output apply to each input, --max-memory to the whole session (hitting it\n"
      "ends the session).\n"
      "From a pipe or file, lines run as they come, without prompts (blank lines stay in an\n"
      "unfinished input); errors go to stderr and the session goes on (exit 0 at the end):\n"
      "  printf 'x = 1\\nx + 1\\n' | conceptdb repl");
  cmd->add_option("--db", args->database,
                  "database to use (default: db/conceptdb.sqlite, "
                  "searched from the current folder upwards)");
  cmd->add_flag("--write", args->write,
                "allow changes to the database; each input commits when it succeeds");
  cmd->add_option("--timeout", args->timeout,
                  "stop an input after this many seconds, 0 for no limit (default: 60)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-memory", args->max_memory,
                  "end the session when its Lua memory passes this many MB, 0 for no limit "
                  "(default: 512)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-rows", args->max_rows,
                  "stop an input when it has read more than this many rows from the database, "
                  "0 for no limit (default: 10000000)");
  cmd->add_option("--max-output", args->max_output,
                  "stop an input when the files it writes under --out pass this many MB, 0 for "
                  "no limit (default: 1024)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--out", args->out,
                  "folder for the files cdb.export and reports write, made when first "
                  "needed (default: out)");
  cmd->callback([args, &exit_code] { exit_code = run_repl(*args); });
}

}  // namespace app
