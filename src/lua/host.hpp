// lua/host.hpp — what the bindings of one script run share: the database and run mode.
//
// One Host per run, stored in the Lua registry; bindings fetch it with Host::from(L).
#pragma once

#include <filesystem>
#include <vector>

#include "store/database.hpp"

struct lua_State;

namespace luahost {

struct Host {
  store::Database* db = nullptr;
  bool writable = false;
  // Where `require` finds Lua modules: the script's folder, then scripts/lib.
  std::vector<std::filesystem::path> module_folders;
  // Files a script writes (cdb.export, reports) go under this folder and nowhere else.
  std::filesystem::path out_dir = "out";

  // Stores `host` (not owned; it must outlive the state) in the registry of L.
  static void install(lua_State* L, Host* host);
  static Host& from(lua_State* L);
};

}  // namespace luahost
