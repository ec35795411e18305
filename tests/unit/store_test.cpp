// Tests the store layer: Database, Statement, Transaction/Savepoint, ScriptGuard, file_replace.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <string>
#include <variant>

#include "store/database.hpp"
#include "store/error.hpp"
#include "store/file_replace.hpp"
#include "store/script_guard.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"
#include "store/value.hpp"
#include "support/test_support.hpp"

namespace {

using store::Database;
using store::OpenMode;
using store::Statement;
using store::StoreError;
using testing_support::read_file;
using testing_support::TempDir;
using testing_support::write_file;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<Database>(Database::open(dir_ / "test.sqlite", OpenMode::kCreate));
    db().exec("CREATE TABLE t (x INTEGER)");
  }

  Database& db() { return *db_; }

  std::int64_t count_rows() {
    Statement st = db().prepare("SELECT count(*) FROM t");
    EXPECT_TRUE(st.step());
    return st.column_int64(0);
  }

  void insert(std::int64_t x) { db().prepare("INSERT INTO t VALUES (?)").bind(1, x).run(); }

  TempDir dir_;
  std::unique_ptr<Database> db_;
};

// Expects preparing `sql` to fail because the ScriptGuard refused it.
void expect_not_authorized(Database& db, const std::string& sql) {
  try {
    db.prepare(sql);
    ADD_FAILURE() << "'" << sql << "' was allowed under a ScriptGuard";
  } catch (const StoreError& e) {
    EXPECT_TRUE(e.is_not_authorized()) << sql << ": " << e.what();
  }
}

// ------------------------------------------------------------------------ transactions

TEST_F(StoreTest, TransactionRollsBackWhenAnExceptionUnwindsPastIt) {
  try {
    store::Transaction tx(db());
    insert(1);
    insert(2);
    EXPECT_EQ(count_rows(), 2);  // visible inside the transaction
    throw std::runtime_error("boom");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(count_rows(), 0);
}

TEST_F(StoreTest, TransactionLeftWithoutCommitRollsBack) {
  {
    store::Transaction tx(db(), store::TransactionKind::kImmediate);
    insert(1);
    EXPECT_TRUE(tx.is_open());
  }
  EXPECT_EQ(count_rows(), 0);
}

TEST_F(StoreTest, TransactionCommitKeepsRows) {
  {
    store::Transaction tx(db());
    insert(1);
    insert(2);
    tx.commit();
    EXPECT_FALSE(tx.is_open());
  }
  EXPECT_EQ(count_rows(), 2);
  // The rows are in the file, not only in this connection.
  Database other = Database::open(dir_ / "test.sqlite", OpenMode::kReadOnly);
  Statement st = other.prepare("SELECT count(*) FROM t");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 2);
}

TEST_F(StoreTest, TransactionExplicitRollbackUndoesAndCanBeRepeated) {
  store::Transaction tx(db());
  insert(1);
  tx.rollback();
  EXPECT_FALSE(tx.is_open());
  EXPECT_EQ(count_rows(), 0);
  tx.rollback();       // a second rollback (and the destructor's) does nothing and does not throw
  db().exec("BEGIN");  // no transaction is left open
  db().exec("COMMIT");
}

TEST_F(StoreTest, SavepointRollsBackToItsStartUnlessReleased) {
  store::Transaction tx(db());
  insert(1);
  {
    store::Savepoint sp(db(), "inner");
    insert(2);
    insert(3);
    EXPECT_EQ(count_rows(), 3);
  }
  EXPECT_EQ(count_rows(), 1);  // back to the savepoint's start, outer work kept
  {
    store::Savepoint sp(db(), "inner");
    insert(4);
    sp.release();
  }
  EXPECT_EQ(count_rows(), 2);
  tx.commit();
  EXPECT_EQ(count_rows(), 2);
  Statement st = db().prepare("SELECT group_concat(x) FROM (SELECT x FROM t ORDER BY x)");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_text(0), "1,4");
}

