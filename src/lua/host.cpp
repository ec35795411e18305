// lua/host.cpp — the registry slot that ties a lua_State to its run's Host.
#include "lua/host.hpp"

#include <lua.hpp>

namespace luahost {

namespace {
const char kHostKey = 0;  // its address is the registry key
}

void Host::install(lua_State* L, Host* host) {
  lua_pushlightuserdata(L, host);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &kHostKey);
}

Host& Host::from(lua_State* L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &kHostKey);
  auto* host = static_cast<Host*>(lua_touserdata(L, -1));
  lua_pop(L, 1);
  if (host == nullptr || host->db == nullptr) {
    luaL_error(L, "INTERNAL: no database is open for this script");
  }
  return *host;
}

}  // namespace luahost
