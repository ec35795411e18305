// lua/cdb_module.hpp — the `cdb` global: everything conceptdb offers a script.
//
//   cdb.sql      raw SQL (see sql_binding.hpp)
//   cdb.null     the SQL NULL sentinel, for places where nil cannot stand
//   cdb.args     the run's key=value arguments, as strings
//   cdb.version  the conceptdb version
// `require "cdb"` returns the same table.
#pragma once

#include <map>
#include <string>

struct lua_State;

namespace luahost {

struct CdbModuleOptions {
  std::map<std::string, std::string> args;
  std::string version;
};

// Creates `cdb`, sets it as a global and as the loaded module "cdb".
void open_cdb_module(lua_State* L, const CdbModuleOptions& options);

}  // namespace luahost
