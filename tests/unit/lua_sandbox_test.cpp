// tests/unit/lua_sandbox_test.cpp — the sandbox-escape suite: scripts a user might find on a
// colleague's drive, each trying one way out of the sandbox.
//
// Every attempt is its own test and checks two things: that the attempt is refused with the
// error a user would need to see (or that the thing it reaches for is absent), and that
// nothing escaped — the database holds what it held, no file appeared outside the --out
// folder (nor the file the attempt aimed at), and this process is still alive to check.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "ingest/build.hpp"
#include "lua/script_runner.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;
using testing_support::write_file;

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

// Replaces every "TARGET" in `script` by `target`, a path outside --out an attempt aims at.
std::string with_target(std::string script, const std::string& target) {
  for (auto at = script.find("TARGET"); at != std::string::npos; at = script.find("TARGET", at))
    script.replace(at, 6, target);
  return script;
}

// Limits short enough for tests that loop on purpose.
luahost::Limits tight_limits() {
  luahost::Limits limits;
  limits.seconds = 0.5;
  limits.memory_bytes = 32u << 20u;
  limits.rows = 1000;
  limits.output_bytes = 64u << 10u;
  return limits;
}

// For memory bombs: the memory limit must be what stops them, also on a loaded machine or
// under the sanitizers, where filling 32 MB can take longer than tight_limits' half second.
luahost::Limits memory_bomb_limits() {
  luahost::Limits limits = tight_limits();
  limits.seconds = 30;
  return limits;
}

class SandboxEscapeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.database = database();
    ingest::build_database(o);
    write_file(script(), "");
    database_before_ = database_content();
    files_before_ = files_outside_out();
    target_ = (dir_ / "escaped.txt").string();
  }

  fs::path database() const { return dir_ / "conceptdb.sqlite"; }
  fs::path script() const { return dir_ / "script.lua"; }
  fs::path out() const { return dir_ / "out"; }

  // Runs `source` (TARGET replaced by the target path) as a script.
  luahost::RunResult attempt(const std::string& source, bool writable = false,
                             luahost::Limits limits = {}) {
    write_file(script(), with_target(source, target_));
    luahost::RunOptions options;
    options.script = script();
    options.database = database();
    options.writable = writable;
    options.version = "test";
    options.limits = limits;
    options.out_dir = out();
    return luahost::run_script(options);
  }

  // The run failed with a message holding `fragment`, and nothing escaped.
  void expect_refused(const luahost::RunResult& result, const std::string& fragment) {
    EXPECT_FALSE(result.ok) << "the attempt was not refused";
    EXPECT_TRUE(contains(result.error, fragment)) << result.error;
    expect_nothing_escaped();
  }

  void expect_nothing_escaped() {
    EXPECT_EQ(database_content(), database_before_) << "the database changed";
    EXPECT_EQ(files_outside_out(), files_before_) << "a file appeared outside --out";
    EXPECT_FALSE(fs::exists(target_)) << target_;
  }

  // Every row of every table, as text: equal before and after means the data is unchanged.
  std::string database_content() const {
    store::Database db = store::open_conceptdb(database(), store::OpenMode::kReadOnly);
    std::string content;
    store::Statement tables =
        db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    std::vector<std::string> names;
    while (tables.step()) {
      names.emplace_back(tables.column_text(0));
      content += std::string(tables.column_text(1)) + "\n";
    }
    for (const auto& name : names) {
      store::Statement rows = db.prepare("SELECT * FROM \"" + name + "\"");
      while (rows.step()) {
        for (int c = 0; c < rows.column_count(); ++c)
          content += std::string(rows.column_text(c)) + "\x1f";
        content += "\n";
      }
    }
    return content;
  }

  // The files of the test folder, without the --out folder and SQLite's -wal/-shm files.
  std::set<std::string> files_outside_out() const {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir_.path())) {
      const std::string relative = entry.path().lexically_relative(dir_.path()).string();
      if (relative == "out" || relative.rfind("out/", 0) == 0) continue;
      if (relative.ends_with("-wal") || relative.ends_with("-shm")) continue;
      files.insert(relative);
    }
    return files;
  }

  std::vector<std::string> files_in_out() const {
    std::vector<std::string> files;
    if (!fs::exists(out())) return files;
    for (const auto& entry : fs::recursive_directory_iterator(out()))
      if (entry.is_regular_file()) files.push_back(entry.path().filename().string());
    return files;
  }

  TempDir dir_;
  std::string target_;
  std::string database_before_;
  std::set<std::string> files_before_;
};