TEST_F(StoreTest, SavepointRollsBackWhenAnExceptionUnwinds) {
  store::Transaction tx(db());
  insert(1);
  try {
    store::Savepoint sp(db(), "step");
    insert(2);
    throw std::runtime_error("boom");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(count_rows(), 1);
  tx.commit();
  EXPECT_EQ(count_rows(), 1);
}

// ------------------------------------------------------------------------ statements

TEST_F(StoreTest, StatementIsReusedWithNewBindingsAfterReset) {
  Statement st = db().prepare("SELECT ? * 2");
  st.bind(1, 21);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 42);
  EXPECT_FALSE(st.step());
  st.reset();
  st.bind(1, 5);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 10);
}

TEST_F(StoreTest, ResetKeepsBindingsUntilClearBindings) {
  Statement st = db().prepare("SELECT ?");
  st.bind(1, "kept");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_text(0), "kept");
  st.reset();
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_text(0), "kept");
  st.reset();
  st.clear_bindings();
  ASSERT_TRUE(st.step());
  EXPECT_TRUE(st.is_null(0));
}

TEST_F(StoreTest, InsertStatementReusedForManyRows) {
  Statement st = db().prepare("INSERT INTO t VALUES (:x)");
  for (int i = 1; i <= 3; ++i) {
    st.reset();
    st.bind("x", i * 10);
    st.run();
    EXPECT_EQ(db().changes(), 1);
    EXPECT_EQ(db().last_insert_rowid(), i);
  }
  Statement sum = db().prepare("SELECT sum(x) FROM t");
  ASSERT_TRUE(sum.step());
  EXPECT_EQ(sum.column_int64(0), 60);
}

TEST_F(StoreTest, BindsByPosition) {
  Statement st = db().prepare("SELECT ?, ?, ?, ?");
  EXPECT_EQ(st.parameter_count(), 4);
  st.bind(1, 7).bind(2, 1.5).bind(3, "text").bind_null(4);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_type(0), store::ColumnType::kInteger);
  EXPECT_EQ(st.column_int64(0), 7);
  EXPECT_EQ(st.column_type(1), store::ColumnType::kFloat);
  EXPECT_EQ(st.column_double(1), 1.5);
  EXPECT_EQ(st.column_type(2), store::ColumnType::kText);
  EXPECT_EQ(st.column_text(2), "text");
  EXPECT_EQ(st.column_type(3), store::ColumnType::kNull);
}

TEST_F(StoreTest, BindsByNameWithAndWithoutSigil) {
  Statement st = db().prepare("SELECT :a, @b, $c");
  EXPECT_EQ(st.parameter_count(), 3);
  EXPECT_EQ(st.parameter_index("a"), 1);
  EXPECT_EQ(st.parameter_index(":a"), 1);
  EXPECT_EQ(st.parameter_index("b"), 2);
  EXPECT_EQ(st.parameter_index("@b"), 2);
  EXPECT_EQ(st.parameter_index("c"), 3);
  EXPECT_EQ(st.parameter_index("$c"), 3);
  EXPECT_EQ(st.parameter_name(1), ":a");
  EXPECT_EQ(st.parameter_name(2), "@b");
  EXPECT_EQ(st.parameter_name(3), "$c");

  st.bind(":a", std::int64_t{1}).bind("b", std::string("two")).bind("$c", 3.5);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 1);
  EXPECT_EQ(st.column_text(1), "two");
  EXPECT_EQ(st.column_double(2), 3.5);

  st.reset();
  st.bind("a", std::int64_t{10}).bind("@b", std::string("zwei")).bind("c", 0.25);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 10);
  EXPECT_EQ(st.column_text(1), "zwei");
  EXPECT_EQ(st.column_double(2), 0.25);
}

TEST_F(StoreTest, PositionalParameterHasNoName) {
  Statement st = db().prepare("SELECT ?, :named");
  EXPECT_EQ(st.parameter_name(1), "");
  EXPECT_EQ(st.parameter_name(2), ":named");
  EXPECT_EQ(st.parameter_index("missing"), 0);
}

