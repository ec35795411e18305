// lua/completion.hpp — tab completion for the REPL: how a partly typed name can go on.
//
// The word before the cursor is read as a path of names and completed from what the Lua
// state holds now:
//   a global or keyword          pri        → print
//   a field along a table path   cdb.sql.ro → cdb.sql.rows
//   a method of a value          c:me       → c:mentions(
// Fields come from the table itself and from the `__index` tables of its metatable (the way
// methods are found); methods are the fields that hold functions. Only raw reads are made:
// no metamethod and no Lua code runs, so completing can neither fail nor change anything.
// Names that start with "_" are offered only once the typed name starts with "_".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct lua_State;

namespace luahost {

struct Completion {
  std::size_t start = 0;                // where the completed word begins in the line
  std::vector<std::string> candidates;  // replacements for line[start, cursor), sorted
};

// The completions of the word that ends at `cursor` (a byte offset, clamped to the line).
// No candidates inside a string or comment, after a call or index (`f().x`), or when nothing
// matches. Never throws for what the line holds; throws std::bad_alloc when Lua is out of
// memory.
Completion complete_lua(lua_State* L, std::string_view line, std::size_t cursor);

}  // namespace luahost