// ------------------------------------------------------------ removed libraries and functions

TEST_F(SandboxEscapeTest, IoLibraryIsAbsent) {
  expect_refused(attempt("io.open('TARGET', 'w'):write('x')\n"), "undefined global 'io'");
}

TEST_F(SandboxEscapeTest, OsExecuteIsAbsent) {
  expect_refused(attempt("os.execute('touch TARGET')\n"), "field 'execute'");
}

TEST_F(SandboxEscapeTest, OsRemoveIsAbsent) {
  const std::string db = database().string();
  expect_refused(attempt("os.remove('" + db + "')\n"), "field 'remove'");
}

TEST_F(SandboxEscapeTest, OsRenameIsAbsent) {
  const std::string db = database().string();
  expect_refused(attempt("os.rename('" + db + "', 'TARGET')\n"), "field 'rename'");
}

TEST_F(SandboxEscapeTest, OsExitIsAbsent) {
  // Were it there, the test process would end here.
  expect_refused(attempt("os.exit(0)\n"), "field 'exit'");
}

TEST_F(SandboxEscapeTest, OsGetenvAndTmpnameAreAbsent) {
  expect_refused(attempt("local home = os.getenv('HOME')\n"), "field 'getenv'");
  expect_refused(attempt("local name = os.tmpname()\n"), "field 'tmpname'");
}

TEST_F(SandboxEscapeTest, PackageLoadlibIsAbsent) {
  // CVE-2022-0543 (Redis): package.loadlib reachable from a script runs any C function.
  expect_refused(attempt("package.loadlib('libc.so.6', 'system')('touch TARGET')\n"),
                 "undefined global 'package'");
}

TEST_F(SandboxEscapeTest, DofileAndLoadfileAreAbsent) {
  expect_refused(attempt("dofile('/etc/passwd')\n"), "undefined global 'dofile'");
  expect_refused(attempt("local f = loadfile('/etc/passwd')\n"), "undefined global 'loadfile'");
}

TEST_F(SandboxEscapeTest, RequireOfACModuleFindsNothing) {
  // No package.cpath, no searchers: require loads Lua text files beside the script only.
  expect_refused(attempt("local lfs = require 'lfs'\n"), "module 'lfs' not found");
  expect_refused(attempt("local io = require 'io'\n"), "module 'io' not found");
}

TEST_F(SandboxEscapeTest, RequireOfAPathOutsideTheAllowedFoldersIsRefused) {
  write_file(dir_ / "secret.lua", "return 'read'\n");
  files_before_ = files_outside_out();
  for (const std::string name : {"../secret", "/etc/passwd", "lib..x", ".hidden", "a/b"}) {
    expect_refused(attempt("local m = require '" + name + "'\n"), "is not a module name");
  }
}

TEST_F(SandboxEscapeTest, DebugLibraryHoldsOnlyTraceback) {
  for (const std::string function :
       {"getupvalue", "setupvalue", "getregistry", "sethook", "getmetatable", "setmetatable",
        "getlocal", "upvaluejoin", "getinfo"}) {
    expect_refused(attempt("local x = debug." + function + "(print, 1)\n"),
                   "field '" + function + "'");
  }
}

TEST_F(SandboxEscapeTest, StringDumpIsAbsent) {
  expect_refused(attempt("local bytes = string.dump(function() end)\n"), "field 'dump'");
  expect_refused(attempt("local bytes = ('x').dump(print)\n"), "field 'dump'");
}

// A binary chunk can break the VM's memory safety; without string.dump a script could still
// write one by hand.
TEST_F(SandboxEscapeTest, LoadRefusesAHandMadeBinaryChunk) {
  expect_refused(attempt("assert(load('\\27LuaT\\0\\25\\147\\r\\n\\26\\n\\4\\8\\8', 'x', 'b'))\n"),
                 "attempt to load a binary chunk");
}

TEST_F(SandboxEscapeTest, LoadRefusesABinaryChunkFromAReaderFunction) {
  expect_refused(attempt("local parts, i = {'\\27Lua', 'T\\0\\25\\147'}, 0\n"
                         "assert(load(function() i = i + 1 return parts[i] end))\n"),
                 "attempt to load a binary chunk");
}

