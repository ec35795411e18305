// lua/lua_state.hpp — an owned Lua 5.4 state (RAII), built from the C++ build of Lua.
//
// conceptdb links liblua5.4-c++, in which a Lua error is a C++ exception: raising an error
// unwinds C++ frames and runs their destructors, so RAII holds inside bindings too.
#pragma once

#include <cstddef>

struct lua_State;

namespace luahost {

class LuaState {
 public:
  LuaState();  // throws std::bad_alloc when no state can be made
  // A state whose memory comes from `allocate` (with `data`), e.g. a budgeted allocator.
  LuaState(void* (*allocate)(void*, void*, std::size_t, std::size_t), void* data);
  LuaState(const LuaState&) = delete;
  LuaState& operator=(const LuaState&) = delete;
  ~LuaState();

  lua_State* get() const { return L_; }

 private:
  lua_State* L_;
};

// True when a Lua error raised inside a protected call runs the destructors of the C++
// frames it unwinds — i.e. this program is linked with the C++ build of Lua.
bool lua_errors_unwind_cxx_frames();

}  // namespace luahost
