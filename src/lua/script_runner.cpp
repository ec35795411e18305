// lua/script_runner.cpp — loading a script as text, running it under a traceback handler.
#include "lua/script_runner.hpp"

#include <lua.hpp>

#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "export/atomic_output_file.hpp"
#include "lua/session.hpp"
#include "store/script_guard.hpp"
#include "store/transaction.hpp"

namespace luahost {

namespace {

std::string read_script(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read script " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Message handler: adds a traceback to the error message.
int add_traceback(lua_State* L) {
  const char* message = lua_tostring(L, 1);
  if (message == nullptr) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
      message = lua_tostring(L, -1);
    } else {
      message = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
  }
  luaL_traceback(L, L, message, 1);
  return 1;
}

void push_arg_table(lua_State* L, const RunOptions& options) {
  lua_createtable(L, static_cast<int>(options.arguments.size()), 1);
  const std::string script = options.script.string();
  lua_pushlstring(L, script.data(), script.size());
  lua_rawseti(L, -2, 0);
  for (std::size_t i = 0; i < options.arguments.size(); ++i) {
    lua_pushlstring(L, options.arguments[i].data(), options.arguments[i].size());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setglobal(L, "arg");
}

struct ChunkOutcome {
  std::optional<std::string> error;
  bool needs_write = false;  // the script's spec says writes = true, and the run is read-only
};

// Runs the chunk on top of the stack with the arguments as `...`. A chunk that returns a spec
// ({description=, args=, writes=, main=}) has its main run through cdb._run_spec, which
// checks and converts the arguments.
ChunkOutcome call_chunk(lua_State* L, const RunOptions& options) {
  const int chunk = lua_gettop(L);
  lua_pushcfunction(L, add_traceback);
  lua_insert(L, chunk);
  const int handler = chunk;
  for (const auto& argument : options.arguments) {
    lua_pushlstring(L, argument.data(), argument.size());
  }
  ChunkOutcome outcome;
  if (lua_pcall(L, static_cast<int>(options.arguments.size()), 1, handler) != LUA_OK) {
    outcome.error = lua_tostring(L, -1);
    lua_settop(L, handler - 1);
    return outcome;
  }
  const int spec = lua_gettop(L);
  const bool is_spec = lua_type(L, spec) == LUA_TTABLE &&
                       lua_getfield(L, spec, "main") == LUA_TFUNCTION && (lua_pop(L, 1), true);
  if (!is_spec) {
    lua_settop(L, handler - 1);
    return outcome;
  }
  lua_getfield(L, spec, "writes");
  const bool writes = lua_toboolean(L, -1) != 0;
  lua_pop(L, 1);
  if (writes && !options.writable) {
    outcome.needs_write = true;
    lua_settop(L, handler - 1);
    return outcome;
  }
  lua_getglobal(L, "cdb");
  lua_getfield(L, -1, "_run_spec");
  lua_pushvalue(L, spec);
  lua_getfield(L, -3, "args");
  if (lua_pcall(L, 2, 0, handler) != LUA_OK) outcome.error = lua_tostring(L, -1);
  lua_settop(L, handler - 1);
  return outcome;
}

}  // namespace

std::map<std::string, std::string> parse_key_values(const std::vector<std::string>& arguments) {
  std::map<std::string, std::string> out;
  for (const auto& argument : arguments) {
    const auto eq = argument.find('=');
    if (eq != std::string::npos && eq > 0) out[argument.substr(0, eq)] = argument.substr(eq + 1);
  }
  return out;
}

namespace {

// The session of a run: `require` looks in the script's folder first.
SessionOptions session_options(const RunOptions& options) {
  SessionOptions session;
  session.database = options.database;
  session.writable = options.writable;
  session.version = options.version;
  session.limits = options.limits;
  session.args = parse_key_values(options.arguments);
  session.module_folders.push_back(options.script.has_parent_path() ? options.script.parent_path()
                                                                    : std::filesystem::path("."));
  for (const auto& folder : options.module_folders)
    session.module_folders.push_back(folder);
  session.out_dir = options.out_dir;
  return session;
}

// One run of the script. `needs_write` is set when the script's spec declares writes = true
// while the run is read-only; nothing is committed then.
RunResult run_once(const RunOptions& options, bool& needs_write) {
  const std::string source = read_script(options.script);
  Watchdog watchdog(options.on_stuck ? watchdog_seconds(options.limits.seconds) : 0, [&options] {
    // on_stuck ends the process without unwinding: an export in progress would leave its
    // temporary file in --out.
    exporter::remove_unfinished_outputs();
    options.on_stuck(LimitWatch::stuck_message(options.limits.seconds));
  });
  Session session(session_options(options));
  store::Database& db = session.database();
  LimitWatch& watch = session.watch();

  store::Transaction transaction(db, options.writable ? store::TransactionKind::kImmediate
                                                      : store::TransactionKind::kDeferred);
  RunResult result;
  {
    // Declared in this order so that the Lua state (and every statement a script left
    // open) is gone before the guard is lifted and before the transaction ends.
    // No one SQL value may be bigger than the script's memory budget.
    store::ScriptGuard guard(db, options.limits.memory_bytes);
    SessionLua state(session);
    lua_State* L = state.get();
    push_arg_table(L, options);  // after strict globals, which leave assignments alone

    const std::string chunkname = "@" + options.script.string();
    if (luaL_loadbufferx(L, source.data(), source.size(), chunkname.c_str(), "t") != LUA_OK) {
      result.error = lua_tostring(L, -1);
      return result;  // the transaction rolls back
    }
    watch.watch_interpreter(L);
    ChunkOutcome outcome = call_chunk(L, options);
    if (outcome.needs_write) {
      needs_write = true;
      return result;  // rolled back; the caller runs it again with write access
    }
    if (auto& error = outcome.error) {
      // A limit hit may surface as a memory or SQL error; the limit is what the user must know.
      if (watch.hit() != LimitWatch::Hit::kNone && error->find("LIMIT_") == std::string::npos) {
        *error = watch.message() + "\n" + *error;
      }
      result.error = std::move(*error);
      return result;
    }
  }
  transaction.commit();
  result.ok = true;
  return result;
}

}  // namespace

RunResult run_script(const RunOptions& options) {
  bool needs_write = false;
  RunResult result = run_once(options, needs_write);
  if (!needs_write) return result;
  // The script declared writes = true in its spec: run it again with write access.
  RunOptions again = options;
  again.writable = true;
  return run_once(again, needs_write);
}

}  // namespace luahost
