// lua/sandbox.cpp — building the script environment library by library.
#include "lua/sandbox.hpp"

#include <lua.hpp>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

#include "lua/host.hpp"
#include "lua/limits.hpp"

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

// A module name as `require` takes it: words of letters, digits and '_', joined by dots
// ("report_helpers", "lib.tables"); nothing that could climb out of a folder.
bool valid_module_name(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.back() == '.') return false;
  char previous = 0;
  for (char c : name) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '-';
    if (!word && c != '.') return false;
    if (c == '.' && previous == '.') return false;
    previous = c;
  }
  return true;
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// require(name): "cdb", or a Lua text module from the script's folder or scripts/lib.
int require_module(lua_State* L) {
  const std::string name = luaL_checkstring(L, 1);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  const int loaded = lua_gettop(L);
  if (lua_getfield(L, loaded, name.c_str()) != LUA_TNIL) {
    if (lua_type(L, -1) == LUA_TLIGHTUSERDATA) {
      return luaL_error(L, "ARG: module '%s' requires itself (a require loop)", name.c_str());
    }
    return 1;
  }
  lua_pop(L, 1);
  if (!valid_module_name(name)) {
    return luaL_error(L, "ARG: '%s' is not a module name (letters, digits, '_', '-' and dots)",
                      name.c_str());
  }
  std::string relative = name;
  for (char& c : relative) {
    if (c == '.') c = '/';
  }
  relative += ".lua";
  std::string looked;
  for (const auto& folder : Host::from(L).module_folders) {
    const std::filesystem::path path = folder / relative;
    std::error_code ec;
    looked += " " + path.string();
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    const std::string source = read_text_file(path);
    const std::string chunkname = "@" + path.string();
    if (luaL_loadbufferx(L, source.data(), source.size(), chunkname.c_str(), "t") != LUA_OK) {
      return lua_error(L);
    }
    lua_pushlightuserdata(L, &looked);  // "being loaded": a loop is reported, not followed
    lua_setfield(L, loaded, name.c_str());
    lua_pushstring(L, name.c_str());
    lua_call(L, 1, 1);
    if (lua_isnil(L, -1)) {
      lua_pop(L, 1);
      lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, loaded, name.c_str());
    return 1;
  }
  return luaL_error(L,
                    "ARG: module '%s' not found (looked in:%s); scripts require \"cdb\" or Lua "
                    "files beside them or in scripts/lib",
                    name.c_str(), looked.empty() ? " nothing" : looked.c_str());
}

// The message handler a script gives xpcall, behind a guard: Lua runs the handler of an
// error that a limit hook raised with hooks off, where a handler that loops could never be
// stopped; such an error passes unchanged. Any other error runs the script's handler.
int limit_safe_handler(lua_State* L) {
  if (limit_error_raised(L)) return 1;
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

int return_all(lua_State* L, int, lua_KContext) {
  return lua_gettop(L);
}

// xpcall(f, msgh, ...) with msgh behind limit_safe_handler; the original xpcall is upvalue 1.
// lua_callk keeps it yieldable inside coroutines, as the original is.
int xpcall_limit_safe(lua_State* L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, limit_safe_handler, 1);
  lua_replace(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_callk(L, lua_gettop(L) - 1, LUA_MULTRET, 0, return_all);
  return return_all(L, LUA_OK, 0);
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

  // Strings share one metatable (its __index is the string library). Hidden, so a script
  // cannot swap ("x"):upper() for something else under the prelude's feet.
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);

  lua_getglobal(L, "load");
  lua_pushcclosure(L, load_text_only, 1);
  lua_setglobal(L, "load");

  lua_getglobal(L, "xpcall");
  lua_pushcclosure(L, xpcall_limit_safe, 1);
  lua_setglobal(L, "xpcall");

  lua_pushcfunction(L, require_module);
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
