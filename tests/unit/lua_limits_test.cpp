// tests/unit/lua_limits_test.cpp — the row and output limits, the output budget of the export
// layer, and the watchdog: where each limit falls, what it says, and what it leaves behind.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include "export/atomic_output_file.hpp"
#include "export/output_budget.hpp"
#include "export/row_file.hpp"
#include "ingest/build.hpp"
#include "lua/limits.hpp"
#include "lua/repl.hpp"
#include "lua/script_runner.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;
using testing_support::write_file;

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

std::size_t files_in(const fs::path& folder) {
  std::size_t n = 0;
  if (fs::exists(folder))
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder))
      ++n;
  return n;
}

// ------------------------------------------------------------------ the export layer's budget

TEST(OutputBudgetTest, ChargesUpToTheLimitAndThenRefusesForGood) {
  int told = 0;
  exporter::OutputBudget budget(100, [&told] { ++told; });
  EXPECT_TRUE(budget.charge(60));
  EXPECT_TRUE(budget.charge(40));  // exactly the limit is allowed
  EXPECT_FALSE(budget.charge(1));
  EXPECT_FALSE(budget.charge(0));  // spent for good
  EXPECT_TRUE(budget.exhausted());
  EXPECT_EQ(budget.used_bytes(), 100u);
  EXPECT_EQ(told, 1);
}

TEST(OutputBudgetTest, ZeroMeansNoLimit) {
  exporter::OutputBudget budget(0);
  EXPECT_TRUE(budget.charge(std::uint64_t{1} << 40u));
  EXPECT_FALSE(budget.exhausted());
}

TEST(OutputBudgetTest, AFileOverBudgetFailsAndLeavesTheOldFileAndNoTemporary) {
  TempDir dir;
  write_file(dir / "t.csv", "old");
  exporter::OutputBudget budget(1000);
  {
    auto writer = exporter::open_row_file(dir / "t.csv", "csv", {}, &budget);
    writer->begin({"text"});
    for (int i = 0; i < 100; ++i)
      writer->row({store::Value(std::string(50, 'x'))});
    EXPECT_THROW(writer->end(), exporter::OutputLimitError);
  }
  EXPECT_EQ(testing_support::read_file(dir / "t.csv"), "old");
  EXPECT_EQ(files_in(dir.path()), 1u);  // no temporary file left
}

TEST(OutputBudgetTest, AFileWrittenByPathIsChargedAtCommit) {
  TempDir dir;
  exporter::OutputBudget budget(10);
  {
    exporter::AtomicOutputFile file(dir / "book.xlsx", exporter::AtomicOutputFile::Access::kByPath,
                                    &budget);
    write_file(file.temporary_path(), std::string(11, 'x'));
    EXPECT_THROW(file.commit(), exporter::OutputLimitError);
  }
  EXPECT_EQ(files_in(dir.path()), 0u);
  exporter::OutputBudget enough(11);
  exporter::AtomicOutputFile file(dir / "book.xlsx", exporter::AtomicOutputFile::Access::kByPath,
                                  &enough);
  write_file(file.temporary_path(), std::string(11, 'x'));
  file.commit();
  EXPECT_EQ(fs::file_size(dir / "book.xlsx"), 11u);
}

// --------------------------------------------------------------------------- scripts

class LimitsRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.database = dir_ / "conceptdb.sqlite";
    ingest::build_database(o);
  }

  luahost::RunResult run(const std::string& source, luahost::Limits limits) {
    write_file(dir_ / "script.lua", source);
    luahost::RunOptions options;
    options.script = dir_ / "script.lua";
    options.database = dir_ / "conceptdb.sqlite";
    options.version = "test";
    options.limits = limits;
    options.out_dir = dir_ / "out";
    return luahost::run_script(options);
  }

  TempDir dir_;
};

constexpr const char* kCountTo = R"lua(
  local n = 0
  for row in cdb.sql.rows("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k " ..
                          "WHERE i < ?) SELECT i FROM k", { tonumber(arg[1]) }) do
    n = n + 1
  end
  assert(n == tonumber(arg[1]))
)lua";

TEST_F(LimitsRunTest, TheRowLimitAllowsExactlyItsRowsAndSaysHowToRaiseIt) {
  luahost::Limits limits;
  limits.rows = 50;
  write_file(dir_ / "script.lua", kCountTo);
  luahost::RunOptions options;
  options.script = dir_ / "script.lua";
  options.database = dir_ / "conceptdb.sqlite";
  options.limits = limits;
  options.arguments = {"50"};
  EXPECT_TRUE(luahost::run_script(options).ok);
  options.arguments = {"51"};
  const auto over = luahost::run_script(options);
  ASSERT_FALSE(over.ok);
  EXPECT_EQ(over.error.rfind((dir_ / "script.lua").string() +
                                 ":3: LIMIT_ROWS: the script read "
                                 "more than 50 rows from the database (raise the limit with "
                                 "--max-rows N, 0 for none)",
                             0),
            0u)
      << over.error;
  limits.rows = 0;  // none
  options.limits = limits;
  options.arguments = {"20000"};
  EXPECT_TRUE(luahost::run_script(options).ok);
}

