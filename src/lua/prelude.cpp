// lua/prelude.cpp — loading the Lua prelude chunks embedded at build time.
#include "lua/prelude.hpp"

#include <lua.hpp>

#include <cstring>
#include <stdexcept>
#include <string>

namespace luahost {

namespace generated {
struct PreludeChunk {
  const char* name;
  const char* text;
};
extern const PreludeChunk kPrelude[];
extern const std::size_t kPreludeCount;
}  // namespace generated

void load_prelude(lua_State* L) {
  const int cdb = lua_gettop(L);
  for (std::size_t i = 0; i < generated::kPreludeCount; ++i) {
    const generated::PreludeChunk& chunk = generated::kPrelude[i];
    const std::string name = std::string("=cdb/") + chunk.name;
    // Text only: the prelude is source code like any script.
    if (luaL_loadbufferx(L, chunk.text, std::strlen(chunk.text), name.c_str(), "t") != LUA_OK ||
        (lua_pushvalue(L, cdb), lua_pcall(L, 1, 0, 0)) != LUA_OK) {
      const std::string message = lua_tostring(L, -1) != nullptr ? lua_tostring(L, -1) : "?";
      lua_settop(L, cdb);
      throw std::logic_error("the Lua prelude failed to load: " + message);
    }
  }
}

}  // namespace luahost
