// lua/sql_binding.cpp — cdb.sql over store::Statement, with statements owned by userdata.
#include "lua/sql_binding.hpp"

#include <lua.hpp>

#include <new>
#include <optional>
#include <string>
#include <vector>

#include "lua/host.hpp"
#include "lua/script_error.hpp"
#include "lua/trampoline.hpp"
#include "lua/values.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace luahost {

namespace {

constexpr const char* kCursorType = "cdb.sql.cursor";
constexpr const char* kPreparedType = "cdb.sql.statement";

// A statement owned by Lua: finalised by __close (end of a for loop) or, at the latest, __gc.
// A cursor over a prepared statement borrows it instead, and only resets it when it closes.
struct Cursor {
  std::optional<store::Statement> statement;
  std::vector<std::string> columns;
  store::Statement* borrowed = nullptr;
  store::Statement* active() {
    return borrowed != nullptr ? borrowed : (statement ? &*statement : nullptr);
  }
};

// cdb.sql.prepare: a statement kept for repeated use, closed by :close(), <close> or __gc.
struct Prepared {
  std::optional<store::Statement> statement;
  std::vector<std::string> columns;
};

Cursor& check_cursor(lua_State* L, int index) {
  return *static_cast<Cursor*>(luaL_checkudata(L, index, kCursorType));
}

int cursor_close(lua_State* L) {
  Cursor& cursor = check_cursor(L, 1);
  if (cursor.borrowed != nullptr) {
    cursor.borrowed->reset();
    cursor.borrowed = nullptr;
  }
  cursor.statement.reset();
  return 0;
}

int cursor_gc(lua_State* L) {
  check_cursor(L, 1).~Cursor();
  return 0;
}

void push_cursor_metatable(lua_State* L) {
  if (luaL_newmetatable(L, kCursorType)) {
    lua_pushcfunction(L, cursor_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, cursor_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
  }
}

// True for `?` and `?NNN` parameters, which take values by position.
bool is_positional(const std::string& name) {
  return name.empty() || name[0] == '?';
}

// Binds the params table at `index` (or nothing, when it is absent) to every parameter.
void bind_params(lua_State* L, int index, store::Statement& st) {
  const int count = st.parameter_count();
  const bool has_table = lua_type(L, index) == LUA_TTABLE;
  if (!lua_isnoneornil(L, index) && !has_table) {
    throw ScriptError(ErrorCode::kArg,
                      "the parameters must be a table, {v1, v2} or "
                      "{name = v}, not a " +
                          std::string(luaL_typename(L, index)));
  }
  const lua_Integer given = has_table ? static_cast<lua_Integer>(lua_rawlen(L, index)) : 0;
  lua_Integer used = 0;
  for (int i = 1; i <= count; ++i) {
    const std::string name = st.parameter_name(i);
    if (is_positional(name)) {
      ++used;
      if (used > given) continue;  // reported below with the full count
      lua_rawgeti(L, index, used);
      st.bind(i, to_value(L, -1, ("parameter " + std::to_string(used)).c_str()));
      lua_pop(L, 1);
      continue;
    }
    const std::string key = name.substr(1);
    if (!has_table || lua_getfield(L, index, key.c_str()) == LUA_TNIL) {
      if (has_table) lua_pop(L, 1);
      throw ScriptError(ErrorCode::kArg, "no value for parameter " + name + " (give {" + key +
                                             " = ...}; use cdb.null for NULL)");
    }
    st.bind(i, to_value(L, -1, ("parameter " + name).c_str()));
    lua_pop(L, 1);
  }
  if (used != given) {
    throw ScriptError(ErrorCode::kArg, "the statement has " + std::to_string(used) +
                                           " positional parameter" + (used == 1 ? "" : "s") +
                                           " but " + std::to_string(given) + " value" +
                                           (given == 1 ? " was" : "s were") + " given");
  }
}

store::Statement prepare_bound(lua_State* L) {
  const char* sql = luaL_checkstring(L, 1);
  store::Statement st = Host::from(L).db->prepare(sql);
  bind_params(L, 2, st);
  return st;
}

void push_row(lua_State* L, const store::Statement& st, const std::vector<std::string>& columns) {
  lua_createtable(L, 0, static_cast<int>(columns.size()));
  for (std::size_t i = 0; i < columns.size(); ++i) {
    push_value(L, st.column_value(static_cast<int>(i)));
    lua_setfield(L, -2, columns[i].c_str());
  }
}

std::vector<std::string> column_names(const store::Statement& st) {
  std::vector<std::string> names;
  for (int i = 0; i < st.column_count(); ++i)
    names.push_back(st.column_name(i));
  return names;
}

int rows_next(lua_State* L) {
  Cursor& cursor = check_cursor(L, 1);
  store::Statement* st = cursor.active();
  if (st == nullptr) return 0;
  if (!st->step()) {
    if (cursor.borrowed != nullptr) {
      cursor.borrowed->reset();
      cursor.borrowed = nullptr;
    }
    cursor.statement.reset();
    return 0;
  }
  push_row(L, *st, cursor.columns);
  return 1;
}

Cursor& new_cursor(lua_State* L) {
  auto* cursor = static_cast<Cursor*>(lua_newuserdatauv(L, sizeof(Cursor), 0));
  new (cursor) Cursor{};
  luaL_setmetatable(L, kCursorType);  // registered by push_sql_module, so this cannot fail
  return *cursor;
}

// Returns the four values of a generic for over the cursor at the top of the stack.
int push_for_loop(lua_State* L) {
  // for row in iterator, state, initial, closing: the cursor is both state and closing value.
  lua_pushcfunction(L, guarded<rows_next>);
  lua_insert(L, -2);
  lua_pushnil(L);
  lua_pushvalue(L, -2);
  return 4;
}

int sql_rows(lua_State* L) {
  store::Statement st = prepare_bound(L);
  Cursor& cursor = new_cursor(L);
  cursor.columns = column_names(st);
  cursor.statement.emplace(std::move(st));
  return push_for_loop(L);
}

// ---- prepared statements

Prepared& check_prepared(lua_State* L) {
  auto& p = *static_cast<Prepared*>(luaL_checkudata(L, 1, kPreparedType));
  if (!p.statement) {
    throw ScriptError(ErrorCode::kArg, "the statement was closed; prepare it again");
  }
  return p;
}

// Resets the statement and binds the parameters at stack index 2.
store::Statement& rebind(lua_State* L, Prepared& p) {
  p.statement->reset();
  p.statement->clear_bindings();
  bind_params(L, 2, *p.statement);
  return *p.statement;
}

int prepared_rows(lua_State* L) {
  Prepared& p = check_prepared(L);
  store::Statement& st = rebind(L, p);
  Cursor& cursor = new_cursor(L);
  cursor.columns = p.columns;
  cursor.borrowed = &st;
  return push_for_loop(L);
}

int prepared_first(lua_State* L) {
  Prepared& p = check_prepared(L);
  store::Statement& st = rebind(L, p);
  const bool found = st.step();
  if (found) push_row(L, st, p.columns);
  st.reset();
  return found ? 1 : 0;
}

int prepared_value(lua_State* L) {
  Prepared& p = check_prepared(L);
  store::Statement& st = rebind(L, p);
  const bool found = st.step() && st.column_count() > 0;
  if (found) push_value(L, st.column_value(0));
  st.reset();
  return found ? 1 : 0;
}

int prepared_exec(lua_State* L) {
  Prepared& p = check_prepared(L);
  store::Statement& st = rebind(L, p);
  st.run();
  st.reset();
  lua_pushinteger(L, static_cast<lua_Integer>(Host::from(L).db->changes()));
  return 1;
}

int prepared_close(lua_State* L) {
  static_cast<Prepared*>(luaL_checkudata(L, 1, kPreparedType))->statement.reset();
  return 0;
}

int prepared_gc(lua_State* L) {
  static_cast<Prepared*>(luaL_checkudata(L, 1, kPreparedType))->~Prepared();
  return 0;
}

void push_prepared_metatable(lua_State* L) {
  if (luaL_newmetatable(L, kPreparedType)) {
    const luaL_Reg methods[] = {
        {"rows", guarded<prepared_rows>},   {"first", guarded<prepared_first>},
        {"value", guarded<prepared_value>}, {"exec", guarded<prepared_exec>},
        {"close", prepared_close},          {nullptr, nullptr},
    };
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, prepared_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, prepared_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
  }
}

int sql_prepare(lua_State* L) {
  const char* sql = luaL_checkstring(L, 1);
  store::Statement st = Host::from(L).db->prepare(sql);
  auto* p = static_cast<Prepared*>(lua_newuserdatauv(L, sizeof(Prepared), 0));
  new (p) Prepared{};
  luaL_setmetatable(L, kPreparedType);
  p->columns = column_names(st);
  p->statement.emplace(std::move(st));
  return 1;
}

// cdb.sql.atomic(fn, ...): runs fn inside a savepoint; an error undoes what fn wrote and is
// raised again; otherwise fn's results are returned.
int sql_atomic(lua_State* L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  const int base = 1;
  int status = LUA_OK;
  {
    // SQLite nests savepoints of the same name: RELEASE and ROLLBACK TO take the innermost.
    store::Savepoint savepoint(*Host::from(L).db, "cdb_atomic");
    status = lua_pcall(L, lua_gettop(L) - base, LUA_MULTRET, 0);
    if (status == LUA_OK) savepoint.release();
  }  // on error the savepoint rolls back here, before the error is raised again
  if (status != LUA_OK) return lua_error(L);
  return lua_gettop(L);
}

int sql_first(lua_State* L) {
  store::Statement st = prepare_bound(L);
  if (!st.step()) return 0;
  push_row(L, st, column_names(st));
  return 1;
}

int sql_value(lua_State* L) {
  store::Statement st = prepare_bound(L);
  if (!st.step() || st.column_count() == 0) return 0;
  push_value(L, st.column_value(0));
  return 1;
}

// cdb.sql.list: every row as a cdb.List, with `columns` in the SELECT's order (printing and
// exports keep that order). The List metatable is the closure's upvalue (see sql_make_list).
int sql_list(lua_State* L) {
  store::Statement st = prepare_bound(L);
  const std::vector<std::string> columns = column_names(st);
  lua_newtable(L);
  lua_Integer n = 0;
  while (st.step()) {
    push_row(L, st, columns);
    lua_rawseti(L, -2, ++n);
  }
  lua_createtable(L, static_cast<int>(columns.size()), 0);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    lua_pushlstring(L, columns[i].data(), columns[i].size());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, -2, "columns");
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_setmetatable(L, -2);
  return 1;
}

// cdb.sql._make_list(List metatable) → cdb.sql.list, called once by the prelude: a C closure,
// so that its errors point at the script's line and not at a Lua wrapper.
int sql_make_list(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_pushcclosure(L, guarded<sql_list>, 1);
  return 1;
}

int sql_exec(lua_State* L) {
  store::Statement st = prepare_bound(L);
  st.run();
  lua_pushinteger(L, static_cast<lua_Integer>(Host::from(L).db->changes()));
  return 1;
}

}  // namespace

void bind_parameters(lua_State* L, int index, store::Statement& st) {
  bind_params(L, index, st);
}

void push_sql_module(lua_State* L) {
  const luaL_Reg functions[] = {
      {"rows", guarded<sql_rows>},       {"first", guarded<sql_first>},
      {"value", guarded<sql_value>},     {"exec", guarded<sql_exec>},
      {"prepare", guarded<sql_prepare>}, {"atomic", guarded<sql_atomic>},
      {"_make_list", sql_make_list},     {nullptr, nullptr},
  };
  push_cursor_metatable(L);
  lua_pop(L, 1);
  push_prepared_metatable(L);
  lua_pop(L, 1);
  luaL_newlib(L, functions);
}

}  // namespace luahost
