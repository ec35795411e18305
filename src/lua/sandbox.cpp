// lua/sandbox.cpp — building the script environment library by library.
#include "lua/sandbox.hpp"

#include <lua.hpp>

#include <initializer_list>

namespace luahost {

namespace {

// Opens library `name` with `open`, keeps it as a global only when `global` is true.
void open_library(lua_State* L, const char* name, lua_CFunction open) {
  luaL_requiref(L, name, open, 1);
  lua_pop(L, 1);
}

// Replaces a library table by a new one that holds only `keep` of its functions.
void restrict_library(lua_State* L, const char* name, std::initializer_list<const char*> keep) {
  lua_getglobal(L, name);
  lua_newtable(L);
  for (const char* function : keep) {
    lua_getfield(L, -2, function);
    lua_setfield(L, -2, function);
  }
  lua_setglobal(L, name);
  lua_pop(L, 1);
  // The loaded-modules table still holds the full library; drop it there too.
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_getglobal(L, name);
  lua_setfield(L, -2, name);
  lua_pop(L, 1);
}

// load(chunk [, chunkname [, mode [, env]]]) that only ever accepts text chunks: a binary
// chunk can break the VM's memory safety.
int load_text_only(lua_State* L) {
  const int given = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));  // the original load
  lua_pushvalue(L, 1);                    // chunk
  if (given >= 2)
    lua_pushvalue(L, 2);  // chunkname
  else
    lua_pushnil(L);
  lua_pushliteral(L, "t");  // whatever mode the script asked for
  // An env given as nil is still an env (it empties _ENV), as in the original load.
  if (given >= 4) lua_pushvalue(L, 4);
  lua_call(L, given >= 4 ? 4 : 3, LUA_MULTRET);
  return lua_gettop(L) - given;
}

int require_cdb_only(lua_State* L) {
  const char* name = luaL_checkstring(L, 1);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_getfield(L, -1, name);
  if (!lua_isnil(L, -1)) return 1;
  return luaL_error(L, "module '%s' not found: scripts can require only \"cdb\"", name);
}

int undefined_global(lua_State* L) {
  const char* name = lua_tostring(L, 2);
  return luaL_error(L, "undefined global '%s' (a typo? globals must be assigned before use)",
                    name != nullptr ? name : "?");
}

}  // namespace

void open_sandboxed_libraries(lua_State* L) {
  open_library(L, LUA_GNAME, luaopen_base);
  open_library(L, LUA_TABLIBNAME, luaopen_table);
  open_library(L, LUA_STRLIBNAME, luaopen_string);
  open_library(L, LUA_MATHLIBNAME, luaopen_math);
  open_library(L, LUA_UTF8LIBNAME, luaopen_utf8);
  open_library(L, LUA_COLIBNAME, luaopen_coroutine);
  open_library(L, LUA_OSLIBNAME, luaopen_os);
  open_library(L, LUA_DBLIBNAME, luaopen_debug);

  restrict_library(L, LUA_OSLIBNAME, {"clock", "date", "time", "difftime"});
  restrict_library(L, LUA_DBLIBNAME, {"traceback"});

  for (const char* removed : {"dofile", "loadfile"}) {
    lua_pushnil(L);
    lua_setglobal(L, removed);
  }
  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);

  lua_getglobal(L, "load");
  lua_pushcclosure(L, load_text_only, 1);
  lua_setglobal(L, "load");

  lua_pushcfunction(L, require_cdb_only);
  lua_setglobal(L, "require");
}

void strict_globals(lua_State* L) {
  lua_pushglobaltable(L);
  lua_newtable(L);
  lua_pushcfunction(L, undefined_global);
  lua_setfield(L, -2, "__index");
  // Hides the metatable from getmetatable(_G), so a script cannot switch strictness off.
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
}

}  // namespace luahost
