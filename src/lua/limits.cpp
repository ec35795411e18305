// lua/limits.cpp — the budgeted allocator, the count hook, the row count, the output budget,
// the limit messages and the watchdog.
#include "lua/limits.hpp"

#include <lua.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace luahost {

namespace {

// Instructions between two looks at the clock: cheap enough, and well under a millisecond.
constexpr int kHookEvery = 10000;
// Memory allowed beyond the budget once it is hit, so that the error can still be raised,
// caught by the runner and turned into a message.
constexpr std::size_t kErrorSlack = 1u << 20u;

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// "512 MB", or the bytes when the limit is not a whole number of MB.
std::string format_megabytes(std::uint64_t bytes) {
  if (bytes % (1u << 20u) == 0) return std::to_string(bytes >> 20u) + " MB";
  return std::to_string(bytes) + " bytes";
}

int limit_hook_key;

// "script.lua:12: ", the innermost line of the user's code: a limit may strike inside the
// prelude (cdb.try, a domain function), but the user needs the line of their own that led
// there. Empty when no such line is on the stack.
std::string script_position(lua_State* L) {
  lua_Debug ar;
  for (int level = 0; lua_getstack(L, level, &ar) != 0; ++level) {
    if (lua_getinfo(L, "Sl", &ar) == 0 || ar.currentline <= 0) continue;
    if (std::strncmp(ar.source, "=cdb/", 5) == 0) continue;
    return std::string(ar.short_src) + ":" + std::to_string(ar.currentline) + ": ";
  }
  return "";
}

void limit_hook(lua_State* L, lua_Debug*) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &limit_hook_key);
  auto* watch = static_cast<LimitWatch*>(lua_touserdata(L, -1));
  lua_pop(L, 1);
  if (watch == nullptr) return;
  if (watch->hit() == LimitWatch::Hit::kNone && !watch->time_is_up()) return;
  // From now on the hook runs at every instruction: a pcall that caught the limit error
  // returns into code that raises it again at once, up to the runner.
  lua_sethook(L, limit_hook, LUA_MASKCOUNT, 1);
  const std::string message = script_position(L) + watch->message();
  lua_pushlstring(L, message.data(), message.size());
  lua_error(L);
}

}  // namespace

LimitWatch::LimitWatch(Limits limits)
    : limits_(limits),
      deadline_(std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(limits.seconds))),
      query_must_stop_([this] { return hit_ != Hit::kNone || time_is_up(); }),
      output_budget_(limits.output_bytes, [this] { output_budget_spent(); }) {}

void LimitWatch::output_budget_spent() {
  // Inside a stream write: no Lua error here. The file fails when it is closed, and the
  // hook raises LIMIT_OUTPUT at the script's next instruction.
  if (hit_ == Hit::kNone) hit_ = Hit::kOutput;
  if (L_ != nullptr) arm_hook(L_);
}

bool LimitWatch::time_is_up() {
  if (hit_ == Hit::kTime) return true;
  if (limits_.seconds <= 0 || std::chrono::steady_clock::now() < deadline_) return false;
  if (hit_ == Hit::kNone) hit_ = Hit::kTime;
  return true;
}

std::string LimitWatch::message() const {
  switch (hit_) {
    case Hit::kTime:
      return "LIMIT_TIME: the script ran longer than " + format_number(limits_.seconds) +
             " s (raise the limit with --timeout SECONDS)";
    case Hit::kMemory:
      return "LIMIT_MEM: the script needed more than " +
             std::to_string(limits_.memory_bytes >> 20u) +
             " MB of memory (raise the limit with --max-memory MB)";
    case Hit::kRows:
      return "LIMIT_ROWS: the script read more than " + std::to_string(limits_.rows) +
             " rows from the database (raise the limit with --max-rows N, 0 for none)";
    case Hit::kOutput:
      return "LIMIT_OUTPUT: the script wrote more than " + format_megabytes(limits_.output_bytes) +
             " of files under --out; the file being written was not kept (raise the limit "
             "with --max-output MB, 0 for none)";
    case Hit::kNone:
      break;
  }
  return "";
}

