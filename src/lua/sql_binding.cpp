// lua/sql_binding.cpp — cdb.sql over store::Statement, with statements owned by userdata.
#include "lua/sql_binding.hpp"

#include <lua.hpp>

#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lua/host.hpp"
#include "lua/limits.hpp"
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
// A cursor over a prepared statement borrows it instead, and only resets it when it closes;
// it holds the prepared statement's userdata (its user value) so that it cannot be collected
// under it, and sees it closed (an empty optional) when st:close() ran first.
struct Cursor {
  std::optional<store::Statement> statement;
  std::optional<store::Statement>* borrowed = nullptr;
  store::Statement* active() {
    if (borrowed != nullptr) return *borrowed ? &**borrowed : nullptr;
    return statement ? &*statement : nullptr;
  }
};

// cdb.sql.prepare: a statement kept for repeated use, closed by :close(), <close> or __gc.
struct Prepared {
  std::optional<store::Statement> statement;
};

// The user values of the two userdata types. The column names of a statement are made into
// Lua strings once, when it is prepared, and kept in an array beside it: each row then keys
// its fields with those strings, without hashing a C string per field.
constexpr int kCursorBorrowedSlot = 1;  // the cdb.sql.statement a cursor borrows
constexpr int kCursorNamesSlot = 2;     // the column names
constexpr int kPreparedNamesSlot = 1;

Cursor& check_cursor(lua_State* L, int index) {
  return *static_cast<Cursor*>(luaL_checkudata(L, index, kCursorType));
}

int cursor_close(lua_State* L) {
  Cursor& cursor = check_cursor(L, 1);
  if (cursor.borrowed != nullptr) {
    if (*cursor.borrowed) (*cursor.borrowed)->reset();
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

// Pushes column `i` of the current row as the Lua value LUA-API.md promises, reading it
// in place (no store::Value, no copy of the text).
void push_column(lua_State* L, const store::Statement& st, int i) {
  switch (st.column_type(i)) {
    case store::ColumnType::kInteger:
      lua_pushinteger(L, static_cast<lua_Integer>(st.column_int64(i)));
      return;
    case store::ColumnType::kFloat:
      lua_pushnumber(L, st.column_double(i));
      return;
    case store::ColumnType::kText: {
      const std::string_view text = st.column_text(i);
      lua_pushlstring(L, text.data(), text.size());
      return;
    }
    case store::ColumnType::kBlob:
      push_value(L, st.column_value(i));
      return;
    case store::ColumnType::kNull:
      lua_pushnil(L);
      return;
  }
}

// Pushes an array of the statement's column names.
void push_column_names(lua_State* L, const store::Statement& st) {
  const int count = st.column_count();
  lua_createtable(L, count, 0);
  for (int i = 0; i < count; ++i) {
    const std::string name = st.column_name(i);
    lua_pushlstring(L, name.data(), name.size());
    lua_rawseti(L, -2, i + 1);
  }
}

// Pushes the current row as a new table {column = value}, keyed by the names in the array at
// stack index `names`. Every row is a table of its own: a script may keep rows.
void push_row(lua_State* L, const store::Statement& st, int names) {
  count_materialised_row(L);
  const int count = static_cast<int>(lua_rawlen(L, names));
  lua_createtable(L, 0, count);
  for (int i = 0; i < count; ++i) {
    lua_rawgeti(L, names, i + 1);
    push_column(L, st, i);
    lua_rawset(L, -3);
  }
}

// The same for a single row of a statement without a names array yet.
void push_single_row(lua_State* L, const store::Statement& st) {
  push_column_names(L, st);
  push_row(L, st, lua_gettop(L));
  lua_remove(L, -2);
}

// The cursor an iterator call got (argument 1), checked against the cursor metatable kept as
// the iterator's upvalue: luaL_checkudata would look the type name up at every row.
Cursor& iterated_cursor(lua_State* L) {
  auto* cursor = static_cast<Cursor*>(lua_touserdata(L, 1));
  if (cursor != nullptr && lua_getmetatable(L, 1) != 0) {
    const bool ours = lua_rawequal(L, -1, lua_upvalueindex(1)) != 0;
    lua_pop(L, 1);
    if (ours) return *cursor;
  }
  return check_cursor(L, 1);  // raises the usual argument error
}

int rows_next(lua_State* L) {
  Cursor& cursor = iterated_cursor(L);
  store::Statement* st = cursor.active();
  if (st == nullptr) return 0;
  if (!st->step()) {
    if (cursor.borrowed != nullptr) {
      if (*cursor.borrowed) (*cursor.borrowed)->reset();
      cursor.borrowed = nullptr;
    }
    cursor.statement.reset();
    return 0;
  }
  lua_getiuservalue(L, 1, kCursorNamesSlot);
  push_row(L, *st, lua_gettop(L));
  return 1;
}

Cursor& new_cursor(lua_State* L) {
  // The prepared statement a cursor borrows, kept alive while it lives; the column names.
  auto* cursor = static_cast<Cursor*>(lua_newuserdatauv(L, sizeof(Cursor), 2));
  new (cursor) Cursor{};
  luaL_setmetatable(L, kCursorType);  // registered by push_sql_module, so this cannot fail
  return *cursor;
}

// Returns the four values of a generic for over the cursor at the top of the stack.
int push_for_loop(lua_State* L) {
  // for row in iterator, state, initial, closing: the cursor is both state and closing value.
  luaL_getmetatable(L, kCursorType);
  lua_pushcclosure(L, guarded<rows_next>, 1);
  lua_insert(L, -2);
  lua_pushnil(L);
  lua_pushvalue(L, -2);
  return 4;
}

int sql_rows(lua_State* L) {
  store::Statement st = prepare_bound(L);
  Cursor& cursor = new_cursor(L);
  push_column_names(L, st);
  lua_setiuservalue(L, -2, kCursorNamesSlot);
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
  rebind(L, p);
  Cursor& cursor = new_cursor(L);
  cursor.borrowed = &p.statement;
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, kCursorBorrowedSlot);
  lua_getiuservalue(L, 1, kPreparedNamesSlot);
  lua_setiuservalue(L, -2, kCursorNamesSlot);
  return push_for_loop(L);
}

int prepared_first(lua_State* L) {
  Prepared& p = check_prepared(L);
  store::Statement& st = rebind(L, p);
  const bool found = st.step();
  if (found) {
    lua_getiuservalue(L, 1, kPreparedNamesSlot);
    push_row(L, st, lua_gettop(L));
    lua_remove(L, -2);
  }
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
  auto* p = static_cast<Prepared*>(lua_newuserdatauv(L, sizeof(Prepared), 1));
  new (p) Prepared{};
  luaL_setmetatable(L, kPreparedType);
  push_column_names(L, st);
  lua_setiuservalue(L, -2, kPreparedNamesSlot);
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

// ---- the statement cache of the one-row calls

// Compiled statements of cdb.sql.first, value and exec, by SQL text. Scripts and the domain
// modules call them with the same SQL in loops (cdb.source for every row of a list), and
// compiling a query over the public views can cost more than running it. Each statement is
// used within one call and reset before the call returns, error or not (no Lua code runs in
// between, so no call can find its statement in use), so a cached statement holds no row and
// no lock. The cache is a userdata in the registry: it goes with the Lua state, which a run
// closes before its transaction ends.
class StatementCache {
 public:
  store::Statement& get(store::Database& db, const char* sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return found->second;
    if (statements_.size() >= kCapacity) statements_.clear();  // a script of generated SQL
    store::Statement st = db.prepare(sql);
    return statements_.emplace(sql, std::move(st)).first->second;
  }

 private:
  static constexpr std::size_t kCapacity = 64;
  std::unordered_map<std::string, store::Statement> statements_;
};

const char kStatementCacheKey = 0;  // its address is the registry key of the cache

StatementCache& statement_cache(lua_State* L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &kStatementCacheKey) != LUA_TUSERDATA) {
    lua_pop(L, 1);
    auto* cache = static_cast<StatementCache*>(lua_newuserdatauv(L, sizeof(StatementCache), 0));
    new (cache) StatementCache{};
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, [](lua_State* S) -> int {
      static_cast<StatementCache*>(lua_touserdata(S, 1))->~StatementCache();
      return 0;
    });
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &kStatementCacheKey);
  }
  auto* cache = static_cast<StatementCache*>(lua_touserdata(L, -1));
  lua_pop(L, 1);  // the registry keeps it
  return *cache;
}