TEST_F(StoreTest, UnknownParameterNameThrowsStoreError) {
  Statement st = db().prepare("SELECT :a");
  EXPECT_THROW(st.bind("b", std::int64_t{1}), StoreError);
  EXPECT_THROW(st.bind(":b", std::int64_t{1}), StoreError);
  EXPECT_THROW(st.bind("", std::int64_t{1}), StoreError);
  try {
    st.bind("nope", std::int64_t{1});
    FAIL() << "no exception";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("nope"), std::string::npos) << e.what();
  }
}

TEST_F(StoreTest, PositionOutOfRangeThrowsStoreError) {
  Statement st = db().prepare("SELECT ?");
  EXPECT_THROW(st.bind(2, 1), StoreError);
  EXPECT_THROW(st.bind(0, 1), StoreError);
}

TEST_F(StoreTest, BindsStoreValues) {
  Statement st = db().prepare("SELECT ?, ?, ?, ?, ?");
  st.bind(1, store::Value{store::Null{}});
  st.bind(2, store::Value{std::int64_t{-5}});
  st.bind(3, store::Value{0.5});
  st.bind(4, store::Value{std::string("s")});
  st.bind(5, store::Value{store::Blob{{0x00, 0xff}}});
  ASSERT_TRUE(st.step());
  EXPECT_TRUE(store::is_null(st.column_value(0)));
  EXPECT_EQ(st.column_value(1), store::Value{std::int64_t{-5}});
  EXPECT_EQ(st.column_value(2), store::Value{0.5});
  EXPECT_EQ(st.column_value(3), store::Value{std::string("s")});
  EXPECT_EQ(st.column_value(4), (store::Value{store::Blob{{0x00, 0xff}}}));
}

TEST_F(StoreTest, ColumnValueKeepsExact64BitIntegers) {
  const std::int64_t big = (std::int64_t{1} << 62) + 1;  // 4611686018427387905, not a double
  const std::int64_t min = std::numeric_limits<std::int64_t>::min();
  const std::int64_t max = std::numeric_limits<std::int64_t>::max();
  insert(big);
  insert(min);
  insert(max);
  Statement st = db().prepare("SELECT x FROM t ORDER BY rowid");
  ASSERT_TRUE(st.step());
  store::Value v = st.column_value(0);
  ASSERT_TRUE(std::holds_alternative<std::int64_t>(v));
  EXPECT_EQ(std::get<std::int64_t>(v), 4611686018427387905);
  ASSERT_TRUE(st.step());
  v = st.column_value(0);
  ASSERT_TRUE(std::holds_alternative<std::int64_t>(v));
  EXPECT_EQ(std::get<std::int64_t>(v), min);
  ASSERT_TRUE(st.step());
  v = st.column_value(0);
  ASSERT_TRUE(std::holds_alternative<std::int64_t>(v));
  EXPECT_EQ(std::get<std::int64_t>(v), 9223372036854775807);
  EXPECT_FALSE(st.step());
}

TEST_F(StoreTest, ColumnValueOfIntegerLiteralInSql) {
  Statement st = db().prepare("SELECT 4611686018427387905, -9223372036854775808");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_value(0), store::Value{std::int64_t{4611686018427387905}});
  EXPECT_EQ(st.column_value(1), store::Value{std::numeric_limits<std::int64_t>::min()});
}

TEST_F(StoreTest, ColumnValueKeepsFloatsAsFloats) {
  Statement st = db().prepare("SELECT 0.1, 2.0, 1e300");
  ASSERT_TRUE(st.step());
  store::Value v = st.column_value(0);
  ASSERT_TRUE(std::holds_alternative<double>(v));
  EXPECT_EQ(std::get<double>(v), 0.1);
  v = st.column_value(1);
  ASSERT_TRUE(std::holds_alternative<double>(v));  // 2.0 is not turned into the integer 2
  EXPECT_EQ(std::get<double>(v), 2.0);
  EXPECT_EQ(st.column_value(2), store::Value{1e300});
}