TEST_F(SandboxEscapeTest, LoadWithAnEmptyEnvironmentReachesNothing) {
  // A fourth argument is an environment: {} holds no escape either.
  expect_refused(attempt("load('return io', 'x', 't', {})().open('TARGET', 'w')\n"),
                 "attempt to index a nil value");
}

// ------------------------------------------------------------------------------ metatables

TEST_F(SandboxEscapeTest, TheStringMetatableIsHidden) {
  expect_refused(attempt("getmetatable('').__index = { upper = function() return 'x' end }\n"),
                 "attempt to index a boolean value");
  expect_refused(attempt("setmetatable('', {})\n"), "table expected, got string");
}

TEST_F(SandboxEscapeTest, MetatablesOfCdbUserdataAreHidden) {
  // With a cursor's metatable a script could call __gc twice: a use after free.
  expect_refused(attempt("local f, cursor = cdb.sql.rows('SELECT 1')\n"
                         "getmetatable(cursor).__gc(cursor)\n"),
                 "attempt to index a boolean value");
  expect_refused(attempt("local st = cdb.sql.prepare('SELECT 1')\n"
                         "setmetatable(st, {})\n"),
                 "table expected");
}

TEST_F(SandboxEscapeTest, AClosedPreparedStatementCannotBeReachedThroughItsCursor) {
  // Before the fix the cursor kept a pointer into the closed (or collected) statement.
  const auto closed = attempt(R"lua(
    local st = cdb.sql.prepare("SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3")
    local next_row, cursor = st:rows()
    assert(next_row(cursor).n == 1)
    st:close()
    assert(next_row(cursor) == nil, "a closed statement gives no more rows")
    local again = cdb.sql.prepare("SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3")
    local next_again, kept = again:rows()
    assert(next_again(kept).n == 1)
    again = nil
    collectgarbage() collectgarbage()
    local junk = {} for i = 1, 10000 do junk[i] = { i } end
    assert(next_again(kept).n == 2, "the cursor keeps its statement alive")
  )lua");
  EXPECT_TRUE(closed.ok) << closed.error;
  expect_nothing_escaped();
}

