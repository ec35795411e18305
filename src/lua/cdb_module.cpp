// lua/cdb_module.cpp — assembling the cdb table from its submodules.
#include "lua/cdb_module.hpp"

#include <lua.hpp>

#include "lua/export_binding.hpp"
#include "lua/prelude.hpp"
#include "lua/report_binding.hpp"
#include "lua/sql_binding.hpp"
#include "lua/values.hpp"

namespace luahost {

void open_cdb_module(lua_State* L, const CdbModuleOptions& options) {
  lua_newtable(L);

  push_sql_module(L);
  lua_setfield(L, -2, "sql");

  push_null(L);
  lua_setfield(L, -2, "null");

  lua_newtable(L);
  for (const auto& [key, value] : options.args) {
    lua_pushlstring(L, value.data(), value.size());
    lua_setfield(L, -2, key.c_str());
  }
  lua_setfield(L, -2, "args");

  lua_pushlstring(L, options.version.data(), options.version.size());
  lua_setfield(L, -2, "version");

  // The C++ halves of cdb.export and cdb.report; the prelude wraps and then removes them.
  push_export_internals(L);
  lua_setfield(L, -2, "_export");
  push_report_internals(L);
  lua_setfield(L, -2, "_report");

  load_prelude(L);

  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, "cdb");
  lua_pop(L, 1);
  lua_setglobal(L, "cdb");
}

}  // namespace luahost