TEST_F(StoreTest, ColumnValueReturnsUtf8TextUnchanged) {
  const std::string text = "caf\xC3\xA9 \xE2\x80\x98quoted\xE2\x80\x99 \xF0\x9F\x98\x80";
  Statement st = db().prepare("SELECT ?, length(?)");
  st.bind(1, text).bind(2, text);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_value(0), store::Value{text});
  EXPECT_EQ(st.column_text(0), text);
  EXPECT_EQ(st.column_int64(1), 15);  // SQLite counts characters: the text is valid UTF-8
}

TEST_F(StoreTest, TextWithEmbeddedNulIsKeptWhole) {
  const std::string text("a\0b", 3);
  Statement st = db().prepare("SELECT ?");
  st.bind(1, text);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_text(0), text);
  EXPECT_EQ(st.column_value(0), store::Value{text});
}

TEST_F(StoreTest, ColumnValueOfNullAndNullAsText) {
  Statement st = db().prepare("SELECT NULL AS n");
  ASSERT_TRUE(st.step());
  EXPECT_TRUE(store::is_null(st.column_value(0)));
  EXPECT_TRUE(st.is_null(0));
  EXPECT_EQ(st.column_text(0), "");
  EXPECT_EQ(st.column_name(0), "n");
}

TEST_F(StoreTest, ColumnValueOfBlob) {
  Statement st = db().prepare("SELECT x'00FF10'");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_type(0), store::ColumnType::kBlob);
  EXPECT_EQ(st.column_value(0), (store::Value{store::Blob{{0x00, 0xFF, 0x10}}}));
}

TEST_F(StoreTest, ColumnIndexOutOfRangeThrows) {
  Statement st = db().prepare("SELECT 1 AS one, 2 AS two");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_count(), 2);
  EXPECT_THROW(st.column_value(2), StoreError);
  EXPECT_THROW(st.column_value(-1), StoreError);
  EXPECT_THROW(st.column_int64(2), StoreError);
  EXPECT_THROW(st.column_double(5), StoreError);
  EXPECT_THROW(st.column_text(2), StoreError);
  EXPECT_THROW(st.column_name(2), StoreError);
  EXPECT_THROW(st.column_type(-1), StoreError);
  try {
    st.column_value(2);
  } catch (const StoreError& e) {
    EXPECT_EQ(e.sqlite_code(), StoreError::kNotSqlite);
  }
}

TEST_F(StoreTest, SecondStatementInOnePrepareIsRefused) {
  EXPECT_THROW(db().prepare("SELECT 1; SELECT 2"), StoreError);
  EXPECT_THROW(db().prepare("INSERT INTO t VALUES (1); DROP TABLE t"), StoreError);
  // A trailing semicolon and white space are not a second statement.
  Statement st = db().prepare("SELECT 1;  \n\t");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 1);
}

// A comment after the one statement is not a second statement.
TEST_F(StoreTest, TrailingCommentAfterTheStatementIsAccepted) {
  Statement st = db().prepare("SELECT 1; -- the answer\n");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 1);
  EXPECT_NO_THROW(db().prepare("SELECT 2; /* done */"));
}

TEST_F(StoreTest, EmptyOrBrokenSqlThrowsStoreError) {
  EXPECT_THROW(db().prepare(""), StoreError);
  EXPECT_THROW(db().prepare("   "), StoreError);
  EXPECT_THROW(db().prepare("SELEC 1"), StoreError);
  try {
    db().prepare("SELECT * FROM no_such_table");
    FAIL() << "no exception";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_table"), std::string::npos) << e.what();
  }
}

