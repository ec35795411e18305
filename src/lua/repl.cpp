// lua/repl.cpp — compiling an input as expression or statement, running it in its own
// transaction under the time limit and Ctrl-C, and presenting its values.
#include "lua/repl.hpp"

#include <lua.hpp>

#include <exception>

#include "lua/repl_values.hpp"
#include "store/script_guard.hpp"
#include "store/transaction.hpp"

namespace luahost {

namespace {

// The address of this variable is the registry key of the Repl that owns a state.
const char kReplKey = 0;

// Instructions between two looks at the clock, as for scripts.
constexpr int kHookEvery = 10000;
constexpr int kProgressEvery = 1000;

// The chunk name: messages read "stdin:LINE: ...", as in the lua interpreter.
constexpr const char* kChunkName = "=stdin";

constexpr std::string_view kInterrupted = "INTERRUPTED: stopped by Ctrl-C";

// Message handler: the error value as text (an error table through its __tostring).
int error_text(lua_State* L) {
  if (lua_type(L, 1) == LUA_TSTRING) return 1;
  if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
  lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  return 1;
}

// True when a syntax error only says that the input ended too early.
bool ends_too_early(std::string_view message) {
  constexpr std::string_view kEof = "<eof>";
  return message.size() >= kEof.size() && message.substr(message.size() - kEof.size()) == kEof;
}

bool mentions(const std::string& text, std::string_view fragment) {
  return text.find(fragment) != std::string::npos;
}

// The session's own watch keeps only the memory budget: time is counted per input.
SessionOptions without_clock(SessionOptions options) {
  options.limits.seconds = 0;
  return options;
}

}  // namespace

Repl::Repl(const SessionOptions& options)
    : seconds_per_input_(options.limits.seconds),
      session_(without_clock(options)),
      lua_(session_),
      query_must_stop_([this] {
        return interrupted_ != 0 || session_.watch().hit() != LimitWatch::Hit::kNone ||
               (clock_ && clock_->time_is_up());
      }) {
  lua_State* L = lua_.get();
  install_value_presenter(L);
  lua_pushlightuserdata(L, this);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &kReplKey);
  // The session's watch budgets the memory; its hook raises LIMIT_MEM once that is spent.
  // The time limit is per input (clock_), checked by Repl::hook while an input runs.
  session_.watch().watch_interpreter(L);
  lua_sethook(L, nullptr, 0, 0);
  session_.database().set_progress_handler(kProgressEvery, &query_must_stop_);
}

Repl::~Repl() {
  lua_sethook(lua_.get(), nullptr, 0, 0);  // closing the state may run finalisers
  session_.database().set_progress_handler(kProgressEvery, &session_.watch().query_must_stop());
}

void Repl::hook(lua_State* L, lua_Debug* ar) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &kReplKey);
  auto* repl = static_cast<Repl*>(lua_touserdata(L, -1));
  lua_pop(L, 1);
  if (repl == nullptr || repl->running_ == 0) return;
  std::string message;
  if (repl->interrupted_ != 0) {
    message = kInterrupted;
  } else if (repl->clock_ && repl->clock_->time_is_up()) {
    message = repl->clock_->message();
  } else {
    return;
  }
  // From now on at every instruction: a pcall that caught it runs into it again.
  lua_sethook(L, &Repl::hook, LUA_MASKCOUNT, 1);
  if (lua_getinfo(L, "Sl", ar) != 0 && ar->currentline > 0) {
    message = std::string(ar->short_src) + ":" + std::to_string(ar->currentline) + ": " + message;
  }
  lua_pushlstring(L, message.data(), message.size());
  lua_error(L);
}

