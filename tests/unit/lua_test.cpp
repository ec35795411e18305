// Tests of the Lua host: the C++ build of Lua, the sandbox, cdb.sql, errors with script
// positions, and the one-transaction-per-run rule (read-only unless --write).
//
// Scripts check their own results with assert(); the test then checks that the run
// succeeded, or that it failed with the expected message.
#include <gtest/gtest.h>

#include "ingest/build.hpp"
#include "lua/lua_state.hpp"
#include "lua/script_runner.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::TempDir;
using testing_support::write_file;

TEST(LuaCxxBuildTest, LuaErrorsRunCxxDestructors) {
  EXPECT_TRUE(luahost::lua_errors_unwind_cxx_frames());
}

class LuaRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.database = database();
    ingest::build_database(o);
  }

  std::filesystem::path database() const { return dir_ / "conceptdb.sqlite"; }

  luahost::RunResult run(const std::string& source, bool writable = false,
                         std::vector<std::string> arguments = {}, luahost::Limits limits = {}) {
    const auto script = dir_ / "script.lua";
    write_file(script, source);
    luahost::RunOptions options;
    options.script = script;
    options.database = database();
    options.writable = writable;
    options.arguments = std::move(arguments);
    options.version = "test";
    options.limits = limits;
    options.out_dir = dir_ / "out";
    return luahost::run_script(options);
  }

  // Expects the run to fail with an error whose first line starts with "script.lua:LINE:"
  // and contains `fragment`.
  void expect_error_at(const luahost::RunResult& result, int line, const std::string& fragment) {
    ASSERT_FALSE(result.ok);
    const std::string prefix = (dir_ / "script.lua").string() + ":" + std::to_string(line) + ":";
    EXPECT_EQ(result.error.rfind(prefix, 0), 0u) << result.error;
    EXPECT_NE(result.error.find(fragment), std::string::npos) << result.error;
  }

  std::int64_t count(const std::string& sql) {
    store::Database db = store::open_conceptdb(database(), store::OpenMode::kReadOnly);
    store::Statement st = db.prepare(sql);
    st.step();
    return st.column_int64(0);
  }

  TempDir dir_;
};

