// lua/reference.cpp — reading cdb._reference (src/lua/prelude/reference.lua) into structs.
#include "lua/reference.hpp"

#include <lua.hpp>

#include <algorithm>
#include <stdexcept>

#include "lua/cdb_module.hpp"
#include "lua/lua_state.hpp"
#include "lua/sandbox.hpp"

namespace luahost {

namespace {

constexpr const char* kRegistryFile = "src/lua/prelude/reference.lua";

[[noreturn]] void malformed(const std::string& where, const std::string& problem) {
  throw std::logic_error(std::string(kRegistryFile) + ": " + where + ": " + problem +
                         " (see the format at the top of the file)");
}

// The string at t[key] (t at `table`), "" when absent and not required.
std::string string_field(lua_State* L, int table, const char* key, const std::string& where,
                         bool required) {
  const int type = lua_getfield(L, table, key);
  std::string value;
  if (type == LUA_TSTRING) {
    value = lua_tostring(L, -1);
  } else if (type != LUA_TNIL || required) {
    lua_pop(L, 1);
    malformed(where, std::string("'") + key + "' must be a string");
  }
  lua_pop(L, 1);
  return value;
}

std::string string_at(lua_State* L, int table, lua_Integer i, const std::string& where) {
  if (lua_rawgeti(L, table, i) != LUA_TSTRING) {
    lua_pop(L, 1);
    malformed(where, "item " + std::to_string(i) + " must be a string");
  }
  std::string value = lua_tostring(L, -1);
  lua_pop(L, 1);
  return value;
}

// Pushes t[key] and checks that it is a table (absent: an empty table when not required).
void push_table_field(lua_State* L, int table, const char* key, const std::string& where,
                      bool required) {
  const int type = lua_getfield(L, table, key);
  if (type == LUA_TTABLE) return;
  if (type == LUA_TNIL && !required) {
    lua_pop(L, 1);
    lua_newtable(L);
    return;
  }
  lua_pop(L, 1);
  malformed(where, std::string("'") + key + "' must be a table");
}

// t[key] as items: { {name, type, what}, ... }, or { {type, what}, ... } when !named.
std::vector<ReferenceItem> items_field(lua_State* L, int table, const char* key,
                                       const std::string& where, bool named) {
  push_table_field(L, table, key, where, false);
  const int list = lua_gettop(L);
  std::vector<ReferenceItem> items;
  const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L, list));
  for (lua_Integer i = 1; i <= count; ++i) {
    const std::string item_where = where + ", " + key + "[" + std::to_string(i) + "]";
    if (lua_rawgeti(L, list, i) != LUA_TTABLE) malformed(item_where, "must be a table");
    const int item = lua_gettop(L);
    const auto expected = static_cast<lua_Integer>(named ? 3 : 2);
    if (static_cast<lua_Integer>(lua_rawlen(L, item)) != expected) {
      malformed(item_where, named ? "must be { name, type, what }" : "must be { type, what }");
    }
    ReferenceItem out;
    lua_Integer at = 1;
    if (named) out.name = string_at(L, item, at++, item_where);
    out.type = string_at(L, item, at++, item_where);
    out.what = string_at(L, item, at, item_where);
    if (out.name.size() > 1 && out.name.back() == '?') {
      out.name.pop_back();
      out.optional = true;
    }
    items.push_back(std::move(out));
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return items;
}

ReferenceEntry read_entry(lua_State* L, int table, const std::string& module) {
  ReferenceEntry e;
  e.name = string_field(L, table, "name", "an entry of module " + module, true);
  const std::string where = "entry '" + e.name + "'";
  e.value_type = string_field(L, table, "type", where, false);
  e.kind = e.name.find(':') != std::string::npos ? EntryKind::kMethod
           : e.value_type.empty()                ? EntryKind::kFunction
                                                 : EntryKind::kValue;
  e.params = items_field(L, table, "params", where, true);
  e.returns = items_field(L, table, "returns", where, false);
  e.summary = string_field(L, table, "summary", where, true);
  e.description = string_field(L, table, "description", where, false);
  e.example = string_field(L, table, "example", where, true);
  e.expect = string_field(L, table, "expect", where, false);
  if (e.kind == EntryKind::kValue && (!e.params.empty() || !e.returns.empty())) {
    malformed(where, "a value (with 'type') takes no params or returns");
  }
  return e;
}

ReferenceType read_type(lua_State* L, int table, const std::string& module) {
  ReferenceType t;
  t.name = string_field(L, table, "name", "a type of module " + module, true);
  const std::string where = "type '" + t.name + "'";
  t.metatable = string_field(L, table, "metatable", where, false);
  t.table = string_field(L, table, "table", where, false);
  t.summary = string_field(L, table, "summary", where, true);
  t.description = string_field(L, table, "description", where, false);
  t.fields = items_field(L, table, "fields", where, true);
  return t;
}

// Calls `read` for every table in t[key] (t at `table`), with that table on top.
template <typename Read>
void each_table(lua_State* L, int table, const char* key, const std::string& where, Read read) {
  push_table_field(L, table, key, where, false);
  const int list = lua_gettop(L);
  const lua_Integer count = static_cast<lua_Integer>(lua_rawlen(L, list));
  for (lua_Integer i = 1; i <= count; ++i) {
    if (lua_rawgeti(L, list, i) != LUA_TTABLE) {
      malformed(where, std::string(key) + "[" + std::to_string(i) + "] must be a table");
    }
    read(lua_gettop(L));
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

ReferenceModule read_module(lua_State* L, int table) {
  ReferenceModule m;
  m.key = string_field(L, table, "key", "a module", true);
  const std::string where = "module '" + m.key + "'";
  m.title = string_field(L, table, "title", where, true);
  m.summary = string_field(L, table, "summary", where, true);
  each_table(L, table, "entries", where,
             [&](int entry) { m.entries.push_back(read_entry(L, entry, m.key)); });
  each_table(L, table, "types", where,
             [&](int type) { m.types.push_back(read_type(L, type, m.key)); });
  return m;
}

// A state with the sandboxed libraries and the cdb module, as a script sees them; the
// bindings are present but no database is attached (nothing here calls them).
struct BareCdbState {
  LuaState state;
  BareCdbState() {
    open_sandboxed_libraries(state.get());
    open_cdb_module(state.get(), CdbModuleOptions{});
  }
};

void check_unique_names(const Reference& reference) {
  std::vector<std::string> names;
  for (const auto& m : reference.modules) {
    for (const auto& e : m.entries)
      names.push_back(e.name);
    for (const auto& t : m.types)
      names.push_back("type " + t.name);
  }
  std::sort(names.begin(), names.end());
  const auto twice = std::adjacent_find(names.begin(), names.end());
  if (twice != names.end()) malformed(*twice, "is registered twice");
}

}  // namespace

std::string ReferenceEntry::signature() const {
  if (kind == EntryKind::kValue) return name + ": " + value_type;
  std::string out = name + "(";
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (i > 0) out += ", ";
    out += params[i].name + (params[i].optional ? "?" : "") + ": " + params[i].type;
  }
  out += ")";
  for (std::size_t i = 0; i < returns.size(); ++i)
    out += (i == 0 ? " → " : ", ") + returns[i].type;
  return out;
}

std::string ReferenceEntry::call_form() const {
  if (kind == EntryKind::kValue) return name;
  std::string out = name + "(";
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (i > 0) out += ", ";
    out += params[i].name + (params[i].optional ? "?" : "");
  }
  return out + ")";
}

