// cmake/check_lua_cxx.cpp — configure-time proof that the Lua we link is the C++ build:
// a Lua error raised inside a protected call must run the destructors of the C++ frames it
// unwinds. Exits 0 when it does.
#include <lua.hpp>

namespace {
bool destroyed = false;
struct Guard {
  ~Guard() { destroyed = true; }
};
int raise(lua_State* L) {
  Guard guard;
  return luaL_error(L, "unwind");
}
}  // namespace

int main() {
  lua_State* L = luaL_newstate();
  lua_pushcfunction(L, raise);
  const int status = lua_pcall(L, 0, 0, 0);
  lua_close(L);
  return status == LUA_ERRRUN && destroyed ? 0 : 1;
}
