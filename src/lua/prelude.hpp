// lua/prelude.hpp — the part of the cdb module written in Lua (src/lua/prelude/*.lua).
//
// Error helpers, cdb.List and the domain modules (cdb.concept, cdb.source, cdb.search ...)
// are Lua code over cdb.sql: they are compiled into the binary and run, in a fixed order,
// once the C++ bindings are in place. Each chunk receives the cdb table and adds to it.
#pragma once

struct lua_State;

namespace luahost {

// Runs every prelude chunk with the cdb table at the top of the stack as its argument.
// Throws std::logic_error when a chunk fails: the prelude is part of the program.
void load_prelude(lua_State* L);

}  // namespace luahost