std::string ReferenceEntry::short_name() const {
  const auto cut = name.find_last_of(".:");
  return cut == std::string::npos ? name : name.substr(cut + 1);
}

std::string ReferenceEntry::owner_type() const {
  if (kind != EntryKind::kMethod) return {};
  return name.substr(0, name.find(':'));
}

const ReferenceEntry* Reference::find_entry(const std::string& name) const {
  for (const auto& m : modules) {
    for (const auto& e : m.entries) {
      if (e.name == name) return &e;
    }
  }
  return nullptr;
}

const ReferenceType* Reference::find_type(const std::string& name) const {
  for (const auto& m : modules) {
    for (const auto& t : m.types) {
      if (t.name == name) return &t;
    }
  }
  return nullptr;
}

std::vector<const ReferenceEntry*> Reference::methods_of(const std::string& type_name) const {
  std::vector<const ReferenceEntry*> out;
  for (const auto& m : modules) {
    for (const auto& e : m.entries) {
      if (e.owner_type() == type_name) out.push_back(&e);
    }
  }
  return out;
}

Reference load_reference() {
  BareCdbState bare;
  lua_State* L = bare.state.get();
  lua_getglobal(L, "cdb");
  if (lua_getfield(L, -1, "_reference") != LUA_TTABLE) {
    malformed("cdb._reference", "is missing: is reference.lua in PRELUDE_LUA (CMakeLists.txt)?");
  }
  Reference reference;
  each_table(L, lua_gettop(L), "modules", "cdb._reference",
             [&](int module) { reference.modules.push_back(read_module(L, module)); });
  lua_pop(L, 2);
  check_unique_names(reference);
  for (const auto& m : reference.modules) {
    for (const auto& e : m.entries) {
      const std::string owner = e.owner_type();
      if (!owner.empty() && reference.find_type(owner) == nullptr) {
        malformed("entry '" + e.name + "'", "is a method of '" + owner + "', which has no type");
      }
    }
  }
  return reference;
}

std::map<std::string, std::vector<std::string>> userdata_method_names() {
  BareCdbState bare;
  lua_State* L = bare.state.get();
  std::map<std::string, std::vector<std::string>> out;
  lua_pushnil(L);
  while (lua_next(L, LUA_REGISTRYINDEX) != 0) {
    // Metatables made by luaL_newmetatable sit in the registry under their type name.
    const bool named_metatable = lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TTABLE;
    const std::string name = named_metatable ? lua_tostring(L, -2) : "";
    if (name.rfind("cdb.", 0) == 0) {
      std::vector<std::string>& methods = out[name];
      if (lua_getfield(L, -1, "__index") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
          if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TFUNCTION) {
            const std::string method = lua_tostring(L, -2);
            if (!method.empty() && method.front() != '_') methods.push_back(method);
          }
          lua_pop(L, 1);
        }
      }
      lua_pop(L, 1);
      std::sort(methods.begin(), methods.end());
    }
    lua_pop(L, 1);
  }
  return out;
}

}  // namespace luahost
