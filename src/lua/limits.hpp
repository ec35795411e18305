// lua/limits.hpp — the wall-time and memory limits of a script run.
//
// Time is watched from two sides: a count hook in the Lua interpreter and SQLite's progress
// handler inside long queries. Memory is a budget the Lua allocator keeps. Once a limit is
// hit it stays hit: the hook raises the limit error at every tick, so a script that catches
// it with pcall cannot go on. Every message says how to raise the limit.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

struct lua_State;

namespace luahost {

struct Limits {
  double seconds = 60.0;                   // wall time; 0: none
  std::size_t memory_bytes = 512u << 20u;  // Lua memory; 0: none
};

class LimitWatch {
 public:
  explicit LimitWatch(Limits limits);

  enum class Hit { kNone, kTime, kMemory };
  Hit hit() const { return hit_; }
  // Checks the clock; true (and from then on) once the time is up.
  bool time_is_up();
  // The error text of the limit hit: "LIMIT_TIME: ... (raise it with --timeout SECONDS)".
  std::string message() const;

  // The Lua allocator with the memory budget; its user data is this watch.
  static void* allocate(void* watch, void* block, std::size_t old_size, std::size_t new_size);
  // Installs the count hook that raises the limit error; the watch must outlive the state.
  void watch_interpreter(lua_State* L);
  // For SQLite's progress handler: true when a running query must stop.
  const std::function<bool()>& query_must_stop() const { return query_must_stop_; }

 private:
  Limits limits_;
  std::chrono::steady_clock::time_point deadline_;
  std::size_t used_ = 0;
  Hit hit_ = Hit::kNone;
  std::function<bool()> query_must_stop_;
  lua_State* L_ = nullptr;  // the watched state, for the allocator to arm the hook
};

}  // namespace luahost
