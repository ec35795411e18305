// lua/repl_values.hpp — how the REPL shows the values an input line gives back.
//
//   nil (all of them)       nothing
//   a cdb.List              its aligned table, at most 50 rows and a line saying how many more
//   an array (plain table)  the same, as a List of its items
//   a record                a one-row table, when its fields are plain values (as a row
//                           from cdb.sql.first); otherwise a key/value table of its fields
//   anything else           tostring(value): strings as they are, Concepts as "label (key)"
// Several values go on one line separated by tabs (as the lua interpreter prints them), or
// one after the other when one of them takes several lines.
#pragma once

struct lua_State;

namespace luahost {

// Compiles the presenter and keeps it in the registry; call once, after the cdb module is
// open (it captures cdb.List and cdb.null). Throws std::logic_error if it does not compile.
void install_value_presenter(lua_State* L);

// Pushes the presenter: a function (...) → the text to print, or nil when there is nothing
// to print. It runs Lua code (tostring metamethods), so call it in a protected call.
void push_value_presenter(lua_State* L);

}  // namespace luahost
