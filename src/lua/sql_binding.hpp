// lua/sql_binding.hpp — cdb.sql: raw SQL for scripts (rows, first, value, exec).
//
//   for row in cdb.sql.rows(sql [, params]) do ... end   -- row: {column = value}; the
//       statement is finalised when the loop ends, breaks or raises (closing value)
//   cdb.sql.first(sql [, params])  -> the first row as a table, or nil
//   cdb.sql.value(sql [, params])  -> the first column of the first row, or nil
//   cdb.sql.exec(sql [, params])   -> number of rows changed (needs a --write run)
//   cdb.sql.prepare(sql)           -> a statement: st:rows(params), st:first(params),
//       st:value(params), st:exec(params), st:close(); `local st <close> = ...` closes it
//   cdb.sql.atomic(fn, ...)        -> fn's results; an error in fn undoes its writes
//       (a savepoint) and is raised again
// params is {v1, v2, ...} for `?` parameters or {name = v} for `:name`; a wrong count or an
// unbindable value raises ARG; database errors raise SQL or READONLY.
#pragma once

struct lua_State;

namespace store {
class Statement;
}

namespace luahost {

// Binds the params table at stack `index` (or nothing, when absent) to `st`, as cdb.sql does;
// throws ScriptError(ARG) for a wrong count or an unbindable value.
void bind_parameters(lua_State* L, int index, store::Statement& st);

// Pushes the cdb.sql table.
void push_sql_module(lua_State* L);

}  // namespace luahost
