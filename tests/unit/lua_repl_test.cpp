// Tests of the REPL without a terminal: tab completion over the live state, inputs that
// need more lines, how results are printed, errors, transactions per input, limits and
// Ctrl-C (a real signal).
#include <gtest/gtest.h>
#include <sys/time.h>

#include <csignal>
#include <memory>

#include "ingest/build.hpp"
#include "lua/repl.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

using luahost::Repl;
using Outcome = luahost::Repl::Outcome;
using Candidates = std::vector<std::string>;

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

class ReplTest : public ::testing::Test {
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

  Repl& repl(bool writable = false, luahost::Limits limits = {}) {
    if (!repl_) {
      luahost::SessionOptions options;
      options.database = database();
      options.writable = writable;
      options.version = "test";
      options.limits = limits;
      repl_ = std::make_unique<Repl>(options);
    }
    return *repl_;
  }

  // Runs an input that must succeed; returns what it prints.
  std::string value(const std::string& input) {
    const Repl::Result result = repl().evaluate(input);
    EXPECT_EQ(result.outcome, Outcome::kDone) << input << "\n" << result.text;
    return result.text;
  }

  Candidates complete(const std::string& line) {
    return repl().complete(line, line.size()).candidates;
  }

  std::int64_t count(const std::string& sql) {
    store::Database db = store::open_conceptdb(database(), store::OpenMode::kReadOnly);
    store::Statement st = db.prepare(sql);
    st.step();
    return st.column_int64(0);
  }

  testing_support::TempDir dir_;
  std::unique_ptr<Repl> repl_;
};

// ---------------------------------------------------------------------------- completion

TEST_F(ReplTest, CompletesNamesOfCdbAndItsNestedTables) {
  EXPECT_EQ(complete("cdb.sq"), Candidates{"cdb.sql"});
  EXPECT_EQ(complete("cdb.sql.ro"), Candidates{"cdb.sql.rows"});
  const luahost::Completion inside = repl().complete("for r in cdb.sql.fi", 19);
  EXPECT_EQ(inside.start, 9u);
  EXPECT_EQ(inside.candidates, Candidates{"cdb.sql.first"});
  // The cursor in the middle of the line: only what is before it counts.
  EXPECT_EQ(repl().complete("cdb.sql.va(1)", 10).candidates, Candidates{"cdb.sql.value"});
  const Candidates sql = complete("cdb.sql.");
  for (const std::string name : {"cdb.sql.rows", "cdb.sql.first", "cdb.sql.value", "cdb.sql.exec",
                                 "cdb.sql.prepare", "cdb.sql.atomic"}) {
    EXPECT_NE(std::find(sql.begin(), sql.end(), name), sql.end()) << name;
  }
  EXPECT_TRUE(std::is_sorted(sql.begin(), sql.end()));
}

TEST_F(ReplTest, HidesUnderscoreNamesUntilAnUnderscoreIsTyped) {
  for (const std::string& name : complete("cdb."))
    EXPECT_NE(name.rfind("cdb._", 0), 0u) << name;
  const Candidates hidden = complete("cdb._");
  EXPECT_FALSE(hidden.empty());
  for (const std::string& name : hidden)
    EXPECT_EQ(name.rfind("cdb._", 0), 0u) << name;
}

TEST_F(ReplTest, CompletesGlobalsAndKeywords) {
  value("my_documents = 4");
  EXPECT_EQ(complete("my_d"), Candidates{"my_documents"});
  EXPECT_EQ(complete("x = my_documents + my_d"), Candidates{"my_documents"});
  EXPECT_EQ(complete("pri"), (Candidates{"print"}));
  EXPECT_EQ(complete("retu"), (Candidates{"return"}));
  EXPECT_EQ(complete("string.up"), (Candidates{"string.upper"}));
}

TEST_F(ReplTest, CompletesMethodsOfAValueFromItsMetatable) {
  value("d = cdb.document('a')");
  EXPECT_EQ(complete("d:pa"), Candidates{"d:passages("});
  // After ':' only functions; after '.' the fields too, the value's own and its methods.
  EXPECT_TRUE(complete("d:ke").empty());
  EXPECT_EQ(complete("d.ke"), Candidates{"d.key"});
  EXPECT_EQ(complete("d.passa"), (Candidates{"d.passage_count", "d.passages"}));
  value("list = cdb.List{1, 2}");
  EXPECT_EQ(complete("list:ma"), Candidates{"list:map("});
  value("s = 'tekst'");
  EXPECT_EQ(complete("s:up"), Candidates{"s:upper("});
}

