// lua/values.hpp — moving values between SQLite (store::Value) and Lua.
//
// INTEGER ↔ Lua integer (exact 64-bit), REAL ↔ float, TEXT ↔ string, BLOB → string,
// NULL ↔ nil (and cdb.null, a unique sentinel for places where nil cannot stand).
#pragma once

#include "store/value.hpp"

struct lua_State;

namespace luahost {

void push_value(lua_State* L, const store::Value& value);

// The value at `index` as a bindable value; throws ScriptError(ARG) naming `what` (for
// example "parameter 2") when it is a table, function or other unbindable type.
store::Value to_value(lua_State* L, int index, const char* what);

// Pushes cdb.null, the sentinel for SQL NULL.
void push_null(lua_State* L);
bool is_null_sentinel(lua_State* L, int index);

}  // namespace luahost