TEST_F(LimitsRunTest, RowsCountedAcrossCallsIncludeFirstAndList) {
  luahost::Limits limits;
  limits.rows = 10;
  const auto result =
      run("for i = 1, 5 do cdb.sql.first('SELECT 1') end\n"
          "local all = cdb.sql.list('SELECT 1 UNION ALL SELECT 2 UNION ALL "
          "SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5')\n"
          "cdb.sql.first('SELECT 1')\n",
          limits);
  ASSERT_FALSE(result.ok);
  EXPECT_TRUE(contains(result.error, "script.lua:3: LIMIT_ROWS")) << result.error;
}

TEST_F(LimitsRunTest, TheOutputLimitCountsEveryFileOfTheRunAndKeepsTheOnesBefore) {
  luahost::Limits limits;
  limits.output_bytes = 3000;
  const auto result = run(R"lua(
    local rows = {}
    for i = 1, 10 do rows[i] = { text = ("x"):rep(98) } end  -- about 1 KB a file
    cdb.export.csv(rows, "one.csv")
    cdb.export.csv(rows, "two.csv")
    cdb.export.csv(rows, "three.csv")
  )lua",
                          limits);
  ASSERT_FALSE(result.ok);
  EXPECT_TRUE(contains(result.error, "script.lua:6: LIMIT_OUTPUT: the script wrote more than "))
      << result.error;
  EXPECT_TRUE(contains(result.error, "(raise the limit with --max-output MB, 0 for none)"))
      << result.error;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "one.csv"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "two.csv"));
  EXPECT_EQ(files_in(dir_ / "out"), 2u);  // three.csv and its temporary file are gone
}

TEST_F(LimitsRunTest, ReportsAreChargedToo) {
  luahost::Limits limits;
  limits.output_bytes = 1000;
  const auto result =
      run("local r = cdb.report.new { title = 'T' }\n"
          "r:paragraph(('woord '):rep(1000))\n"
          "r:write('r.html')\n",
          limits);
  ASSERT_FALSE(result.ok);
  EXPECT_TRUE(contains(result.error, "script.lua:3: LIMIT_OUTPUT")) << result.error;
  EXPECT_EQ(files_in(dir_ / "out"), 0u);
}

TEST_F(LimitsRunTest, CdbTryCannotCatchALimit) {
  luahost::Limits limits;
  limits.rows = 1;
  const auto result = run(R"lua(
    local ok, err = cdb.try(cdb.sql.list, "SELECT 1 UNION ALL SELECT 2")
    error("went on after the limit with " .. tostring(err))
  )lua",
                          limits);
  ASSERT_FALSE(result.ok);
  // The limit stays hit: it is raised again inside cdb.try, at the script's line.
  EXPECT_EQ(result.error.rfind((dir_ / "script.lua").string() + ":2: LIMIT_ROWS", 0), 0u)
      << result.error;
}

// ------------------------------------------------------------------------------ the REPL

TEST_F(LimitsRunTest, InTheReplRowsAreCountedPerInputAndAHitEndsOnlyThatInput) {
  luahost::SessionOptions options;
  options.database = dir_ / "conceptdb.sqlite";
  options.limits.rows = 3;
  luahost::Repl repl(options);
  using Outcome = luahost::Repl::Outcome;
  EXPECT_EQ(repl.evaluate("#cdb.sql.list('SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3')").text,
            "3");
  const auto over = repl.evaluate(
      "cdb.sql.list('SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 "
      "UNION ALL SELECT 4')");
  EXPECT_EQ(over.outcome, Outcome::kError);
  EXPECT_TRUE(contains(over.text, "LIMIT_ROWS")) << over.text;
  // The next input starts with a fresh count, and the session goes on.
  EXPECT_EQ(repl.evaluate("#cdb.sql.list('SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3')").text,
            "3");
}

// --------------------------------------------------------------------------- the watchdog

TEST(WatchdogTest, FiresOnlyWhenItsTimeHasComeBeforeItIsDestroyed) {
  std::atomic<int> fired{0};
  {
    luahost::Watchdog quick(5, [&fired] { ++fired; });
  }  // destroyed long before 5 s
  EXPECT_EQ(fired.load(), 0);
  {
    luahost::Watchdog slow(0.05, [&fired] { ++fired; });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  EXPECT_EQ(fired.load(), 1);
  {
    luahost::Watchdog never(0, [&fired] { ++fired; });
  }
  EXPECT_EQ(fired.load(), 1);
}

TEST(WatchdogTest, WaitsAMomentLongerThanTheTimeLimit) {
  EXPECT_EQ(luahost::watchdog_seconds(0), 0);  // no time limit, no watchdog
  EXPECT_DOUBLE_EQ(luahost::watchdog_seconds(2), 3);
  EXPECT_DOUBLE_EQ(luahost::watchdog_seconds(60), 66);
  EXPECT_DOUBLE_EQ(luahost::watchdog_seconds(1000), 1010);
}

}  // namespace