TEST_F(LuaRunTest, ScriptReadsDocumentsAndPassages) {
  const auto result = run(R"lua(
    local n = 0
    for d in cdb.sql.rows("SELECT key, title FROM v_document ORDER BY key") do
      n = n + 1
      assert(type(d.key) == "string")
    end
    assert(n == 4, "documents: " .. n)
    local p = cdb.sql.first("SELECT * FROM v_passage WHERE first_line = ? AND file = ?", {3, "a"})
    assert(p.last_line == 4 and p.document == "a", "passage lines")
    assert(cdb.sql.value("SELECT count(*) FROM v_passage") == 8)
    assert(cdb.sql.first("SELECT 1 WHERE 0") == nil, "no row gives nil")
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, UndefinedGlobalReportsFileAndLineWithTraceback) {
  const auto result = run("local x = 1\nprnt(x)\n");
  expect_error_at(result, 2, "undefined global 'prnt'");
  EXPECT_NE(result.error.find("stack traceback:"), std::string::npos) << result.error;
}

TEST_F(LuaRunTest, SyntaxErrorReportsFileAndLine) {
  expect_error_at(run("local a = 1\nlocal b = = 2\n"), 2, "unexpected symbol");
}

TEST_F(LuaRunTest, RemovedLibrariesAreUndefined) {
  expect_error_at(run("local f = io.open('/etc/passwd')\n"), 1, "undefined global 'io'");
  expect_error_at(run("\npackage.loadlib('x', 'y')\n"), 2, "undefined global 'package'");
  expect_error_at(run("dofile('/etc/passwd')\n"), 1, "undefined global 'dofile'");
  expect_error_at(run("loadfile('/etc/passwd')\n"), 1, "undefined global 'loadfile'");
}

TEST_F(LuaRunTest, RemovedFunctionsAreRefused) {
  expect_error_at(run("os.execute('true')\n"), 1, "execute");
  expect_error_at(run("os.remove('x')\n"), 1, "remove");
  expect_error_at(run("os.getenv('HOME')\n"), 1, "getenv");
  expect_error_at(run("local s = string.dump(print)\n"), 1, "dump");
  expect_error_at(run("local s = ('x'):dump()\n"), 1, "dump");
  expect_error_at(run("debug.sethook(print, 'l')\n"), 1, "sethook");
  expect_error_at(run("require 'io'\n"), 1, "module 'io' not found");
  expect_error_at(run("\nrequire '../secret'\n"), 2, "is not a module name");
}

TEST_F(LuaRunTest, AllowedPiecesOfOsAndDebugStay) {
  const auto result = run(R"lua(
    assert(type(os.time()) == "number" and type(os.clock()) == "number")
    assert(type(os.date("%Y")) == "string")
    assert(type(debug.traceback()) == "string")
    assert(require("cdb") == cdb)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, BinaryChunksAreRefusedByLoad) {
  const auto result = run(R"lua(
    local f, err = load("\27Lua\84\0", "x", "b")
    assert(f == nil and err:find("binary"), tostring(err))
    local g = load("return 1 + 1")
    assert(g() == 2)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, StrictGlobalsCannotBeSwitchedOff) {
  const auto result = run(R"lua(
    assert(getmetatable(_G) == false)
    local ok = pcall(setmetatable, _G, nil)
    assert(not ok, "setmetatable on _G must fail")
    newglobal = 5            -- assigning a global still works
    assert(newglobal == 5)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, WritesAreRefusedInAReadOnlyRun) {
  const auto before = count("SELECT count(*) FROM sentence");
  expect_error_at(run("\ncdb.sql.exec('DELETE FROM sentence')\n"), 2, "READONLY");
  const auto result = run("cdb.sql.exec('DELETE FROM sentence')\n");
  EXPECT_NE(result.error.find("--write"), std::string::npos) << result.error;
  EXPECT_EQ(count("SELECT count(*) FROM sentence"), before);
}

TEST_F(LuaRunTest, WriteRunCommitsOnSuccess) {
  const auto result = run(
      "assert(cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\") == 1)\n", true);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'note'"), 1);
}

TEST_F(LuaRunTest, WriteRunRollsBackEverythingOnError) {
  const auto sentences = count("SELECT count(*) FROM sentence");
  ASSERT_GT(sentences, 0);
  const auto result =
      run("cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\")\n"
          "cdb.sql.exec('DELETE FROM sentence')\n"
          "error('stop here')\n",
          true);
  expect_error_at(result, 3, "stop here");
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'note'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM sentence"), sentences);
}

TEST_F(LuaRunTest, ScriptsCannotControlTheTransactionOrAttach) {
  expect_error_at(run("cdb.sql.exec('COMMIT')\n", true), 1, "not authorized");
  expect_error_at(run("cdb.sql.exec(\"ATTACH 'other.db' AS o\")\n", true), 1, "not authorized");
  expect_error_at(run("cdb.sql.exec('PRAGMA writable_schema = 1')\n", true), 1, "not authorized");
  const auto result = run("assert(cdb.sql.first('PRAGMA table_info(passage)').name == 'id')\n");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, TheStringMetatableCannotBeReachedOrChanged) {
  const auto result = run(R"lua(
    assert(getmetatable("") == false)
    assert(not pcall(setmetatable, "", {}))
    assert(("abc"):upper() == "ABC")
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, AStringRepBombHitsTheMemoryLimit) {
  // 1 GB in one string against a 64 MB budget: the allocator refuses it, pcall or not.
  luahost::Limits limits;
  limits.memory_bytes = 64u << 20;
  const auto result =
      run("local ok = pcall(string.rep, 'x', 1 << 30)\nprint(ok)\n", false, {}, limits);
  ASSERT_FALSE(result.ok);
  EXPECT_NE(result.error.find("LIMIT_MEM"), std::string::npos) << result.error;
}

TEST_F(LuaRunTest, BreakingOutOfALoopReleasesTheStatement) {
  // After the break, the loop's statement must be finalised: the write that follows in the
  // same run would otherwise fail with "database table is locked".
  const auto result = run(R"lua(
    for row in cdb.sql.rows("SELECT id FROM sentence") do break end
    cdb.sql.exec("DELETE FROM sentence WHERE id = (SELECT min(id) FROM sentence)")
  )lua",
                          true);
  EXPECT_TRUE(result.ok) << result.error;
  EXPECT_EQ(count("SELECT count(*) FROM sentence"), count("SELECT max(id) FROM sentence") - 1);
}

TEST_F(LuaRunTest, NullInTheFirstColumnDoesNotEndTheLoop) {
  const auto result = run(R"lua(
    local n = 0
    for row in cdb.sql.rows("SELECT NULL AS a, 1 AS b UNION ALL SELECT 2, 3") do
      n = n + 1
      if n == 1 then assert(row.a == nil and row.b == 1) end
    end
    assert(n == 2, "rows: " .. n)
    assert(cdb.sql.value("SELECT NULL") == nil)
    assert(cdb.sql.value("SELECT ? IS NULL", {cdb.null}) == 1)
    assert(tostring(cdb.null) == "null")
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, IntegersStayExactAndFloatsStayFloats) {
  const auto result = run(R"lua(
    local big = (1 << 62) + 1
    assert(cdb.sql.value("SELECT ?", {big}) == big)
    assert(math.type(cdb.sql.value("SELECT ?", {big})) == "integer")
    assert(cdb.sql.value("SELECT 9223372036854775807") == math.maxinteger)
    local f = cdb.sql.value("SELECT ?", {0.1})
    assert(math.type(f) == "float" and f == 0.1)
    assert(math.type(cdb.sql.value("SELECT 2.0")) == "float")
    assert(cdb.sql.value("SELECT ?", {true}) == 1)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, NamedAndPositionalParameters) {
  const auto result = run(R"lua(
    assert(cdb.sql.value("SELECT :a || :b", {a = "x", b = "y"}) == "xy")
    assert(cdb.sql.value("SELECT @a + $b", {a = 1, b = 2}) == 3)
    assert(cdb.sql.value("SELECT ? + ?", {1, 2}) == 3)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, ParameterMistakesRaiseArgWithTheScriptLine) {
  expect_error_at(run("\n\ncdb.sql.value('SELECT ? + ?', {1})\n"), 3,
                  "ARG: the statement has 2 positional parameters but 1 value was given");
  expect_error_at(run("cdb.sql.value('SELECT ?', {1, 2})\n"), 1,
                  "1 positional parameter but 2 values were given");
  expect_error_at(run("cdb.sql.value('SELECT :year', {})\n"), 1,
                  "ARG: no value for parameter :year");
  expect_error_at(run("cdb.sql.value('SELECT ?', {{}})\n"), 1,
                  "ARG: parameter 1: cannot bind a table");
  expect_error_at(run("cdb.sql.value('SELECT ?', 5)\n"), 1, "ARG: the parameters must be a table");
}

TEST_F(LuaRunTest, SqlErrorsBecomeLuaErrorsThatPcallCatches) {
  const auto result = run(R"lua(
    local ok, err = pcall(cdb.sql.value, "SELEC 1")
    assert(not ok and err:find("SQL: ") and err:find("syntax error"), err)
    local ok2, err2 = pcall(cdb.sql.value, "SELECT * FROM no_such_table")
    assert(not ok2 and err2:find("no such table"), err2)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
  expect_error_at(run("\ncdb.sql.rows('SELECT some_column FROM nowhere')\n"), 2,
                  "SQL: no such table");
}

TEST_F(LuaRunTest, APreparedStatementIsReusedAndClosed) {
  const auto result = run(R"lua(
    local st <close> = cdb.sql.prepare("SELECT key FROM file WHERE key = ?")
    assert(st:value{"a"} == "a" and st:value{"b"} == "b" and st:value{"zz"} == nil)
    assert(st:first{"b"}.key == "b")
    local seen = 0
    for row in st:rows{"a"} do seen = seen + 1; break end
    for row in st:rows{"a"} do seen = seen + 1 end
    assert(seen == 2)
    st:close()
    local ok, e = cdb.try(st.value, st, {"a"})
    assert(not ok and e.code == "ARG" and e.message:find("closed"))
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, AtomicUndoesTheWritesOfAFailedBlockOnly) {
  const auto result = run(R"lua(
    cdb.sql.exec("INSERT INTO meta(key, value) VALUES ('kept', 'x')")
    local ok = pcall(cdb.sql.atomic, function()
      cdb.sql.exec("INSERT INTO meta(key, value) VALUES ('undone', 'y')")
      error("stop")
    end)
    assert(not ok)
    assert(cdb.sql.value("SELECT count(*) FROM meta WHERE key = 'undone'") == 0)
    local a, b = cdb.sql.atomic(function(x)
      cdb.sql.exec("INSERT INTO meta(key, value) VALUES ('done', 'z')")
      return x, x + 1
    end, 41)
    assert(a == 41 and b == 42)
  )lua",
                          true);
  EXPECT_TRUE(result.ok) << result.error;
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key IN ('kept', 'done')"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'undone'"), 0);
}

luahost::Limits short_limits() {
  luahost::Limits limits;
  limits.seconds = 0.3;
  limits.memory_bytes = 32u << 20u;
  return limits;
}

TEST_F(LuaRunTest, AnEndlessLoopHitsTheTimeLimit) {
  expect_error_at(run("local n = 0\nwhile true do n = n + 1 end\n", false, {}, short_limits()), 2,
                  "LIMIT_TIME: the script ran longer than 0.3 s (raise the limit with --timeout");
}

TEST_F(LuaRunTest, PcallCannotSwallowALimit) {
  const auto looped =
      run("while true do pcall(function() while true do end end) end\n", false, {}, short_limits());
  ASSERT_FALSE(looped.ok);
  EXPECT_NE(looped.error.find("LIMIT_TIME"), std::string::npos) << looped.error;
  const auto tried =
      run("local ok = cdb.try(function() while true do end end)\nprint('went on')\nwhile true do "
          "end\n",
          false, {}, short_limits());
  ASSERT_FALSE(tried.ok);
  EXPECT_NE(tried.error.find("LIMIT_TIME"), std::string::npos) << tried.error;
}

TEST_F(LuaRunTest, MemoryGrowthHitsTheMemoryLimitEvenInsidePcall) {
  // Time enough that a loaded machine reaches the memory limit first.
  luahost::Limits memory_only = short_limits();
  memory_only.seconds = 60;
  const auto result =
      run("local t = {}\nwhile true do pcall(function() for i = 1, 1e6 do t[#t + 1] = "
          "('x'):rep(64) .. i end end) end\n",
          false, {}, memory_only);
  ASSERT_FALSE(result.ok);
  EXPECT_NE(result.error.find("LIMIT_MEM: the script needed more than 32 MB of memory (raise "
                              "the limit with --max-memory MB)"),
            std::string::npos)
      << result.error;
}

TEST_F(LuaRunTest, ARunawayQueryIsStoppedAndItsWritesUndone) {
  const auto result =
      run("cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\")\n"
          "cdb.sql.value('WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
          "SELECT count(*) FROM r')\n",
          true, {}, short_limits());
  ASSERT_FALSE(result.ok);
  EXPECT_NE(result.error.find("LIMIT_TIME"), std::string::npos) << result.error;
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'note'"), 0);
}

TEST_F(LuaRunTest, AScriptSpecChecksAndConvertsItsArguments) {
  const std::string spec = R"lua(
    return {
      description = "a test",
      args = { concept = { type = "string", default = "plg" }, top = 3, verbose = "boolean",
               name = { type = "string", required = true } },
      main = function(args)
        assert(args.concept == "plg" and args.top == 7 and math.type(args.top) == "integer")
        assert(args.verbose == true and args.name == "x" and cdb.args.top == 7)
      end,
    })lua";
  const auto good = run(spec, false, {"top=7", "verbose=yes", "name=x"});
  EXPECT_TRUE(good.ok) << good.error;
  const auto unknown = run(spec, false, {"topp=7", "name=x"});
  ASSERT_FALSE(unknown.ok);
  EXPECT_NE(unknown.error.find("ARG: unknown argument 'topp' (this script takes: concept, name, "
                               "top, verbose)"),
            std::string::npos)
      << unknown.error;
  const auto bad = run(spec, false, {"top=many", "name=x"});
  EXPECT_NE(bad.error.find("ARG: top=many is not a valid integer"), std::string::npos) << bad.error;
  const auto missing = run(spec, false, {"top=1"});
  EXPECT_NE(missing.error.find("ARG: the argument name=... is required"), std::string::npos)
      << missing.error;
}

TEST_F(LuaRunTest, ASpecThatWritesGetsAWriteRun) {
  const auto result =
      run("return { writes = true, main = function() "
          "cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('spec', 'y')\") end }\n");
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'spec'"), 1);
}

TEST_F(LuaRunTest, RequireLoadsLuaModulesBesideTheScript) {
  write_file(dir_ / "helpers.lua",
             "local M = {}\nfunction M.double(x) return 2 * x end\nreturn M\n");
  std::filesystem::create_directories(dir_ / "lib");
  write_file(dir_ / "lib" / "loop.lua", "return require 'lib.loop'\n");
  const auto result = run(R"lua(
    local h = require "helpers"
    assert(h.double(21) == 42 and require("helpers") == h)
    local ok, e = cdb.try(require, "lib.loop")
    assert(not ok and e.message:find("require loop"), tostring(e))
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, ArgumentsReachTheScript) {
  const auto result = run(R"lua(
    local first, second = ...
    assert(first == "year=2011" and second == "plain", tostring(first))
    assert(cdb.args.year == "2011")
    assert(arg[1] == "year=2011" and arg[2] == "plain")
    assert(cdb.version == "test")
  )lua",
                          false, {"year=2011", "plain"});
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaRunTest, MissingDatabaseIsRefusedBeforeTheScriptRuns) {
  const auto script = dir_ / "script.lua";
  write_file(script, "print('never')\n");
  luahost::RunOptions options;
  options.script = script;
  options.database = dir_ / "missing.sqlite";
  try {
    luahost::run_script(options);
    FAIL() << "a missing database must be refused";
  } catch (const store::SchemaError& e) {
    EXPECT_NE(std::string(e.what()).find("conceptdb build"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "missing.sqlite"));
}

}  // namespace
