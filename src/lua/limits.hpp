// lua/limits.hpp — the limits of a script run: wall time, Lua memory, rows read from the
// database, bytes written under --out; and the watchdog behind the time limit.
//
// Time is watched from two sides: a count hook in the Lua interpreter and SQLite's progress
// handler inside long queries. Memory is a budget the Lua allocator keeps. Rows are counted
// where they become Lua values (count_materialised_row). Output bytes are an
// exporter::OutputBudget that the export and report bindings pass to the files they write.
// Once a limit is hit it stays hit: the hook raises the limit error at every instruction, so
// a script that catches it with pcall cannot go on, and SQLite stops every query. Every
// message says how to raise the limit.
//
// The hook cannot stop what runs with hooks off (a __gc finaliser, a message handler of an
// error the hook raised) or C code that never returns to Lua (a string pattern that
// backtracks for hours). A Watchdog is the last resort for those: the caller decides what
// it does (`conceptdb run` ends the process; the uncommitted run then changes nothing).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "export/output_budget.hpp"

struct lua_State;

namespace luahost {

struct Limits {
  double seconds = 60.0;                   // wall time; 0: none
  std::size_t memory_bytes = 512u << 20u;  // Lua memory; 0: none
  std::uint64_t rows = 10'000'000;         // rows the script gets from SQLite; 0: none
  std::uint64_t output_bytes = std::uint64_t{1024} << 20u;  // files under --out; 0: none
};

class LimitWatch {
 public:
  explicit LimitWatch(Limits limits);
  LimitWatch(const LimitWatch&) = delete;
  LimitWatch& operator=(const LimitWatch&) = delete;

  enum class Hit { kNone, kTime, kMemory, kRows, kOutput };
  Hit hit() const { return hit_; }
  // Checks the clock; true (and from then on) once the time is up.
  bool time_is_up();
  // The error text of the limit hit: "LIMIT_TIME: ... (raise it with --timeout SECONDS)".
  std::string message() const;
  // The message when a script went on long after its time limit (see Watchdog).
  static std::string stuck_message(double seconds);

  // The Lua allocator with the memory budget; its user data is this watch.
  static void* allocate(void* watch, void* block, std::size_t old_size, std::size_t new_size);
  // The watch of a state made with `allocate`; nullptr for any other state.
  static LimitWatch* of(lua_State* L);
  // Installs the count hook that raises the limit error; the watch must outlive the state.
  void watch_interpreter(lua_State* L);
  // For SQLite's progress handler: true when a running query must stop.
  const std::function<bool()>& query_must_stop() const { return query_must_stop_; }

  // Counts one row a script got from SQLite. Past the limit it raises LIMIT_ROWS (a Lua
  // error at the script's line) and keeps it raised.
  void count_row(lua_State* L) {
    if (++rows_ > limits_.rows && limits_.rows > 0) rows_exceeded(L);
  }
  // The budget for the bytes of the files this run writes; running out of it hits
  // LIMIT_OUTPUT (the file being written fails and is not left behind).
  exporter::OutputBudget& output_budget() { return output_budget_; }

  // The REPL counts rows and output per input: forgets the counts, and a row or output
  // limit hit by the input before (time and memory hits stay).
  void start_input();

 private:
  [[noreturn]] void rows_exceeded(lua_State* L);
  void output_budget_spent();
  // Makes the hook raise the limit error at the next instruction of the watched state.
  void arm_hook(lua_State* L);

  Limits limits_;
  std::chrono::steady_clock::time_point deadline_;
  std::size_t used_ = 0;
  std::uint64_t rows_ = 0;
  Hit hit_ = Hit::kNone;
  std::function<bool()> query_must_stop_;
  exporter::OutputBudget output_budget_;
  lua_State* L_ = nullptr;  // the watched state, for the allocator to arm the hook
};

// The one call where rows become Lua values (cdb.sql and everything built on it).
inline void count_materialised_row(lua_State* L) {
  if (LimitWatch* watch = LimitWatch::of(L)) watch->count_row(L);
}

// True while a limit error is being raised in L: a hit limit keeps its hook (LimitWatch's,
// the REPL's) at every instruction. Lua runs the message handler of an error raised by a
// hook with hooks off, so such a handler must not run script code (see sandbox.cpp).
bool limit_error_raised(lua_State* L);

// The output budget the files a binding writes must be charged to (nullptr: none).
inline exporter::OutputBudget* output_budget_of(lua_State* L) {
  LimitWatch* watch = LimitWatch::of(L);
  return watch != nullptr ? &watch->output_budget() : nullptr;
}

// Calls `on_expiry` on its own thread when `seconds` pass before it is destroyed; with 0
// seconds it does nothing. `on_expiry` must be safe to call from another thread while the
// watched code runs (print and _exit, say). Not copyable; destroyed from the thread that
// made it.
class Watchdog {
 public:
  Watchdog(double seconds, std::function<void()> on_expiry);
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  ~Watchdog();

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;
};

// How long the watchdog of a run waits beyond the time limit before it acts: long enough
// for the hook and SQLite to stop the script the ordinary way.
double watchdog_seconds(double time_limit_seconds);

}  // namespace luahost