TEST_F(ReplTest, OffersNothingWhereNoNameCanFollow) {
  EXPECT_TRUE(complete("zzz_nothing").empty());
  EXPECT_TRUE(complete("undefined_table.x").empty());
  EXPECT_TRUE(complete("cdb.sql.rows.x").empty());         // a function has no fields
  EXPECT_TRUE(complete("print(\"cdb.sq").empty());         // inside a string
  EXPECT_TRUE(complete("x = [[ cdb.sq").empty());          // inside a long string
  EXPECT_TRUE(complete("-- cdb.sq").empty());              // inside a comment
  EXPECT_TRUE(complete("cdb.concept('plg'):me").empty());  // the value of a call is unknown
  EXPECT_TRUE(complete("1.5").empty());
  // Completing runs no Lua code: an __index function is not called.
  value("trap = setmetatable({}, {__index = function() error('called') end})");
  EXPECT_TRUE(complete("trap.x").empty());
  EXPECT_EQ(value("1"), "1");
}

// ---------------------------------------------------------------------------- input

TEST_F(ReplTest, AnInputThatEndsTooEarlyAsksForMore) {
  for (const std::string input :
       {"function f()", "for i = 1, 3 do", "t = {", "x = [[abc", "if true then", "print(1,"}) {
    EXPECT_EQ(repl().evaluate(input).outcome, Outcome::kIncomplete) << input;
  }
  // The same input with its last lines is whole.
  EXPECT_EQ(value("function f()\n  return 21 * 2\nend"), "");
  EXPECT_EQ(value("f()"), "42");
  // Wrong rather than unfinished: an error at once (a short string cannot go on over a
  // line break).
  for (const std::string input : {"x = = 1", "end", "x = 'abc\ndef'"}) {
    const Repl::Result result = repl().evaluate(input);
    EXPECT_EQ(result.outcome, Outcome::kError) << input;
    EXPECT_EQ(result.text.rfind("stdin:1:", 0), 0u) << result.text;
  }
}

TEST_F(ReplTest, GlobalsStayFromOneInputToTheNext) {
  EXPECT_EQ(value("x = 1"), "");
  EXPECT_EQ(value("x + 1"), "2");
  EXPECT_EQ(value("local y = 5"), "");
  EXPECT_EQ(repl().evaluate("y").outcome, Outcome::kError);  // a local lives in its input
}

// ---------------------------------------------------------------------------- printing

TEST_F(ReplTest, PrintsValuesAsTheLuaInterpreterDoes) {
  EXPECT_EQ(value("1 + 1"), "2");
  EXPECT_EQ(value("'a', 1, 2.5"), "a\t1\t2.5");
  EXPECT_EQ(value("nil, 1"), "nil\t1");
  EXPECT_EQ(value("nil"), "");  // nil results print nothing
  EXPECT_EQ(value("print('printed')"), "");
  EXPECT_EQ(value("cdb.document('a')"), "a Een essay");  // a value that prints itself
  EXPECT_EQ(value("{}"), "{}");
}

TEST_F(ReplTest, PrintsListsAndRecordsAsAlignedTables) {
  EXPECT_EQ(value("cdb.List{{name = 'a', n = 1}, {name = 'bb', n = 22}}"),
            " n  name\n"
            "--  ----\n"
            " 1  a\n"
            "22  bb");
  // A plain array of records, and one record (a row from cdb.sql.first).
  EXPECT_EQ(value("{{k = 'x'}, {k = 'y'}}"), "k\n-\nx\ny");
  EXPECT_EQ(value("cdb.sql.first('SELECT title, year FROM v_document WHERE key = ?', {'a'})"),
            "title      year\n"
            "---------  ----\n"
            "Een essay  2011");
  // A table of functions shows its fields and what they hold.
  EXPECT_EQ(value("{ run = print, n = 3 }"),
            "key  value\n"
            "---  --------\n"
            "n    3\n"
            "run  function");
}

TEST_F(ReplTest, ALongListShowsItsFirstFiftyRows) {
  value("numbers = {}\nfor i = 1, 60 do numbers[i] = i end");
  const std::string text = value("cdb.List(numbers)");
  EXPECT_EQ(text.rfind("1\n2\n", 0), 0u) << text;
  EXPECT_TRUE(contains(text, "\n50\n… 10 more rows")) << text;
  EXPECT_FALSE(contains(text, "\n51\n")) << text;
}

// ---------------------------------------------------------------------------- errors

TEST_F(ReplTest, AnErrorNamesTheLineWithinTheInputAndTheSessionGoesOn) {
  Repl::Result result = repl().evaluate("local a = 1\nerror('second line')");
  EXPECT_EQ(result.outcome, Outcome::kError);
  EXPECT_EQ(result.text, "stdin:2: second line");
  result = repl().evaluate("nope");
  EXPECT_EQ(result.outcome, Outcome::kError);
  EXPECT_EQ(result.text.rfind("stdin:1: undefined global 'nope'", 0), 0u) << result.text;
  result = repl().evaluate("cdb.sql.value('SELECT nothing FROM nowhere')");
  EXPECT_TRUE(contains(result.text, "stdin:1: SQL:")) << result.text;
  EXPECT_EQ(value("'still here'"), "still here");
}

