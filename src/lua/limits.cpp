// lua/limits.cpp — the budgeted allocator, the count hook and the limit messages.
#include "lua/limits.hpp"

#include <lua.hpp>

#include <cstdio>
#include <cstdlib>

namespace luahost {

namespace {

// Instructions between two looks at the clock: cheap enough, and well under a millisecond.
constexpr int kHookEvery = 10000;
// Memory allowed beyond the budget once it is hit, so that the error can still be raised,
// caught by the runner and turned into a message.
constexpr std::size_t kErrorSlack = 1u << 20u;

std::string format_seconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", seconds);
  return buffer;
}

}  // namespace

LimitWatch::LimitWatch(Limits limits)
    : limits_(limits),
      deadline_(std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(limits.seconds))),
      query_must_stop_([this] { return hit_ != Hit::kNone || time_is_up(); }) {}

bool LimitWatch::time_is_up() {
  if (hit_ == Hit::kTime) return true;
  if (limits_.seconds <= 0 || std::chrono::steady_clock::now() < deadline_) return false;
  if (hit_ == Hit::kNone) hit_ = Hit::kTime;
  return true;
}

std::string LimitWatch::message() const {
  switch (hit_) {
    case Hit::kTime:
      return "LIMIT_TIME: the script ran longer than " + format_seconds(limits_.seconds) +
             " s (raise the limit with --timeout SECONDS)";
    case Hit::kMemory:
      return "LIMIT_MEM: the script needed more than " +
             std::to_string(limits_.memory_bytes >> 20u) +
             " MB of memory (raise the limit with --max-memory MB)";
    case Hit::kNone:
      break;
  }
  return "";
}

namespace {

int limit_hook_key;

void limit_hook(lua_State* L, lua_Debug* ar) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &limit_hook_key);
  auto* watch = static_cast<LimitWatch*>(lua_touserdata(L, -1));
  lua_pop(L, 1);
  if (watch == nullptr) return;
  if (watch->hit() == LimitWatch::Hit::kNone && !watch->time_is_up()) return;
  // From now on the hook runs at every instruction: a pcall that caught the limit error
  // returns into code that raises it again at once, up to the runner.
  lua_sethook(L, limit_hook, LUA_MASKCOUNT, 1);
  std::string where;
  if (lua_getinfo(L, "Sl", ar) != 0 && ar->currentline > 0) {
    where = std::string(ar->short_src) + ":" + std::to_string(ar->currentline) + ": ";
  }
  const std::string message = where + watch->message();
  lua_pushlstring(L, message.data(), message.size());
  lua_error(L);
}

}  // namespace

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
        // lua_sethook may be called at any time: the next instruction raises LIMIT_MEM.
        if (watch->L_ != nullptr) lua_sethook(watch->L_, limit_hook, LUA_MASKCOUNT, 1);
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

}  // namespace luahost
