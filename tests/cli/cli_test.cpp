// End-to-end tests of the conceptdb command line on a fixture corpus: exit codes (0 ok,
// 1 runtime error, 2 usage error), --help, build, run and query as a user types them.
#include <gtest/gtest.h>

#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::CommandResult;
using testing_support::run_command;
using testing_support::TempDir;
using testing_support::write_file;

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::write_fixture_corpus(dir_.path()); }

  CommandResult conceptdb(std::vector<std::string> args) {
    args.insert(args.begin(), CONCEPTDB_BINARY);
    return run_command(args, dir_.path());
  }

  CommandResult build() {
    return conceptdb(
        {"build", "--corpus", "corpus", "--manifest", "corpus.toml", "--db", "test.sqlite"});
  }

  TempDir dir_;
};

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},
           {"frobnicate"},
           {"query"},
           {"query", "SELECT 1", "--format", "xml"},
           {"build", "--no-such-option"},
           {"run"},
       }) {
    const auto r = conceptdb(args);
    EXPECT_EQ(r.exit_code, 2) << "args: " << ::testing::PrintToString(args) << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, "--help")) << r.err;
  }
}

TEST_F(CliTest, EveryCommandHasHelp) {
  for (const std::string command : {"build", "run", "query"}) {
    const auto r = conceptdb({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_TRUE(contains(r.out, "--db")) << command << ":\n" << r.out;
  }
  const auto top = conceptdb({"--help"});
  EXPECT_EQ(top.exit_code, 0);
  for (const std::string command : {"build", "run", "query"}) {
    EXPECT_TRUE(contains(top.out, command)) << top.out;
  }
}

TEST_F(CliTest, BuildPrintsAOneLineSummary) {
  const auto r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Timing varies; the counts do not: a and b, b's two pieces (the ad is left out); one
  // section per document (each opens with a heading); the essay's title, two paragraphs,
  // the editorial's heading and paragraph, the article's heading and paragraph, the page
  // number line outside every part.
  EXPECT_EQ(r.err.rfind("built test.sqlite: 2 files, 4 documents, 4 sections, 8 passages, ", 0), 0u)
      << r.err;
  EXPECT_TRUE(contains(r.err, "left out: 1 ads, 0 lines of page furniture")) << r.err;
  EXPECT_TRUE(r.out.empty()) << "messages go to stderr, data to stdout";
}

TEST_F(CliTest, FailedBuildExitsWithOneAndNamesTheFile) {
  ASSERT_EQ(build().exit_code, 0);
  write_file(dir_ / "corpus" / "b.txt", "anders\n");
  const auto r = build();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "b.txt")) << r.err;
  EXPECT_TRUE(contains(r.err, "sha256")) << r.err;
}