TEST_F(StoreTest, FailedStepThrowsWithExtendedCodeAndStatementStaysUsable) {
  db().exec("CREATE TABLE u (k TEXT UNIQUE)");
  Statement st = db().prepare("INSERT INTO u VALUES (?)");
  st.bind(1, "a");
  st.run();
  st.reset();
  try {
    st.run();  // the same value again
    FAIL() << "no exception";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.sqlite_code(), SQLITE_CONSTRAINT_UNIQUE);
    EXPECT_FALSE(e.is_readonly());
  }
  st.bind(1, "b");
  st.run();
  Statement count = db().prepare("SELECT count(*) FROM u");
  ASSERT_TRUE(count.step());
  EXPECT_EQ(count.column_int64(0), 2);
}

TEST_F(StoreTest, StatementReportsWhetherItIsReadOnly) {
  EXPECT_TRUE(db().prepare("SELECT x FROM t").is_readonly());
  EXPECT_FALSE(db().prepare("INSERT INTO t VALUES (1)").is_readonly());
  EXPECT_FALSE(db().prepare("DELETE FROM t").is_readonly());
}

TEST_F(StoreTest, MovedStatementKeepsWorking) {
  Statement a = db().prepare("SELECT 3");
  Statement b = std::move(a);
  ASSERT_TRUE(b.step());
  EXPECT_EQ(b.column_int64(0), 3);
  EXPECT_EQ(b.sql(), "SELECT 3");
}

// ------------------------------------------------------------------------ database

TEST_F(StoreTest, ForeignKeysAreOnForEveryConnection) {
  EXPECT_EQ(db().pragma_int("foreign_keys"), 1);
  db().exec(
      "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
      "CREATE TABLE child (p INTEGER REFERENCES parent(id))");
  EXPECT_THROW(db().exec("INSERT INTO child VALUES (99)"), StoreError);
}

TEST_F(StoreTest, PragmaIntReadsSettings) {
  db().exec("PRAGMA user_version = 42");
  EXPECT_EQ(db().pragma_int("user_version"), 42);
}

TEST_F(StoreTest, ReadOnlyDatabaseRefusesInsert) {
  insert(1);
  Database ro = Database::open(dir_ / "test.sqlite", OpenMode::kReadOnly);
  EXPECT_TRUE(ro.is_readonly());
  EXPECT_FALSE(db().is_readonly());
  try {
    ro.prepare("INSERT INTO t VALUES (2)").run();
    FAIL() << "the insert was not refused";
  } catch (const StoreError& e) {
    EXPECT_TRUE(e.is_readonly()) << e.what() << " (code " << e.sqlite_code() << ")";
  }
  try {
    ro.exec("DELETE FROM t");
    FAIL() << "the delete was not refused";
  } catch (const StoreError& e) {
    EXPECT_TRUE(e.is_readonly()) << e.what();
  }
  // Reading still works, and nothing changed.
  Statement st = ro.prepare("SELECT count(*) FROM t");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 1);
}

TEST_F(StoreTest, OpeningAMissingFileWithoutCreateThrows) {
  EXPECT_THROW(Database::open(dir_ / "missing.sqlite", OpenMode::kReadOnly), StoreError);
  EXPECT_THROW(Database::open(dir_ / "missing.sqlite", OpenMode::kReadWrite), StoreError);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "missing.sqlite"));
}

TEST_F(StoreTest, CreateModeMakesTheFile) {
  const auto path = dir_ / "new.sqlite";
  {
    Database created = Database::open(path, OpenMode::kCreate);
    created.exec("CREATE TABLE z (a)");
    EXPECT_EQ(created.path(), path);
  }
  EXPECT_TRUE(std::filesystem::exists(path));
  Database again = Database::open(path, OpenMode::kReadWrite);
  EXPECT_NO_THROW(again.prepare("SELECT a FROM z"));
}

TEST_F(StoreTest, OpeningAFileThatIsNotADatabaseThrowsAtOpen) {
  const auto path = dir_ / "text.sqlite";
  write_file(path, std::string(4096, 'x') + "this is not an SQLite database");
  try {
    Database::open(path, OpenMode::kReadOnly);
    FAIL() << "no exception";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.sqlite_code() & 0xff, SQLITE_NOTADB) << e.what();
  }
}