bool Repl::interrupt() noexcept {
  if (running_ == 0) return false;
  interrupted_ = 1;
  // lua_sethook may be called from a signal handler (the lua interpreter does the same).
  lua_sethook(lua_.get(), &Repl::hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
  return true;
}

Completion Repl::complete(std::string_view line, std::size_t cursor) {
  return complete_lua(lua_.get(), line, cursor);
}

Repl::Result Repl::failure(std::string message) {
  const LimitWatch& session = session_.watch();
  if (session.hit() == LimitWatch::Hit::kMemory) {
    if (!mentions(message, "LIMIT_MEM")) message = session.message() + "\n" + message;
    return {Outcome::kFatal, std::move(message)};
  }
  if (session.hit() != LimitWatch::Hit::kNone) {  // rows or output: this input only
    if (!mentions(message, "LIMIT_")) message = session.message() + "\n" + message;
    return {Outcome::kError, std::move(message)};
  }
  if (interrupted_ != 0 && !mentions(message, kInterrupted)) {
    message = std::string(kInterrupted) + "\n" + message;
  } else if (clock_ && clock_->hit() == LimitWatch::Hit::kTime &&
             !mentions(message, "LIMIT_TIME")) {
    message = clock_->message() + "\n" + message;  // e.g. an SQL query stopped by the clock
  }
  return {Outcome::kError, std::move(message)};
}

Repl::Result Repl::run_chunk() {
  lua_State* L = lua_.get();
  const int chunk = lua_gettop(L);
  lua_pushcfunction(L, error_text);
  lua_insert(L, chunk);
  const int handler = chunk;
  if (lua_pcall(L, 0, LUA_MULTRET, handler) != LUA_OK) return failure(lua_tostring(L, -1));
  const int results = lua_gettop(L) - handler;
  push_value_presenter(L);
  lua_insert(L, handler + 1);
  if (lua_pcall(L, results, 1, handler) != LUA_OK) return failure(lua_tostring(L, -1));
  Result result;
  if (lua_type(L, -1) == LUA_TSTRING) result.text = lua_tostring(L, -1);
  return result;
}

Repl::Result Repl::evaluate(std::string_view input) {
  lua_State* L = lua_.get();
  const int base = lua_gettop(L);
  const std::string expression = "return " + std::string(input);
  if (luaL_loadbufferx(L, expression.data(), expression.size(), kChunkName, "t") != LUA_OK) {
    lua_pop(L, 1);
    const int status = luaL_loadbufferx(L, input.data(), input.size(), kChunkName, "t");
    if (status != LUA_OK) {
      std::string message = lua_tostring(L, -1);
      lua_settop(L, base);
      if (status == LUA_ERRSYNTAX && ends_too_early(message)) {
        return {Outcome::kIncomplete, std::move(message)};
      }
      return failure(std::move(message));
    }
  }

  struct Running {  // the input's clock and hook, whatever way run_chunk returns
    Repl& repl;
    int base;
    Running(Repl& r, int b) : repl(r), base(b) {
      repl.session_.watch().start_input();  // rows and output are counted per input
      repl.clock_.emplace(Limits{repl.seconds_per_input_, 0});
      repl.interrupted_ = 0;
      lua_sethook(repl.lua_.get(), &Repl::hook, LUA_MASKCOUNT, kHookEvery);
      repl.running_ = 1;
    }
    ~Running() {
      repl.running_ = 0;
      repl.session_.watch().start_input();  // a row or output limit hit ends with its input
      if (repl.session_.watch().hit() == LimitWatch::Hit::kNone) {
        lua_sethook(repl.lua_.get(), nullptr, 0, 0);
      }
      lua_settop(repl.lua_.get(), base);
      repl.clock_.reset();
    }
  };

  store::Database& db = session_.database();
  try {
    store::Transaction transaction(db, options().writable ? store::TransactionKind::kImmediate
                                                          : store::TransactionKind::kDeferred);
    Result result;
    {
      store::ScriptGuard guard(db, options().limits.memory_bytes);
      Running running(*this, base);
      result = run_chunk();
    }
    if (result.outcome == Outcome::kDone) transaction.commit();
    return result;  // a failed input is rolled back
  } catch (const std::exception& e) {
    // Beginning or committing the transaction failed (the database is locked, ...).
    lua_settop(L, base);
    return failure(e.what());
  }
}

}  // namespace luahost
