// lua/trampoline.cpp — exception → Lua error, with the code chosen from the exception type.
#include "lua/trampoline.hpp"

#include <lua.hpp>

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "lua/limits.hpp"
#include "lua/script_error.hpp"
#include "store/error.hpp"

namespace luahost {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kSql:
      return "SQL";
    case ErrorCode::kArg:
      return "ARG";
    case ErrorCode::kNotFound:
      return "NOT_FOUND";
    case ErrorCode::kReadonly:
      return "READONLY";
    case ErrorCode::kIo:
      return "IO";
    case ErrorCode::kInternal:
      break;
  }
  return "INTERNAL";
}

namespace {

std::string describe(const std::exception& e) {
  if (const auto* script = dynamic_cast<const ScriptError*>(&e)) {
    return std::string(error_code_name(script->code())) + ": " + script->what();
  }
  if (const auto* sql = dynamic_cast<const store::StoreError*>(&e)) {
    if (sql->is_readonly()) {
      return std::string("READONLY: ") + sql->what() +
             " (this run is read-only; run the script with --write to change the database)";
    }
    if (sql->is_not_authorized()) {
      return std::string("SQL: ") + sql->what() +
             " (scripts may not run transaction control, ATTACH or PRAGMAs that change "
             "settings: the runner owns the transaction)";
    }
    return std::string("SQL: ") + sql->what();
  }
  if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr) return "INTERNAL: out of memory";
  // The export and report layers say "this input is wrong" with invalid_argument, and "the
  // file could not be written" with runtime_error.
  if (dynamic_cast<const std::invalid_argument*>(&e) != nullptr)
    return std::string("ARG: ") + e.what();
  if (dynamic_cast<const std::runtime_error*>(&e) != nullptr) return std::string("IO: ") + e.what();
  return std::string("INTERNAL: ") + e.what();
}

}  // namespace

void raise_from_exception(lua_State* L, const std::exception& e) {
  luaL_where(L, 1);
  // A query stopped or a file refused because a limit was hit: the limit is what the user
  // must know (and how to raise it), not "interrupted".
  const LimitWatch* watch = LimitWatch::of(L);
  const std::string message =
      watch != nullptr && watch->hit() != LimitWatch::Hit::kNone ? watch->message() : describe(e);
  lua_pushlstring(L, message.data(), message.size());
  lua_concat(L, 2);
  lua_error(L);
  std::abort();  // not reached: lua_error raises; this keeps [[noreturn]] honest
}

}  // namespace luahost