TEST_F(StoreTest, MovedDatabaseKeepsTheConnection) {
  insert(5);
  Database moved = std::move(*db_);
  Statement st = moved.prepare("SELECT x FROM t");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 5);
  EXPECT_EQ(moved.path(), dir_ / "test.sqlite");
}

TEST_F(StoreTest, ForbidAttachRefusesAttach) {
  const std::string attach = "ATTACH '" + (dir_ / "other.sqlite").string() + "' AS other";
  db().exec(attach);  // allowed before
  db().exec("DETACH other");
  db().forbid_attach();
  EXPECT_THROW(db().exec(attach), StoreError);
}

TEST_F(StoreTest, InterruptStopsARunningStatement) {
  Statement st = db().prepare(
      "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c");
  ASSERT_TRUE(st.step());  // the endless statement is now running
  db().interrupt();
  try {
    while (st.step()) {
    }
    FAIL() << "the statement was not interrupted";
  } catch (const StoreError& e) {
    EXPECT_TRUE(e.is_interrupt()) << e.what();
  }
  // The connection stays usable.
  EXPECT_EQ(count_rows(), 0);
}

// ------------------------------------------------------------------------ script guard

TEST_F(StoreTest, ScriptGuardRefusesTransactionControlAttachAndSettingPragmas) {
  store::Transaction tx(db());
  {
    store::ScriptGuard guard(db());
    expect_not_authorized(db(), "BEGIN");
    expect_not_authorized(db(), "COMMIT");
    expect_not_authorized(db(), "END");
    expect_not_authorized(db(), "ROLLBACK");
    expect_not_authorized(db(), "ATTACH '" + (dir_ / "x.sqlite").string() + "' AS x");
    expect_not_authorized(db(), "DETACH main");
    expect_not_authorized(db(), "PRAGMA writable_schema = 1");
    expect_not_authorized(db(), "PRAGMA query_only = 0");
    expect_not_authorized(db(), "PRAGMA query_only = OFF");
    expect_not_authorized(db(), "PRAGMA journal_mode = DELETE");
    expect_not_authorized(db(), "PRAGMA foreign_keys = OFF");
    expect_not_authorized(db(), "PRAGMA user_version = 7");
    expect_not_authorized(db(), "PRAGMA WRITABLE_SCHEMA = 1");
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "x.sqlite"));
  EXPECT_EQ(db().pragma_int("user_version"), 0);
  EXPECT_EQ(db().pragma_int("foreign_keys"), 1);
}

TEST_F(StoreTest, ScriptGuardAllowsQueriesWritesAndReadOnlyPragmas) {
  store::Transaction tx(db());
  store::ScriptGuard guard(db());
  insert(1);
  EXPECT_EQ(count_rows(), 1);

  Statement info = db().prepare("PRAGMA table_info(t)");
  ASSERT_TRUE(info.step());
  EXPECT_EQ(info.column_text(1), "x");  // column 1 of table_info is the column name
}

TEST_F(StoreTest, ScriptGuardAllowsReadingUserVersionAndIndexList) {
  db().exec("PRAGMA user_version = 3");
  store::Transaction tx(db());
  store::ScriptGuard guard(db());
  Statement version = db().prepare("PRAGMA user_version");
  ASSERT_TRUE(version.step());
  EXPECT_EQ(version.column_int64(0), 3);
  EXPECT_NO_THROW(db().prepare("PRAGMA application_id"));
  EXPECT_NO_THROW(db().prepare("PRAGMA index_list(t)"));
  EXPECT_NO_THROW(db().prepare("PRAGMA foreign_key_list(t)"));
}

// SQL keywords and PRAGMA names are case-insensitive: a script that writes PRAGMA names in
// upper case expects the same answer as in lower case.
TEST_F(StoreTest, ScriptGuardAllowsReadOnlyPragmasWrittenInUpperCase) {
  store::Transaction tx(db());
  store::ScriptGuard guard(db());
  EXPECT_NO_THROW(db().prepare("PRAGMA TABLE_INFO(t)"));
  EXPECT_NO_THROW(db().prepare("PRAGMA User_Version"));
}

