// lua/trampoline.hpp — the one place where C++ exceptions become Lua errors.
//
// Every C function registered with Lua is wrapped as guarded<fn>: std::exception and its
// subclasses are caught and re-raised as Lua errors carrying the script position and an
// error code. Lua's own errors (C++ exceptions of Lua's private type) pass through untouched,
// which is why nothing here catches (...).
#pragma once

#include <exception>

struct lua_State;

namespace luahost {

// Raises a Lua error "where: CODE: message" from a caught exception. Throwing from inside a
// catch handler is well defined: the caught exception is destroyed as the handler is left.
[[noreturn]] void raise_from_exception(lua_State* L, const std::exception& e);

template <int (*Fn)(lua_State*)>
int guarded(lua_State* L) {
  try {
    return Fn(L);
  } catch (const std::exception& e) {
    raise_from_exception(L, e);
  }
}

}  // namespace luahost