TEST_F(CliTest, RunPrintsWhatTheScriptPrints) {
  ASSERT_EQ(build().exit_code, 0);
  write_file(dir_ / "count.lua",
             "print(cdb.sql.value('SELECT count(*) FROM v_document WHERE kind = ?', "
             "{cdb.args.kind}))\n");
  const auto r = conceptdb({"run", "count.lua", "kind=editorial", "--db", "test.sqlite"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "1\n");
}

TEST_F(CliTest, ScriptsRunByNameAndDescribeThemselves) {
  ASSERT_EQ(build().exit_code, 0);
  std::filesystem::create_directories(dir_ / "scripts");
  write_file(dir_ / "scripts" / "hello.lua",
             "-- scripts/hello.lua — greets the corpus, and says how many\n"
             "-- documents it has.\n"
             "--\n"
             "-- Run:  conceptdb run hello\n"
             "print('hello ' .. cdb.sql.value('SELECT count(*) FROM v_document'))\n");
  const auto ran = conceptdb({"run", "hello", "--db", "test.sqlite"});
  EXPECT_EQ(ran.exit_code, 0) << ran.err;
  EXPECT_TRUE(contains(ran.out, "hello ")) << ran.out;
  const auto list = conceptdb({"scripts", "list"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_TRUE(contains(list.out, "hello  greets the corpus, and says how many documents it has."))
      << list.out;
  const auto help = conceptdb({"scripts", "help", "hello"});
  EXPECT_EQ(help.exit_code, 0) << help.err;
  EXPECT_TRUE(contains(help.out, "Run:  conceptdb run hello")) << help.out;
  const auto missing = conceptdb({"run", "goodbye", "--db", "test.sqlite"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "no script 'goodbye'")) << missing.err;
}

TEST_F(CliTest, ScriptErrorExitsWithOneAndReportsFileAndLine) {
  ASSERT_EQ(build().exit_code, 0);
  write_file(dir_ / "typo.lua", "local n = 1\nprint(nn)\n");
  const auto r = conceptdb({"run", "typo.lua", "--db", "test.sqlite"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("typo.lua:2: undefined global 'nn'", 0), 0u) << r.err;
  EXPECT_TRUE(contains(r.err, "stack traceback:")) << r.err;
}

TEST_F(CliTest, MissingScriptIsAUsageError) {
  ASSERT_EQ(build().exit_code, 0);
  const auto r = conceptdb({"run", "nope.lua", "--db", "test.sqlite"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "nope.lua")) << r.err;
}

TEST_F(CliTest, RunWithoutADatabaseTellsTheUserToBuild) {
  write_file(dir_ / "s.lua", "print(1)\n");
  const auto r = conceptdb({"run", "s.lua", "--db", "absent.sqlite"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "conceptdb build")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "absent.sqlite"));
}

TEST_F(CliTest, DefaultDatabaseIsFoundFromTheCurrentFolderUpwards) {
  std::filesystem::create_directories(dir_ / "db");
  std::filesystem::create_directories(dir_ / "work" / "deeper");
  ASSERT_EQ(conceptdb({"build", "--corpus", "corpus", "--manifest", "corpus.toml", "--db",
                       "db/conceptdb.sqlite"})
                .exit_code,
            0);
  const auto r = run_command(
      {CONCEPTDB_BINARY, "query", "SELECT count(*) AS n FROM v_file", "--format", "csv"},
      dir_ / "work" / "deeper");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "n\r\n2\r\n");
}

TEST_F(CliTest, QueryFormats) {
  ASSERT_EQ(build().exit_code, 0);
  const std::string sql =
      "SELECT key, title, year FROM v_document WHERE parent IS NULL ORDER BY key";
  const auto csv = conceptdb({"query", sql, "--format", "csv", "--db", "test.sqlite"});
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out, "key,title,year\r\na,Een essay,2011\r\nb,Blad 1,\r\n");

  const auto json = conceptdb({"query", sql, "--format", "json", "--db", "test.sqlite"});
  EXPECT_EQ(json.out,
            "[\n"
            "  {\"key\": \"a\", \"title\": \"Een essay\", \"year\": 2011},\n"
            "  {\"key\": \"b\", \"title\": \"Blad 1\", \"year\": null}\n"
            "]\n");

  const auto table = conceptdb({"query", sql, "--db", "test.sqlite"});
  EXPECT_EQ(table.out,
            "key  title      year\n"
            "---  ---------  ----\n"
            "a    Een essay  2011\n"
            "b    Blad 1         \n"
            "(2 rows)\n");
}

TEST_F(CliTest, QueryIsReadOnly) {
  ASSERT_EQ(build().exit_code, 0);
  const auto r = conceptdb({"query", "DELETE FROM passage", "--db", "test.sqlite"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "readonly")) << r.err;
  const auto n = conceptdb(
      {"query", "SELECT count(*) FROM passage", "--format", "csv", "--db", "test.sqlite"});
  EXPECT_EQ(n.out, "count(*)\r\n8\r\n");
}

TEST_F(CliTest, DatabaseFromANewerSchemaIsRefused) {
  ASSERT_EQ(build().exit_code, 0);
  // Simulate a newer conceptdb by raising user_version with the sqlite3 shell.
  const auto bump = run_command(
      {"/usr/bin/sqlite3", (dir_ / "test.sqlite").string(), "PRAGMA user_version = 99"});
  ASSERT_EQ(bump.exit_code, 0) << bump.err;
  const auto r = conceptdb({"query", "SELECT 1", "--db", "test.sqlite"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "newer conceptdb")) << r.err;
}

}  // namespace