// A cached statement for the SQL at stack index 1 with the parameters at index 2 bound;
// reset (bindings cleared) when it goes out of scope.
class CachedStatement {
 public:
  explicit CachedStatement(lua_State* L)
      : st_(statement_cache(L).get(*Host::from(L).db, luaL_checkstring(L, 1))) {
    st_.clear_bindings();  // none left over from a call whose binding failed
    bind_params(L, 2, st_);
  }
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  ~CachedStatement() {
    st_.reset();
    st_.clear_bindings();
  }
  store::Statement& operator*() { return st_; }
  store::Statement* operator->() { return &st_; }

 private:
  store::Statement& st_;
};

int sql_first(lua_State* L) {
  CachedStatement st(L);
  if (!st->step()) return 0;
  push_single_row(L, *st);
  return 1;
}

int sql_value(lua_State* L) {
  CachedStatement st(L);
  if (!st->step() || st->column_count() == 0) return 0;
  push_column(L, *st, 0);
  return 1;
}

// cdb.sql.list: every row as a cdb.List, with `columns` in the SELECT's order (printing and
// exports keep that order). The List metatable is the closure's upvalue (see sql_make_list).
int sql_list(lua_State* L) {
  store::Statement st = prepare_bound(L);
  push_column_names(L, st);
  const int names = lua_gettop(L);
  lua_newtable(L);
  lua_Integer n = 0;
  while (st.step()) {
    push_row(L, st, names);
    lua_rawseti(L, -2, ++n);
  }
  lua_pushvalue(L, names);  // List.columns: the same array, in the SELECT's order
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
  CachedStatement st(L);
  st->run();
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