TEST_F(StoreTest, ScriptGuardGoneMeansBeginWorksAgain) {
  {
    store::ScriptGuard guard(db());
    expect_not_authorized(db(), "BEGIN");
  }
  EXPECT_NO_THROW(db().exec("BEGIN"));
  EXPECT_NO_THROW(db().exec("PRAGMA query_only = 0"));
  EXPECT_NO_THROW(db().exec("COMMIT"));
}

TEST_F(StoreTest, ScriptGuardDoesNotStopTheOwnersRollback) {
  {
    store::Transaction tx(db());
    {
      store::ScriptGuard guard(db());
      insert(1);
    }
  }  // the Transaction rolls back after the guard is gone
  EXPECT_EQ(count_rows(), 0);
}

// ------------------------------------------------------------------------ file replacement

TEST(StoreFileTest, ReplaceFileMovesTheSourceOverTheTarget) {
  TempDir dir;
  const auto source = dir / "new.sqlite.tmp";
  const auto target = dir / "db.sqlite";
  write_file(target, "old contents");
  write_file(source, "new contents");
  store::replace_file(source, target);
  EXPECT_EQ(read_file(target), "new contents");
  EXPECT_FALSE(std::filesystem::exists(source));
}

TEST(StoreFileTest, ReplaceFileCreatesTheTargetWhenAbsent) {
  TempDir dir;
  write_file(dir / "a", "A");
  store::replace_file(dir / "a", dir / "b");
  EXPECT_EQ(read_file(dir / "b"), "A");
  EXPECT_FALSE(std::filesystem::exists(dir / "a"));
}

TEST(StoreFileTest, ReplaceFileWithMissingSourceThrowsAndKeepsTheTarget) {
  TempDir dir;
  write_file(dir / "db.sqlite", "old");
  EXPECT_THROW(store::replace_file(dir / "missing", dir / "db.sqlite"), std::runtime_error);
  EXPECT_EQ(read_file(dir / "db.sqlite"), "old");
}

TEST(StoreFileTest, TemporaryFileRemovesItsFileAndCompanions) {
  TempDir dir;
  const auto path = dir / "build.sqlite";
  {
    store::TemporaryFile temp(path);
    EXPECT_EQ(temp.path(), path);
    write_file(path, "x");
    write_file(dir / "build.sqlite-journal", "j");
    write_file(dir / "build.sqlite-wal", "w");
    write_file(dir / "build.sqlite-shm", "s");
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_FALSE(std::filesystem::exists(dir / "build.sqlite-journal"));
  EXPECT_FALSE(std::filesystem::exists(dir / "build.sqlite-wal"));
  EXPECT_FALSE(std::filesystem::exists(dir / "build.sqlite-shm"));
}

TEST(StoreFileTest, TemporaryFileKeptIsNotRemoved) {
  TempDir dir;
  const auto path = dir / "build.sqlite";
  {
    store::TemporaryFile temp(path);
    write_file(path, "x");
    temp.keep();
  }
  EXPECT_EQ(read_file(path), "x");
}

TEST(StoreFileTest, TemporaryFileWhoseFileNeverAppearedIsHarmless) {
  TempDir dir;
  EXPECT_NO_THROW({ store::TemporaryFile temp(dir / "never-made"); });
  write_file(dir / "other", "o");
  { store::TemporaryFile temp(dir / "never-made"); }
  EXPECT_EQ(read_file(dir / "other"), "o");  // only its own file is touched
}

TEST(StoreFileTest, TemporaryPathIsBesideTheTarget) {
  const std::filesystem::path target = "/some/folder/conceptdb.sqlite";
  const auto temp = store::temporary_path_beside(target);
  EXPECT_EQ(temp.parent_path(), target.parent_path());
  EXPECT_NE(temp, target);
}

}  // namespace
