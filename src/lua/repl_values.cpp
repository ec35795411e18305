// lua/repl_values.cpp — the REPL's presenter, a Lua function over cdb.List's table printing.
#include "lua/repl_values.hpp"

#include <lua.hpp>

#include <stdexcept>
#include <string>

namespace luahost {

namespace {

// The address of this variable is the registry key of the presenter.
const char kPresenterKey = 0;

// Receives cdb.List and cdb.null; returns the presenter. Written in Lua because it is all
// about Lua values and reuses the List's rendering (column discovery, alignment, numbers).
constexpr const char* kPresenterSource = R"lua(
local List, null = ...
local getmetatable, next, rawequal, rawget, select, tostring, type =
  getmetatable, next, rawequal, rawget, select, tostring, type
local math_type, format, find, concat, sort = math.type, string.format, string.find,
  table.concat, table.sort

local MAX_ROWS = 50

local function prints_itself(v)
  local mt = getmetatable(v)
  return mt ~= nil and (type(mt) ~= "table" or rawget(mt, "__tostring") ~= nil)
end

local function is_array(t)
  local n = #t
  if n == 0 or getmetatable(t) ~= nil then return false end
  for k in next, t do
    if math_type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

-- A value a table cell shows well: a scalar, cdb.null, or an array of scalars.
local function is_plain(v)
  local t = type(v)
  if t == "string" or t == "number" or t == "boolean" or rawequal(v, null) then return true end
  if t ~= "table" or not is_array(v) then return false end
  for i = 1, #v do
    local item = type(v[i])
    if item ~= "string" and item ~= "number" and item ~= "boolean" then return false end
  end
  return true
end

local function list_text(list)
  local n = #list
  if n <= MAX_ROWS then return tostring(list) end
  return tostring(list:head(MAX_ROWS)) ..
    format("\n… %d more rows (print(value) shows them all)", n - MAX_ROWS)
end

local function key_order(a, b)
  local ta, tb = type(a.key), type(b.key)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a.key < b.key end
  return tostring(a.key) < tostring(b.key)
end

-- A table of fields that are not all plain: one row per field, functions named as such.
local function fields_text(t)
  local rows = {}
  for k, v in next, t do
    rows[#rows + 1] = { key = k, value = type(v) == "function" and "function" or v }
  end
  sort(rows, key_order)
  return list_text(List(rows):with_columns("key", "value"))
end

local function record_text(t)
  for _, v in next, t do
    if not is_plain(v) then return fields_text(t) end
  end
  return tostring(List.of(t))
end

local function text_of(v)
  if List.is(v) then return list_text(v) end
  if type(v) ~= "table" or prints_itself(v) then return tostring(v) end
  if next(v) == nil then return "{}" end
  if is_array(v) then return list_text(List(v)) end
  return record_text(v)
end

return function(...)
  local n = select("#", ...)
  local texts, anything, multiline = {}, false, false
  for i = 1, n do
    local v = select(i, ...)
    anything = anything or v ~= nil
    texts[i] = text_of(v)
    multiline = multiline or find(texts[i], "\n", 1, true) ~= nil
  end
  if not anything then return nil end
  return concat(texts, multiline and "\n" or "\t", 1, n)
end
)lua";

}  // namespace

void install_value_presenter(lua_State* L) {
  const std::string source = kPresenterSource;
  if (luaL_loadbufferx(L, source.data(), source.size(), "=repl/values", "t") != LUA_OK) {
    const std::string message = lua_tostring(L, -1);
    lua_pop(L, 1);
    throw std::logic_error("the REPL's value presenter does not compile: " + message);
  }
  lua_getglobal(L, "cdb");
  lua_getfield(L, -1, "List");
  lua_getfield(L, -2, "null");
  lua_remove(L, -3);
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
    const std::string message = lua_tostring(L, -1) != nullptr ? lua_tostring(L, -1) : "?";
    lua_pop(L, 1);
    throw std::logic_error("the REPL's value presenter failed to load: " + message);
  }
  lua_rawsetp(L, LUA_REGISTRYINDEX, &kPresenterKey);
}

void push_value_presenter(lua_State* L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &kPresenterKey);
}

}  // namespace luahost
