// lua/prelude.cpp — loading the Lua prelude chunks embedded at build time.
//
// Start-up time of `conceptdb run` is mostly spent compiling the prelude, and the largest
// chunk, the API reference (reference.lua, cdb._reference), is data that only `help`, the
// docs and the API tests read. It is therefore loaded on first use: cdb gets a metatable
// whose __index runs the chunk when `cdb._reference` is first read.
#include "lua/prelude.hpp"

#include <lua.hpp>

#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace luahost {

namespace generated {
struct PreludeChunk {
  const char* name;
  const char* text;
};
extern const PreludeChunk kPrelude[];
extern const std::size_t kPreludeCount;
}  // namespace generated

namespace {

// A chunk run on first read of cdb.<field> rather than at start-up.
struct LazyChunk {
  std::string_view chunk;  // the file name in src/lua/prelude
  std::string_view field;  // the field of cdb that the chunk sets
};
constexpr LazyChunk kLazyChunks[] = {{"reference.lua", "_reference"}};

const LazyChunk* lazy_chunk_named(std::string_view name) {
  for (const LazyChunk& lazy : kLazyChunks) {
    if (lazy.chunk == name) return &lazy;
  }
  return nullptr;
}

// Compiles and runs one chunk with the table at `cdb` as its argument; false with the
// message on top of the stack when it fails.
bool run_chunk(lua_State* L, const generated::PreludeChunk& chunk, int cdb) {
  const std::string name = std::string("=cdb/") + chunk.name;
  // Text only: the prelude is source code like any script.
  if (luaL_loadbufferx(L, chunk.text, std::strlen(chunk.text), name.c_str(), "t") != LUA_OK) {
    return false;
  }
  lua_pushvalue(L, cdb);
  return lua_pcall(L, 1, 0, 0) == LUA_OK;
}

// __index of cdb: (cdb, key) → the value of a lazy field, after running its chunk once.
// A failure is an error of the program, raised as a Lua error at the reading line.
int load_lazy_field(lua_State* L) {
  if (lua_type(L, 2) != LUA_TSTRING) return 0;
  const std::string_view key = lua_tostring(L, 2);
  for (std::size_t i = 0; i < generated::kPreludeCount; ++i) {
    const generated::PreludeChunk& chunk = generated::kPrelude[i];
    const LazyChunk* lazy = lazy_chunk_named(chunk.name);
    if (lazy == nullptr || lazy->field != key) continue;
    if (!run_chunk(L, chunk, 1)) {
      return luaL_error(L, "the Lua prelude chunk %s failed to load: %s", chunk.name,
                        lua_tostring(L, -1) != nullptr ? lua_tostring(L, -1) : "?");
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, 1);
    return 1;
  }
  return 0;
}

void install_lazy_loader(lua_State* L, int cdb) {
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, load_lazy_field);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");  // hidden, like every metatable of cdb's objects
  lua_setmetatable(L, cdb);
}

}  // namespace

void load_prelude(lua_State* L) {
  const int cdb = lua_gettop(L);
  for (std::size_t i = 0; i < generated::kPreludeCount; ++i) {
    const generated::PreludeChunk& chunk = generated::kPrelude[i];
    if (lazy_chunk_named(chunk.name) != nullptr) continue;
    if (!run_chunk(L, chunk, cdb)) {
      const std::string message = lua_tostring(L, -1) != nullptr ? lua_tostring(L, -1) : "?";
      lua_settop(L, cdb);
      throw std::logic_error("the Lua prelude failed to load: " + message);
    }
  }
  install_lazy_loader(L, cdb);
}

}  // namespace luahost
