// lua/script_error.hpp — errors that bindings throw, each with a code scripts can test.
//
// A binding throws ScriptError (or any std::exception); the trampoline turns it into a Lua
// error whose text reads `script.lua:12: CODE: message`, the position being the script line
// that called the binding.
#pragma once

#include <stdexcept>
#include <string>

namespace luahost {

enum class ErrorCode { kSql, kArg, kNotFound, kReadonly, kIo, kInternal };

const char* error_code_name(ErrorCode code);

class ScriptError : public std::runtime_error {
 public:
  ScriptError(ErrorCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace luahost