TEST_F(SandboxEscapeTest, ThePreludeKeepsItsOwnReferences) {
  // A script that swaps cdb.sql's functions (or removes cdb.sql) changes its own calls only;
  // cdb.concept and its relations still run on the real ones.
  const auto result = attempt(R"lua(
    local real = cdb.concept("sleutel")
    cdb.sql.rows = function() error("swapped rows") end
    cdb.sql.first = function() error("swapped first") end
    rawset(cdb, "sql", nil)
    local c = cdb.concept("sleutel")
    assert((c == nil) == (real == nil))
    assert(#cdb.concepts() >= 0)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
  expect_nothing_escaped();
}

// ---------------------------------------------------------------------------------- SQL

TEST_F(SandboxEscapeTest, AttachIsRefused) {
  expect_refused(attempt("cdb.sql.exec(\"ATTACH 'TARGET' AS other\")\n"), "not authorized");
  expect_refused(attempt("cdb.sql.exec(\"ATTACH 'TARGET' AS other\")\n", true), "not authorized");
}

TEST_F(SandboxEscapeTest, LoadExtensionIsRefused) {
  expect_refused(
      attempt("cdb.sql.value(\"SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')\")\n"),
      "not authorized");
}

TEST_F(SandboxEscapeTest, Fts3TokenizerPointersAreRefused) {
  // fts3_tokenizer(name) hands out a C pointer; with a bound second argument it takes one
  // and would call through it: arbitrary code. Before the fix both worked.
  expect_refused(attempt("cdb.sql.value(\"SELECT fts3_tokenizer('simple')\")\n"), "not authorized");
  expect_refused(
      attempt(
          "cdb.sql.value('SELECT fts3_tokenizer(?, ?)', {'evil', '\\1\\0\\0\\0\\0\\0\\0\\0'})\n"),
      "not authorized");
}

TEST_F(SandboxEscapeTest, PragmasThatWeakenSafetyAreRefused) {
  for (const std::string pragma : {"writable_schema = 1", "journal_mode = OFF", "synchronous = OFF",
                                   "foreign_keys = OFF", "trusted_schema = 1", "query_only = 0",
                                   "locking_mode = EXCLUSIVE", "temp_store_directory = '/'"}) {
    expect_refused(attempt("cdb.sql.exec([[PRAGMA " + pragma + "]])\n", true), "not authorized");
  }
  // The table-valued form goes through the same check.
  expect_refused(attempt("cdb.sql.value('SELECT * FROM pragma_journal_mode')\n"), "not authorized");
}

TEST_F(SandboxEscapeTest, VacuumIntoAFileIsRefused) {
  expect_refused(attempt("cdb.sql.exec(\"VACUUM INTO 'TARGET'\")\n"), "cannot VACUUM");
  expect_refused(attempt("cdb.sql.exec(\"VACUUM INTO 'TARGET'\")\n", true), "cannot VACUUM");
}

TEST_F(SandboxEscapeTest, WritesInAReadOnlyRunAreRefused) {
  for (const std::string sql :
       {"INSERT INTO meta(key, value) VALUES ('x', 'y')", "UPDATE meta SET value = 'x'",
        "DELETE FROM sentence", "CREATE TABLE evil(x)", "DROP VIEW v_concept",
        "WITH doomed AS (SELECT id FROM sentence) DELETE FROM sentence WHERE id IN doomed",
        "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM sentence; END",
        "REPLACE INTO meta(key, value) VALUES ('x', 'y')"}) {
    expect_refused(attempt("cdb.sql.exec(\"" + sql + "\")\n"), "READONLY");
  }
}

TEST_F(SandboxEscapeTest, TransactionControlIsRefusedAndAFailedWriteRunChangesNothing) {
  for (const std::string sql : {"COMMIT", "ROLLBACK", "BEGIN", "END"}) {
    expect_refused(
        attempt("cdb.sql.exec('DELETE FROM sentence')\ncdb.sql.exec('" + sql + "')\n", true),
        "not authorized");
  }
}

TEST_F(SandboxEscapeTest, ExecRefusesSeveralStatementsInOne) {
  // In a write run the second statement would delete every sentence.
  expect_refused(attempt("cdb.sql.exec('SELECT 1; DELETE FROM sentence')\n", true),
                 "only one SQL statement may be given");
}

// --------------------------------------------------------------------------- export paths

TEST_F(SandboxEscapeTest, ExportPathsThatLeaveOutAreRefused) {
  for (const std::string path : {"../escaped.txt", "TARGET", "a/../../escaped.txt"}) {
    expect_refused(attempt("cdb.export.csv({{a = 1}}, '" + path + "')\n"), "ARG: cannot write");
  }
}

TEST_F(SandboxEscapeTest, ASymlinkInsideOutIsNotFollowed) {
  fs::create_directories(out());
  fs::create_directory_symlink(dir_.path(), out() / "link");
  fs::create_symlink(target_, out() / "file.csv");
  expect_refused(attempt("cdb.export.csv({{a = 1}}, 'link/escaped.txt')\n"), "symbolic link");
  expect_refused(attempt("cdb.export.csv({{a = 1}}, 'file.csv')\n"), "symbolic link");
}

// ----------------------------------------------------------------------- resource exhaustion

TEST_F(SandboxEscapeTest, AnEndlessLoopHitsTheTimeLimit) {
  expect_refused(attempt("while true do end\n", false, tight_limits()), "LIMIT_TIME");
}

TEST_F(SandboxEscapeTest, ATableBombHitsTheMemoryLimit) {
  expect_refused(
      attempt("local t = {} for i = 1, 1e9 do t[i] = { i } end\n", false, memory_bomb_limits()),
      "LIMIT_MEM");
}

TEST_F(SandboxEscapeTest, StringBombsHitTheMemoryLimit) {
  expect_refused(attempt("local s = string.rep('x', 1 << 30)\n", false, memory_bomb_limits()),
                 "LIMIT_MEM");
  expect_refused(attempt("local t = {} for i = 1, 1e4 do t[i] = ('x'):rep(4096) end\n"
                         "local s = table.concat(t, table.concat(t))\n",
                         false, memory_bomb_limits()),
                 "LIMIT_MEM");
}

TEST_F(SandboxEscapeTest, SqlValueBombsStopAtTheMemoryLimitInsideSqlite) {
  // SQLite allocates these itself, out of the Lua memory budget's sight: no one value may be
  // bigger than the budget (32 MB here).
  for (const std::string bomb :
       {"SELECT length(zeroblob(1e9))", "SELECT length(randomblob(100000000))",
        "WITH RECURSIVE s(x) AS (SELECT 'xxxxxxxx' UNION ALL SELECT x || x FROM s "
        "WHERE length(x) < 1e9) SELECT max(length(x)) FROM s"}) {
    expect_refused(attempt("print(cdb.sql.value [[" + bomb + "]])\n", false, memory_bomb_limits()),
                   "too big");
  }
  // Values under the budget are fine.
  const auto fine = attempt("assert(cdb.sql.value 'SELECT length(zeroblob(1000000))' == 1000000)\n",
                            false, memory_bomb_limits());
  EXPECT_TRUE(fine.ok) << fine.error;
}

TEST_F(SandboxEscapeTest, StoppingTheCollectorDoesNotEscapeTheMemoryLimit) {
  expect_refused(attempt("collectgarbage('stop')\nwhile true do local t = { 1, 2, 3 } end\n", false,
                         memory_bomb_limits()),
                 "LIMIT_MEM");
}

TEST_F(SandboxEscapeTest, ARunawayQueryHitsTheRowLimitEvenInsidePcall) {
  expect_refused(attempt("for r in cdb.sql.rows('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                         "SELECT i + 1 FROM n) SELECT i FROM n') do end\n",
                         false, tight_limits()),
                 "LIMIT_ROWS: the script read more than 1000 rows");
  expect_refused(attempt("while true do pcall(cdb.sql.list, 'WITH RECURSIVE n(i) AS (SELECT 1 "
                         "UNION ALL SELECT i + 1 FROM n) SELECT i FROM n') end\n",
                         false, tight_limits()),
                 "LIMIT_ROWS");
  expect_refused(
      attempt("for i = 1, 1e6 do cdb.try(cdb.sql.first, 'SELECT 1') end\nprint('went on')\n", false,
              tight_limits()),
      "(raise the limit with --max-rows N");
}

TEST_F(SandboxEscapeTest, AnExportBombHitsTheOutputLimitAndLeavesNoFile) {
  expect_refused(attempt("cdb.export.query('big.csv', \"WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                         "ALL SELECT i + 1 FROM n) SELECT i, printf('%0100d', i) FROM n\")\n",
                         false, tight_limits()),
                 "LIMIT_OUTPUT");
  EXPECT_EQ(files_in_out(), std::vector<std::string>{});
  // Small files one after the other add up to the same limit, pcall or not.
  expect_refused(
      attempt("local rows = {} for i = 1, 100 do rows[i] = { n = i, text = ('x'):rep(100) } end\n"
              "for i = 1, 1000 do pcall(cdb.export.csv, rows, 'part' .. i .. '.csv') end\n",
              false, tight_limits()),
      "LIMIT_OUTPUT");
}

