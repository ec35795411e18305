// lua/sandbox.hpp — the libraries a script gets, opened one by one (never luaL_openlibs).
//
// A script gets: the base library without dofile/loadfile, with a text-only load and an
// xpcall whose message handler is skipped for a limit error (it would run with hooks off);
// table, string (without string.dump), math, utf8, coroutine; os with only clock, date,
// time and difftime; debug with only traceback. No io, no package. `require` knows only
// "cdb". After the host has added its own globals, strict_globals() makes reading an
// undefined global an error, which catches typos.
#pragma once

struct lua_State;

namespace luahost {

void open_sandboxed_libraries(lua_State* L);

// Makes reading an undefined global raise "undefined global 'name'"; assignments still work.
void strict_globals(lua_State* L);

}  // namespace luahost
