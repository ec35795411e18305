// lua/lua_state.cpp — creating and closing Lua states; the C++-unwinding self-check.
#include "lua/lua_state.hpp"

#include <lua.hpp>

#include <cstdio>
#include <new>

namespace luahost {

LuaState::LuaState() : L_(luaL_newstate()) {
  if (L_ == nullptr) throw std::bad_alloc();
}

namespace {

int report_panic(lua_State* L) {
  const char* message = lua_tostring(L, -1);
  std::fprintf(stderr, "conceptdb: Lua error outside a protected call: %s\n",
               message != nullptr ? message : "?");
  return 0;  // Lua aborts after this
}

}  // namespace

LuaState::LuaState(void* (*allocate)(void*, void*, std::size_t, std::size_t), void* data)
    : L_(lua_newstate(allocate, data)) {
  if (L_ == nullptr) throw std::bad_alloc();
  lua_atpanic(L_, report_panic);
}

LuaState::~LuaState() {
  lua_close(L_);
}

namespace {

struct SetOnDestruction {
  bool* flag;
  ~SetOnDestruction() { *flag = true; }
};

int raise_with_guard(lua_State* L) {
  auto* destroyed = static_cast<bool*>(lua_touserdata(L, 1));
  SetOnDestruction guard{destroyed};
  return luaL_error(L, "unwind check");
}

}  // namespace

bool lua_errors_unwind_cxx_frames() {
  LuaState state;
  lua_State* L = state.get();
  bool destroyed = false;
  lua_pushcfunction(L, raise_with_guard);
  lua_pushlightuserdata(L, &destroyed);
  const int status = lua_pcall(L, 1, 0, 0);
  return status == LUA_ERRRUN && destroyed;
}

}  // namespace luahost
