// lua/values.cpp — the value conversions of LUA-API.md's "Values" rule.
#include "lua/values.hpp"

#include <lua.hpp>

#include <string>

#include "lua/script_error.hpp"

namespace luahost {

namespace {
// The address of this variable is the registry key of the cdb.null sentinel.
const char kNullKey = 0;
}  // namespace

void push_null(lua_State* L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &kNullKey) == LUA_TNIL) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_newtable(L);
    lua_pushliteral(L, "cdb.null");
    lua_setfield(L, -2, "__name");
    lua_pushcfunction(L, [](lua_State* S) -> int {
      lua_pushliteral(S, "null");
      return 1;
    });
    lua_setfield(L, -2, "__tostring");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &kNullKey);
  }
}

bool is_null_sentinel(lua_State* L, int index) {
  index = lua_absindex(L, index);
  push_null(L);
  const bool same = lua_rawequal(L, index, -1) != 0;
  lua_pop(L, 1);
  return same;
}

void push_value(lua_State* L, const store::Value& value) {
  struct Pusher {
    lua_State* L;
    void operator()(store::Null) const { lua_pushnil(L); }
    void operator()(std::int64_t v) const { lua_pushinteger(L, static_cast<lua_Integer>(v)); }
    void operator()(double v) const { lua_pushnumber(L, v); }
    void operator()(const std::string& v) const { lua_pushlstring(L, v.data(), v.size()); }
    void operator()(const store::Blob& v) const {
      lua_pushlstring(L, reinterpret_cast<const char*>(v.bytes.data()), v.bytes.size());
    }
  };
  std::visit(Pusher{L}, value);
}

store::Value to_value(lua_State* L, int index, const char* what) {
  switch (lua_type(L, index)) {
    case LUA_TNIL:
    case LUA_TNONE:
      return store::Null{};
    case LUA_TBOOLEAN:
      return std::int64_t{lua_toboolean(L, index) ? 1 : 0};
    case LUA_TNUMBER:
      if (lua_isinteger(L, index)) return std::int64_t{lua_tointeger(L, index)};
      return lua_tonumber(L, index);
    case LUA_TSTRING: {
      std::size_t size = 0;
      const char* text = lua_tolstring(L, index, &size);
      return std::string(text, size);
    }
    default:
      if (is_null_sentinel(L, index)) return store::Null{};
      throw ScriptError(ErrorCode::kArg, std::string(what) + ": cannot bind a " +
                                             luaL_typename(L, index) +
                                             " (give a number, string, boolean, nil or cdb.null)");
  }
}

}  // namespace luahost
