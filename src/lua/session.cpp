// lua/session.cpp — opening the connection of a session and building its sandboxed state.
#include "lua/session.hpp"

#include <lua.hpp>

#include "lua/cdb_module.hpp"
#include "lua/sandbox.hpp"
#include "store/schema.hpp"

namespace luahost {

namespace {

// SQLite virtual-machine steps between two looks at the limit watch.
constexpr int kProgressEvery = 1000;

}  // namespace

Session::Session(const SessionOptions& options)
    : options_(options),
      db_(store::open_conceptdb(options.database, options.writable ? store::OpenMode::kReadWrite
                                                                   : store::OpenMode::kReadOnly)),
      host_{&db_, options.writable, options.module_folders, options.out_dir},
      watch_(options.limits) {
  db_.forbid_attach();
  db_.set_progress_handler(kProgressEvery, &watch_.query_must_stop());
}

Session::~Session() {
  // The handler points into watch_, which goes before db_.
  db_.set_progress_handler(0, nullptr);
}

SessionLua::SessionLua(Session& session) : state_(&LimitWatch::allocate, &session.watch()) {
  lua_State* L = state_.get();
  // Scripts make short-lived tables by the million (a row per loop step of cdb.sql.rows):
  // the generational collector frees them in minor collections, 30% faster over a million
  // rows than the incremental default (tests/bench/rows_bench), at the same peak memory.
  lua_gc(L, LUA_GCGEN, 0, 0);
  Host::install(L, &session.host());
  open_sandboxed_libraries(L);
  open_cdb_module(L, {session.options().args, session.options().version});
  strict_globals(L);
}

}  // namespace luahost
