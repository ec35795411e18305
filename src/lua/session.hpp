// lua/session.hpp — what a script run and a REPL session share: the database connection,
// the Host the bindings read, the limit watch, and the sandboxed Lua state with `cdb`.
//
// A Session opens the database (read-only unless writable; ATTACH refused) and wires the
// limit watch into SQLite's progress handler. A SessionLua is the Lua state built on a
// Session: the allowed libraries, the `cdb` module and strict globals, its memory drawn from
// the watch's budget. They are two objects because a script run must destroy the state
// (finalising every statement it holds) before its transaction ends, while the connection
// outlives that transaction:
//
//   Session session(options);
//   store::Transaction transaction(session.database());
//   { store::ScriptGuard guard(session.database()); SessionLua lua(session); ... }
//   transaction.commit();
//
// Neither is safe for concurrent use; a SessionLua must not outlive its Session.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "lua/host.hpp"
#include "lua/limits.hpp"
#include "lua/lua_state.hpp"
#include "store/database.hpp"

struct lua_State;

namespace luahost {

struct SessionOptions {
  std::filesystem::path database;
  bool writable = false;                    // otherwise the database is opened read-only
  std::string version;                      // cdb.version
  Limits limits;                            // the watch's limits (memory is the Lua state's budget)
  std::map<std::string, std::string> args;  // cdb.args
  std::vector<std::filesystem::path> module_folders;  // where `require` looks, in order
  std::filesystem::path out_dir = "out";  // the only folder cdb.export and reports write to
};

class Session {
 public:
  // Opens the database. Throws store::StoreError (or std::runtime_error) when it cannot be
  // opened: missing, not a conceptdb database, or of a newer schema.
  explicit Session(const SessionOptions& options);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session();

  const SessionOptions& options() const { return options_; }
  store::Database& database() { return db_; }
  Host& host() { return host_; }
  // The watch whose allocator budgets the Lua memory and whose clock stops SQLite queries.
  LimitWatch& watch() { return watch_; }

 private:
  SessionOptions options_;
  store::Database db_;
  Host host_;
  LimitWatch watch_;
};

class SessionLua {
 public:
  // Builds the sandboxed state: libraries, cdb (with options().args and version), strict
  // globals. Throws std::bad_alloc when no state can be made and std::logic_error when the
  // prelude fails. It does not yet watch the interpreter's time: the caller decides when.
  explicit SessionLua(Session& session);
  SessionLua(const SessionLua&) = delete;
  SessionLua& operator=(const SessionLua&) = delete;

  lua_State* get() const { return state_.get(); }

 private:
  LuaState state_;
};

}  // namespace luahost
