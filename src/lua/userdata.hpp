// lua/userdata.hpp — C++ objects owned by Lua: made in a full userdata, destroyed by __gc.
//
// The export and report bindings hand scripts objects (a table being written, a workbook, a
// report) whose C++ destructor must run when Lua collects them — that is what makes an
// unfinished export leave no temporary file behind.
#pragma once

#include <lua.hpp>

#include <new>
#include <utility>

namespace luahost {

template <typename T>
int destroy_userdata(lua_State* L) {
  static_cast<T*>(lua_touserdata(L, 1))->~T();
  return 0;
}

// Registers the metatable `type_name` (once per state) with __gc and the methods in
// `methods` as __index; the metatable is hidden from getmetatable.
template <typename T>
void register_userdata_type(lua_State* L, const char* type_name, const luaL_Reg* methods) {
  if (luaL_newmetatable(L, type_name)) {
    lua_pushcfunction(L, destroy_userdata<T>);
    lua_setfield(L, -2, "__gc");
    lua_newtable(L);
    luaL_setfuncs(L, methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
  }
  lua_pop(L, 1);
}

// Constructs a T in a new userdata of type `type_name` (registered before) on the stack.
template <typename T, typename... Args>
T& push_userdata(lua_State* L, const char* type_name, Args&&... args) {
  void* memory = lua_newuserdatauv(L, sizeof(T), 0);
  T* object = new (memory) T(std::forward<Args>(args)...);
  luaL_setmetatable(L, type_name);
  return *object;
}

template <typename T>
T& check_userdata(lua_State* L, int index, const char* type_name) {
  return *static_cast<T*>(luaL_checkudata(L, index, type_name));
}

}  // namespace luahost