TEST_F(SandboxEscapeTest, DeepRecursionIsAnErrorNotACrash) {
  expect_refused(attempt("local function f(n) return 1 + f(n + 1) end\nf(1)\n"), "stack overflow");
  expect_refused(attempt("local function f() return coroutine.wrap(f)() end\nf()\n"),
                 "stack overflow");
}

TEST_F(SandboxEscapeTest, ACoroutineBombHitsTheMemoryLimit) {
  expect_refused(
      attempt("local all = {}\nwhile true do all[#all + 1] = coroutine.create(print) end\n", false,
              memory_bomb_limits()),
      "LIMIT_MEM");
}

TEST_F(SandboxEscapeTest, PcallAndCdbTryCannotSwallowTheTimeLimit) {
  expect_refused(
      attempt("while true do pcall(function() while true do end end) end\n", false, tight_limits()),
      "LIMIT_TIME");
  expect_refused(attempt("cdb.try(function() while true do end end)\nprint('went on')\n", false,
                         tight_limits()),
                 "LIMIT_TIME");
}

TEST_F(SandboxEscapeTest, AnXpcallHandlerThatLoopsIsStopped) {
  // Lua runs the handler of an error raised by the limit hook with hooks off: before the fix
  // this ran for ever.
  expect_refused(
      attempt("print(xpcall(function() error('x') end, function() while true do end end))\n", false,
              tight_limits()),
      "LIMIT_TIME");
  expect_refused(
      attempt("print(xpcall(function() while true do end end, function() while true do end end))\n",
              false, tight_limits()),
      "LIMIT_TIME");
  const auto handled = attempt(
      "local ok, e = xpcall(error, function(m) return 'handled: ' .. m end, 'boom', 0)\n"
      "assert(not ok and e == 'handled: boom', e)\n");
  EXPECT_TRUE(handled.ok) << handled.error;  // an ordinary error still reaches the handler
}

