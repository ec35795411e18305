// End-to-end tests of `conceptdb repl` fed from a file, as a user scripts it: values
// printed, Lists as tables, multi-line input, errors that do not end the session, and
// writes refused without --write and kept with it.
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

class ReplCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    const auto built = run_command({CONCEPTDB_BINARY, "build", "--corpus", "corpus", "--manifest",
                                    "corpus.toml", "--db", "test.sqlite"},
                                   dir_.path());
    ASSERT_EQ(built.exit_code, 0) << built.err;
  }

  // Runs `conceptdb repl --db test.sqlite OPTIONS < input` (stdin a file, not a terminal).
  CommandResult repl(const std::string& input, const std::string& options = "") {
    write_file(dir_ / "input.lua", input);
    return run_command(
        {"/bin/sh", "-c", "exec \"$0\" repl --db test.sqlite " + options + " < input.lua",
         CONCEPTDB_BINARY},
        dir_.path());
  }

  // The first column of the first row, read by a fresh session (what another run sees).
  std::string value(const std::string& sql) {
    const auto r = repl("cdb.sql.value(\"" + sql + "\")\n");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    return r.out;
  }

  TempDir dir_;
};

TEST_F(ReplCliTest, PrintsTheValuesOfExpressionsWithoutPrompts) {
  const auto r = repl("x = 1\nx + 1\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2\n");
  EXPECT_EQ(r.err, "") << "no banner and no prompt when stdin is not a terminal";
}

TEST_F(ReplCliTest, PrintsAListAsATable) {
  const auto r = repl("cdb.sql.list('SELECT key, kind FROM v_document ORDER BY key')\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "key    kind\n"
            "-----  ---------\n"
            "a      essay\n"
            "b      magazine\n"
            "b-p01  editorial\n"
            "b-p02  article\n");
}

TEST_F(ReplCliTest, AFunctionDefinedOverSeveralLines) {
  const auto r = repl(
      "function twice(n)\n"
      "\n"  // a blank line inside the definition belongs to it
      "  return 2 * n\n"
      "end\n"
      "twice(21)\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "42\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(ReplCliTest, AnErrorIsReportedAndTheSessionGoesOn) {
  const auto r = repl("nope\nprint('after')\nerror('again')\n'end'\n");
  EXPECT_EQ(r.exit_code, 0) << "errors do not change the exit status at the end of input";
  EXPECT_EQ(r.out, "after\nend\n");
  EXPECT_EQ(r.err.rfind("stdin:1: undefined global 'nope'", 0), 0u) << r.err;
  EXPECT_TRUE(contains(r.err, "\nstdin:1: again\n")) << r.err;
}

TEST_F(ReplCliTest, AnUnfinishedInputAtTheEndIsReported) {
  const auto r = repl("print('first')\nfunction f(\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "first\n");
  EXPECT_TRUE(contains(r.err, "<eof>")) << r.err;
}

TEST_F(ReplCliTest, AWriteIsRefusedWithoutWrite) {
  const auto r = repl("cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\")\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "READONLY")) << r.err;
  EXPECT_EQ(value("SELECT count(*) FROM meta WHERE key = 'note'"), "0\n");
}

TEST_F(ReplCliTest, AWriteIsKeptWithWriteUnlessItsInputFails) {
  const auto r = repl(
      "cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\")\n"
      "cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('other', 'y')\"); error('undo')\n",
      "--write");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "1\n");
  EXPECT_TRUE(contains(r.err, "undo")) << r.err;
  EXPECT_EQ(value("SELECT group_concat(key) FROM meta WHERE key IN ('note', 'other')"), "note\n");
}

TEST_F(ReplCliTest, HelpSaysHowWritesAreCommitted) {
  const auto r = run_command({CONCEPTDB_BINARY, "repl", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "--write")) << r.out;
  EXPECT_TRUE(contains(r.out, "commits when it succeeds")) << r.out;
}

}  // namespace