// ---------------------------------------------------------------------------- transactions

TEST_F(ReplTest, AReadOnlySessionRefusesWrites) {
  const Repl::Result result =
      repl().evaluate("cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\")");
  EXPECT_EQ(result.outcome, Outcome::kError);
  EXPECT_TRUE(contains(result.text, "READONLY")) << result.text;
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'note'"), 0);
}

TEST_F(ReplTest, AWritableSessionCommitsEachInputThatSucceeds) {
  repl(true);
  EXPECT_EQ(value("cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('note', 'x')\")"), "1");
  // Committed at once, while the session goes on.
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'note'"), 1);
  const Repl::Result failed = repl().evaluate(
      "cdb.sql.exec(\"INSERT INTO meta(key, value) VALUES ('other', 'y')\")\nerror('stop')");
  EXPECT_EQ(failed.outcome, Outcome::kError);
  EXPECT_EQ(count("SELECT count(*) FROM meta WHERE key = 'other'"), 0);
  EXPECT_EQ(value("cdb.sql.value(\"SELECT count(*) FROM meta WHERE key = 'note'\")"), "1");
}

// ---------------------------------------------------------------------------- limits

luahost::Limits short_time() {
  luahost::Limits limits;
  limits.seconds = 0.3;
  return limits;
}

TEST_F(ReplTest, EachInputHasTheFullTimeLimit) {
  repl(false, short_time());
  for (int i = 0; i < 2; ++i) {
    const Repl::Result result =
        repl().evaluate("while true do pcall(function() while true do end end) end");
    EXPECT_EQ(result.outcome, Outcome::kError);
    EXPECT_TRUE(contains(result.text, "LIMIT_TIME")) << result.text;
  }
  // The clock starts again with every input: a short one after two timeouts runs.
  EXPECT_EQ(value("'in time'"), "in time");
}

TEST_F(ReplTest, TheMemoryLimitEndsTheSession) {
  luahost::Limits limits;
  limits.memory_bytes = 16u << 20u;
  repl(false, limits);
  const Repl::Result result = repl().evaluate(
      "t = {}\nfor i = 1, 1e7 do pcall(function() t[#t + 1] = ('x'):rep(64) .. i end) end");
  EXPECT_EQ(result.outcome, Outcome::kFatal);
  EXPECT_TRUE(contains(result.text, "LIMIT_MEM")) << result.text;
}

// Sends SIGALRM after `seconds`, whose handler interrupts the REPL as Ctrl-C does.
Repl* interrupted_repl = nullptr;

class AlarmInterrupt {
 public:
  AlarmInterrupt(Repl& repl, double seconds) {
    interrupted_repl = &repl;
    struct sigaction action {};
    action.sa_handler = [](int) { interrupted_repl->interrupt(); };
    sigemptyset(&action.sa_mask);
    sigaction(SIGALRM, &action, &previous_);
    itimerval timer{};
    timer.it_value.tv_usec = static_cast<suseconds_t>(seconds * 1e6);
    setitimer(ITIMER_REAL, &timer, nullptr);
  }
  ~AlarmInterrupt() {
    itimerval off{};
    setitimer(ITIMER_REAL, &off, nullptr);
    sigaction(SIGALRM, &previous_, nullptr);
    interrupted_repl = nullptr;
  }

 private:
  struct sigaction previous_ {};
};

TEST_F(ReplTest, AnInterruptStopsLuaAndSqliteAndTheSessionGoesOn) {
  luahost::Limits no_time;
  no_time.seconds = 0;
  repl(false, no_time);
  {
    AlarmInterrupt alarm(repl(), 0.2);
    const Repl::Result result =
        repl().evaluate("while true do pcall(function() while true do end end) end");
    EXPECT_EQ(result.outcome, Outcome::kError);
    EXPECT_TRUE(contains(result.text, "INTERRUPTED")) << result.text;
  }
  {
    AlarmInterrupt alarm(repl(), 0.2);
    const Repl::Result result = repl().evaluate(
        "cdb.sql.value('WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT count(*) FROM r')");
    EXPECT_EQ(result.outcome, Outcome::kError);
    EXPECT_TRUE(contains(result.text, "INTERRUPTED")) << result.text;
  }
  EXPECT_FALSE(repl().interrupt());  // nothing runs now
  EXPECT_EQ(value("1 + 2"), "3");
}

}  // namespace