TEST_F(SandboxEscapeTest, ALimitInsideACoroutineCannotBeSwallowed) {
  expect_refused(attempt("local co = coroutine.wrap(function() while true do end end)\n"
                         "print(pcall(co))\nwhile true do end\n",
                         false, tight_limits()),
                 "LIMIT_TIME");
  expect_refused(attempt("local co = coroutine.create(function() while true do end end)\n"
                         "while true do coroutine.resume(coroutine.create(function() while true do "
                         "end end)) end\n",
                         false, tight_limits()),
                 "LIMIT_TIME");
}

TEST_F(SandboxEscapeTest, ALimitInsideTostringCannotBeSwallowed) {
  expect_refused(
      attempt("local t = setmetatable({}, { __tostring = function() while true do end end })\n"
              "print(pcall(tostring, t))\nwhile true do end\n",
              false, tight_limits()),
      "LIMIT_TIME");
}

TEST_F(SandboxEscapeTest, ErrorsInGcAndCloseMetamethodsStayErrors) {
  // An error in __gc becomes a warning (off) and the run goes on; one in __close is raised.
  const auto gc = attempt(
      "setmetatable({}, { __gc = function() error('in gc') end })\n"
      "collectgarbage()\n");
  EXPECT_TRUE(gc.ok) << gc.error;
  expect_nothing_escaped();
  expect_refused(attempt("do local x <close> = setmetatable({}, { __close = function() "
                         "error('in close') end }) end\n"),
                 "in close");
  expect_refused(attempt("print(pcall(function() local x <close> = setmetatable({}, { __close = "
                         "function() while true do end end }) end))\nwhile true do end\n",
                         false, tight_limits()),
                 "LIMIT_TIME");
}

// What the count hook cannot stop: a finaliser runs with hooks off, and a string pattern
// backtracks inside C. The watchdog ends the process a moment after the time limit.
void run_stuck_script(const fs::path& folder, const fs::path& database, const std::string& source) {
  write_file(folder / "script.lua", source);
  luahost::RunOptions options;
  options.script = folder / "script.lua";
  options.database = database;
  options.out_dir = folder / "out";
  options.limits.seconds = 0.2;
  options.on_stuck = [](const std::string& message) {
    std::fprintf(stderr, "%s\n", message.c_str());
    std::fflush(stderr);
    ::_exit(7);
  };
  luahost::run_script(options);
  std::exit(0);  // not reached when the script is stuck
}

TEST_F(SandboxEscapeTest, ALoopInAFinaliserIsEndedByTheWatchdog) {
  EXPECT_EXIT(run_stuck_script(dir_.path(), database(),
                               "setmetatable({}, { __gc = function() while true do end end })\n"
                               "collectgarbage()\n"),
              ::testing::ExitedWithCode(7), "LIMIT_TIME: .* did not stop at the limit");
  expect_nothing_escaped();
}

TEST_F(SandboxEscapeTest, ABacktrackingPatternIsEndedByTheWatchdog) {
  EXPECT_EXIT(run_stuck_script(dir_.path(), database(),
                               "string.find(('a'):rep(60), '.-.-.-.-.-.-.-.-.-.-.-.-b')\n"),
              ::testing::ExitedWithCode(7), "raise the limit with --timeout");
  expect_nothing_escaped();
}

TEST_F(SandboxEscapeTest, AScriptEndedByTheWatchdogMidExportLeavesNoTemporaryFile) {
  EXPECT_EXIT(run_stuck_script(dir_.path(), database(),
                               "local n = 0\n"
                               "cdb.export.csv(function()\n"
                               "  n = n + 1\n"
                               "  if n == 1 then return { a = 1 } end\n"
                               "  string.find(('a'):rep(60), '.-.-.-.-.-.-.-.-.-.-.-.-b')\n"
                               "end, 'stuck.csv')\n"),
              ::testing::ExitedWithCode(7), "LIMIT_TIME");
  std::vector<std::string> left;
  if (fs::exists(out())) {
    for (const auto& entry : fs::directory_iterator(out()))
      left.push_back(entry.path().filename().string());
  }
  EXPECT_EQ(left, std::vector<std::string>{}) << "the export's temporary file is removed";
  expect_nothing_escaped();
}

}  // namespace
