// lua/script_spec.cpp — evaluating a script's top level to read the spec it returns.
#include "lua/script_spec.hpp"

#include <lua.hpp>

#include <stdlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "lua/session.hpp"
#include "store/script_guard.hpp"
#include "store/transaction.hpp"

namespace luahost {

namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read script " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A temporary folder for whatever the top level writes, removed in the destructor.
class ScratchFolder {
 public:
  // mkdtemp: a name no other process holds, so that removing it never touches theirs.
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "conceptdb-spec-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
      throw std::runtime_error("cannot make a temporary folder in " +
                               fs::temp_directory_path().string() + ": " + std::strerror(errno));
    path_ = pattern;
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

int silent_print(lua_State*) {
  return 0;
}

// The value at the top of the stack as text for a default.
std::string value_text(lua_State* L, int index) {
  if (lua_isnil(L, index)) return "";
  std::size_t size = 0;
  const char* text = luaL_tolstring(L, index, &size);
  std::string value(text, size);
  lua_pop(L, 1);
  return value;
}

std::string string_field(lua_State* L, int table, const char* field) {
  std::string value;
  if (lua_getfield(L, table, field) == LUA_TSTRING) value = lua_tostring(L, -1);
  lua_pop(L, 1);
  return value;
}

// A bare string in `args` is a type when it names one of these (as in cdb/spec.lua), else a
// default value.
bool is_plain_type(const std::string& text) {
  return text == "string" || text == "number" || text == "integer" || text == "boolean";
}

// One declaration of `args` at `index`: a type name, a default value, or a table.
ScriptArgument argument(lua_State* L, const std::string& name, int index) {
  ScriptArgument arg;
  arg.name = name;
  if (lua_istable(L, index)) {
    arg.type = string_field(L, index, "type");
    arg.help = string_field(L, index, "help");
    lua_getfield(L, index, "required");
    arg.required = lua_toboolean(L, -1) != 0;
    lua_pop(L, 1);
    lua_getfield(L, index, "default");
    if (arg.type.empty() && !lua_isnil(L, -1))
      arg.type = lua_isinteger(L, -1) ? "integer" : luaL_typename(L, -1);
    arg.default_value = value_text(L, lua_gettop(L));
    lua_pop(L, 1);
  } else if (lua_type(L, index) == LUA_TSTRING && is_plain_type(lua_tostring(L, index))) {
    arg.type = lua_tostring(L, index);
  } else {
    arg.type = lua_isinteger(L, index) ? "integer" : luaL_typename(L, index);
    arg.default_value = value_text(L, index);
  }
  if (arg.type.empty()) arg.type = "string";
  return arg;
}

ScriptSpec spec_of(lua_State* L, int index) {
  ScriptSpec spec;
  spec.description = string_field(L, index, "description");
  lua_getfield(L, index, "writes");
  spec.writes = lua_toboolean(L, -1) != 0;
  lua_pop(L, 1);
  if (lua_getfield(L, index, "args") == LUA_TTABLE) {
    const int args = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, args) != 0) {
      if (lua_type(L, -2) == LUA_TSTRING)
        spec.args.push_back(argument(L, lua_tostring(L, -2), lua_gettop(L)));
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  std::sort(spec.args.begin(), spec.args.end(),
            [](const ScriptArgument& a, const ScriptArgument& b) { return a.name < b.name; });
  return spec;
}

}  // namespace

std::optional<ScriptSpec> read_script_spec(const fs::path& script, const fs::path& database,
                                           const std::vector<fs::path>& module_folders) {
  const std::string text = read_text(script);
  static const std::regex top_level_return(R"((^|\n)return\s*\{)");
  if (!std::regex_search(text, top_level_return)) return std::nullopt;

  ScratchFolder scratch;
  SessionOptions options;
  options.database = database;
  options.version = "spec";
  options.limits.seconds = 5;
  options.limits.memory_bytes = 64u << 20;
  options.module_folders.push_back(script.has_parent_path() ? script.parent_path() : fs::path("."));
  for (const auto& folder : module_folders)
    options.module_folders.push_back(folder);
  options.out_dir = scratch.path();
  Session session(options);
  store::Transaction transaction(session.database());
  std::optional<ScriptSpec> spec;
  {
    store::ScriptGuard guard(session.database());
    SessionLua lua(session);
    lua_State* L = lua.get();
    lua_pushcfunction(L, silent_print);
    lua_setglobal(L, "print");
    const std::string chunkname = "@" + script.string();
    if (luaL_loadbufferx(L, text.data(), text.size(), chunkname.c_str(), "t") != LUA_OK ||
        lua_pcall(L, 0, 1, 0) != LUA_OK) {
      throw std::runtime_error(lua_tostring(L, -1) != nullptr ? lua_tostring(L, -1)
                                                              : "the script failed");
    }
    if (lua_istable(L, -1)) {
      lua_getfield(L, -1, "main");
      const bool has_main = lua_isfunction(L, -1);
      lua_pop(L, 1);
      if (has_main) spec = spec_of(L, lua_gettop(L));
    }
  }
  return spec;
}

}  // namespace luahost