std::string LimitWatch::stuck_message(double seconds) {
  return "LIMIT_TIME: the script ran longer than " + format_number(seconds) +
         " s and did not stop at the limit (stuck in a __gc finaliser or a "
         "long string match); it was ended and the database is unchanged (raise the limit with "
         "--timeout SECONDS)";
}

bool limit_error_raised(lua_State* L) {
  return lua_gethook(L) != nullptr && lua_gethookcount(L) == 1;
}

LimitWatch* LimitWatch::of(lua_State* L) {
  void* data = nullptr;
  return lua_getallocf(L, &data) == &LimitWatch::allocate ? static_cast<LimitWatch*>(data)
                                                          : nullptr;
}

void LimitWatch::arm_hook(lua_State* L) {
  // lua_sethook may be called at any time, even from inside an allocation.
  lua_sethook(L, limit_hook, LUA_MASKCOUNT, 1);
}

void LimitWatch::rows_exceeded(lua_State* L) {
  if (hit_ == Hit::kNone) hit_ = Hit::kRows;
  arm_hook(L);
  if (L_ != nullptr && L_ != L) arm_hook(L_);
  const std::string text = script_position(L) + message();
  lua_pushlstring(L, text.data(), text.size());
  lua_error(L);
  std::abort();  // not reached: lua_error raises
}

void LimitWatch::start_input() {
  rows_ = 0;
  output_budget_ = exporter::OutputBudget(limits_.output_bytes, [this] { output_budget_spent(); });
  if (hit_ == Hit::kRows || hit_ == Hit::kOutput) hit_ = Hit::kNone;
}

void* LimitWatch::allocate(void* data, void* block, std::size_t old_size, std::size_t new_size) {
  auto* watch = static_cast<LimitWatch*>(data);
  // With no block, old_size says what kind of object is made, not its size.
  const std::size_t old_bytes = block != nullptr ? old_size : 0;
  if (new_size == 0) {
    std::free(block);
    watch->used_ -= old_bytes;
    return nullptr;
  }
  const std::size_t limit = watch->limits_.memory_bytes;
  if (limit > 0 && new_size > old_bytes) {
    const std::size_t allowed = watch->hit_ == Hit::kMemory ? limit + kErrorSlack : limit;
    if (watch->used_ + (new_size - old_bytes) > allowed) {
      if (watch->hit_ == Hit::kNone) {
        watch->hit_ = Hit::kMemory;
        // The next instruction raises LIMIT_MEM.
        if (watch->L_ != nullptr) watch->arm_hook(watch->L_);
      }
      return nullptr;  // Lua raises a memory error now; the hook raises ours after it
    }
  }
  void* grown = std::realloc(block, new_size);
  if (grown != nullptr) watch->used_ = watch->used_ - old_bytes + new_size;
  return grown;
}

void LimitWatch::watch_interpreter(lua_State* L) {
  L_ = L;
  lua_pushlightuserdata(L, this);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &limit_hook_key);
  lua_sethook(L, limit_hook, LUA_MASKCOUNT, kHookEvery);
}

Watchdog::Watchdog(double seconds, std::function<void()> on_expiry) {
  if (seconds <= 0) return;
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(seconds));
  thread_ = std::thread([this, deadline, on_expiry = std::move(on_expiry)] {
    std::unique_lock lock(mutex_);
    if (!wake_.wait_until(lock, deadline, [this] { return done_; })) on_expiry();
  });
}

Watchdog::~Watchdog() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    done_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

double watchdog_seconds(double time_limit_seconds) {
  if (time_limit_seconds <= 0) return 0;
  // 10% more, at least 1 s and at most 10 s more.
  const double grace = time_limit_seconds / 10;
  return time_limit_seconds + (grace < 1 ? 1 : grace > 10 ? 10 : grace);
}

}  // namespace luahost
