// lua/repl.hpp — `conceptdb repl` without the terminal: evaluating input chunks one by one
// in one long-lived sandboxed state.
//
// The state is the one a script gets (same libraries, same `cdb`, strict globals), built on
// one Session. Globals persist from one input to the next. Each input runs in its own
// transaction: read-only unless the session is writable; in a writable session it commits
// when the input succeeds and rolls back when it fails, so a failed line changes nothing.
// Each input has the full --timeout, --max-rows and --max-output; the memory budget is the
// session's, and a memory limit hit ends the session (Outcome::kFatal).
//
// A Repl is used from one thread; only interrupt() may be called from elsewhere (a signal
// handler).
#pragma once

#include <csignal>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "lua/completion.hpp"
#include "lua/session.hpp"

struct lua_Debug;

namespace luahost {

class Repl {
 public:
  // Opens the session (throws as Session does) and builds its state.
  explicit Repl(const SessionOptions& options);
  Repl(const Repl&) = delete;
  Repl& operator=(const Repl&) = delete;
  ~Repl();

  enum class Outcome {
    kDone,        // the input ran; `text` holds its values to print ("" for none)
    kIncomplete,  // the input ends inside a statement: read another line and try again
                  // (`text` is the syntax error, for when no more lines come)
    kError,       // the input failed and changed nothing; `text` is the message
    kFatal,       // as kError, and the session cannot go on (the memory limit was hit)
  };
  struct Result {
    Outcome outcome = Outcome::kDone;
    std::string text;
  };

  // Runs `input` (one or more lines): first as `return INPUT`, so that an expression gives
  // its values, else as a statement. Error messages read "stdin:LINE: message", LINE counted
  // within the input. Output of print() goes to stdout while the input runs.
  Result evaluate(std::string_view input);

  // Tab completion over the current globals (see completion.hpp).
  Completion complete(std::string_view line, std::size_t cursor);

  // Stops the input that is running: Lua code at its next instruction (pcall cannot catch
  // it), SQLite at its next progress check; evaluate() then returns an INTERRUPTED error.
  // Returns false, doing nothing, when no input runs. Async-signal-safe.
  bool interrupt() noexcept;

  // The session's options (limits.seconds is 0 there: the time limit is per input).
  const SessionOptions& options() const { return session_.options(); }

 private:
  // The count hook while an input runs: raises the time limit or the interruption.
  static void hook(lua_State* L, lua_Debug* ar);
  // Runs the compiled chunk on top of the stack and presents its values.
  Result run_chunk();
  // The message of a failed input, with the limit or interruption that caused it in front.
  Result failure(std::string message);

  double seconds_per_input_;  // 0: no time limit
  Session session_;
  SessionLua lua_;
  std::optional<LimitWatch> clock_;  // the time limit of the input that runs, if any
  volatile std::sig_atomic_t running_ = 0;
  volatile std::sig_atomic_t interrupted_ = 0;
  std::function<bool()> query_must_stop_;
};

}  // namespace luahost
