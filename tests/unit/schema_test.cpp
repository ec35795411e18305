// Tests the conceptdb schema (db/schema.sql) and the version checks of store/schema.hpp.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/error.hpp"
#include "store/schema.hpp"
#include "store/statement.hpp"
#include "support/test_support.hpp"

namespace {

using store::Database;
using store::OpenMode;
using store::SchemaError;
using store::StoreError;
using testing_support::TempDir;
using testing_support::write_file;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The message of the SchemaError that open_conceptdb throws for `path`.
std::string schema_error_of(const std::filesystem::path& path) {
  try {
    store::open_conceptdb(path, OpenMode::kReadOnly);
  } catch (const SchemaError& e) {
    return e.what();
  }
  ADD_FAILURE() << "open_conceptdb accepted " << path;
  return {};
}

std::vector<std::string> column_names(Database& db, const std::string& table) {
  std::vector<std::string> names;
  store::Statement st = db.prepare("SELECT name FROM pragma_table_info('" + table + "')");
  while (st.step())
    names.emplace_back(st.column_text(0));
  return names;
}

class SchemaTest : public ::testing::Test {
 protected:
  // Makes a conceptdb database at `path` and then sets its user_version to `version`.
  void make_database(const std::filesystem::path& path, std::int64_t version) {
    Database db = Database::open(path, OpenMode::kCreate);
    store::create_schema(db);
    db.exec("PRAGMA user_version = " + std::to_string(version));
  }

  TempDir dir_;
};

TEST_F(SchemaTest, CreatedSchemaPassesTheCheckAndIsStamped) {
  const auto path = dir_ / "c.sqlite";
  Database db = Database::open(path, OpenMode::kCreate);
  store::create_schema(db);
  EXPECT_NO_THROW(store::check_schema(db));
  EXPECT_EQ(db.pragma_int("user_version"), store::kSchemaVersion);
  EXPECT_EQ(db.pragma_int("application_id"), 0x43444231);  // 'CDB1'
}

TEST_F(SchemaTest, OpenConceptdbOpensACurrentDatabase) {
  const auto path = dir_ / "c.sqlite";
  make_database(path, store::kSchemaVersion);
  Database db = store::open_conceptdb(path, OpenMode::kReadOnly);
  EXPECT_TRUE(db.is_readonly());
  store::Statement st = db.prepare("SELECT count(*) FROM v_document");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 0);
}

TEST_F(SchemaTest, SchemaSqlIsTheSchemaFile) {
  const std::string sql(store::schema_sql());
  EXPECT_TRUE(contains(sql, "CREATE TABLE passage")) << sql.substr(0, 200);
  EXPECT_TRUE(contains(sql, "CREATE VIEW v_document"));
}

// The public views are a contract: scripts select their columns by name and in this order.
TEST_F(SchemaTest, PublicViewsHaveTheDocumentedColumns) {
  Database db = Database::open(dir_ / "c.sqlite", OpenMode::kCreate);
  store::create_schema(db);
  EXPECT_EQ(column_names(db, "v_file"),
            (std::vector<std::string>{"file", "name", "sha256", "bytes", "lines", "language",
                                      "documents", "passages", "furniture_lines", "hyphen_joins"}));
  EXPECT_EQ(column_names(db, "v_document"),
            (std::vector<std::string>{"file", "key", "parent", "kind", "title", "authors", "year",
                                      "first_line", "last_line", "subtitle", "year_end", "language",
                                      "inferred", "passages", "sections"}));
  EXPECT_EQ(column_names(db, "v_section"),
            (std::vector<std::string>{"id", "file", "document", "seq", "title", "first_line",
                                      "last_line", "passages"}));
  EXPECT_EQ(column_names(db, "v_passage"),
            (std::vector<std::string>{"id", "file", "document", "seq", "kind", "first_line",
                                      "last_line", "text", "section", "section_seq", "duplicate_of",
                                      "replacement_characters"}));
  EXPECT_EQ(column_names(db, "v_sentence"),
            (std::vector<std::string>{"id", "file", "document", "passage_id", "passage_kind", "seq",
                                      "first_line", "last_line", "text"}));
}

TEST_F(SchemaTest, NewerSchemaVersionIsRefused) {
  const auto path = dir_ / "newer.sqlite";
  make_database(path, store::kSchemaVersion + 1);
  const std::string message = schema_error_of(path);
  EXPECT_TRUE(contains(message, "newer")) << message;
  EXPECT_TRUE(contains(message, path.string())) << message;
}

TEST_F(SchemaTest, OlderSchemaVersionIsRefusedAndSaysToRebuild) {
  const auto path = dir_ / "older.sqlite";
  make_database(path, store::kSchemaVersion - 1);
  const std::string message = schema_error_of(path);
  EXPECT_TRUE(contains(message, "older")) << message;
  EXPECT_TRUE(contains(message, "conceptdb build")) << message;
}

TEST_F(SchemaTest, CheckSchemaRefusesAnOpenDatabaseOfAnotherVersion) {
  Database db = Database::open(dir_ / "c.sqlite", OpenMode::kCreate);
  store::create_schema(db);
  db.exec("PRAGMA user_version = " + std::to_string(store::kSchemaVersion + 5));
  EXPECT_THROW(store::check_schema(db), SchemaError);
}

TEST_F(SchemaTest, PlainSqliteFileIsNotAConceptdbDatabase) {
  const auto path = dir_ / "plain.sqlite";
  {
    Database db = Database::open(path, OpenMode::kCreate);
    db.exec("CREATE TABLE something (a INTEGER)");
    db.exec("PRAGMA user_version = " + std::to_string(store::kSchemaVersion));
  }
  const std::string message = schema_error_of(path);
  EXPECT_TRUE(contains(message, "not a conceptdb database")) << message;
}

TEST_F(SchemaTest, EmptyFileIsNotAConceptdbDatabase) {
  const auto path = dir_ / "empty.sqlite";
  write_file(path, "");
  const std::string message = schema_error_of(path);
  EXPECT_TRUE(contains(message, "not a conceptdb database")) << message;
}

TEST_F(SchemaTest, MissingFileIsRefusedAndSaysToBuild) {
  const auto path = dir_ / "absent.sqlite";
  const std::string message = schema_error_of(path);
  EXPECT_TRUE(contains(message, "conceptdb build")) << message;
  EXPECT_TRUE(contains(message, path.string())) << message;
  EXPECT_FALSE(std::filesystem::exists(path));  // not created as a side effect
}

TEST_F(SchemaTest, MissingFileIsRefusedInReadWriteModeToo) {
  const auto path = dir_ / "absent.sqlite";
  EXPECT_THROW(store::open_conceptdb(path, OpenMode::kReadWrite), SchemaError);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(SchemaTest, RandomBytesGiveAnErrorNotACrash) {
  const auto path = dir_ / "noise.sqlite";
  std::mt19937 random(12345);
  std::string bytes(8192, '\0');
  for (char& c : bytes)
    c = static_cast<char>(random() & 0xff);
  write_file(path, bytes);
  EXPECT_ANY_THROW(store::open_conceptdb(path, OpenMode::kReadOnly));
}

TEST_F(SchemaTest, SqliteHeaderFollowedByNoiseGivesAnErrorNotACrash) {
  const auto path = dir_ / "damaged.sqlite";
  std::mt19937 random(777);
  std::string bytes("SQLite format 3", 16);  // the 16-byte magic, NUL included
  while (bytes.size() < 8192)
    bytes += static_cast<char>(random() & 0xff);
  write_file(path, bytes);
  EXPECT_ANY_THROW({
    Database db = store::open_conceptdb(path, OpenMode::kReadOnly);
    store::Statement st = db.prepare("SELECT count(*) FROM v_document");
    st.step();
  });
}

TEST_F(SchemaTest, StrictTablesRefuseAWrongType) {
  Database db = Database::open(dir_ / "c.sqlite", OpenMode::kCreate);
  store::create_schema(db);
  try {
    db.exec(
        "INSERT INTO file (key, name, sha256, bytes, lines, language) "
        "VALUES ('000', 'a.txt', 'abc', 'many', 3, 'nl')");
    FAIL() << "text was stored in file.bytes";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.sqlite_code(), SQLITE_CONSTRAINT_DATATYPE) << e.what();
  }
  EXPECT_THROW(db.exec("INSERT INTO file (key, name, sha256, bytes, lines, language) "
                       "VALUES ('001', 'b.txt', 'abc', 1.5, 3, 'nl')"),
               StoreError);  // a fraction is not an integer
  EXPECT_THROW(db.exec("INSERT INTO meta (key, value) VALUES ('k', x'00')"), StoreError);
}

TEST_F(SchemaTest, ForeignKeysAreEnforced) {
  Database db = Database::open(dir_ / "c.sqlite", OpenMode::kCreate);
  store::create_schema(db);
  try {
    db.exec(
        "INSERT INTO passage (document_id, section_id, seq, kind, first_line, last_line, text) "
        "VALUES (42, 42, 1, 'paragraph', 1, 1, 'orphan')");
    FAIL() << "a passage of a missing document was stored";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.sqlite_code(), SQLITE_CONSTRAINT_FOREIGNKEY) << e.what();
  }
  EXPECT_THROW(db.exec("INSERT INTO document (file_id, key, kind, language, first_line, "
                       "last_line) VALUES (7, 'x', 'essay', 'nl', 1, 2)"),
               StoreError);
}

class SchemaRowsTest : public SchemaTest {
 protected:
  void SetUp() override {
    db_ = std::make_unique<Database>(Database::open(dir_ / "c.sqlite", OpenMode::kCreate));
    store::create_schema(*db_);
    db_->exec(
        "INSERT INTO file (id, key, name, sha256, bytes, lines, language) "
        "VALUES (1, '000', 'a.txt', 'abc', 10, 3, 'nl')");
  }
  std::unique_ptr<Database> db_;
};

TEST_F(SchemaRowsTest, DocumentLineRangeMustBeInOrder) {
  EXPECT_THROW(db_->exec("INSERT INTO document (file_id, key, kind, language, first_line, "
                         "last_line) VALUES (1, 'x', 'essay', 'nl', 5, 4)"),
               StoreError);
  EXPECT_NO_THROW(
      db_->exec("INSERT INTO document (file_id, key, kind, language, first_line, "
                "last_line) VALUES (1, 'x', 'essay', 'nl', 4, 4)"));
}

TEST_F(SchemaRowsTest, DocumentKeysAreUnique) {
  db_->exec(
      "INSERT INTO document (file_id, key, kind, language, first_line, last_line) "
      "VALUES (1, 'x', 'essay', 'nl', 1, 2)");
  try {
    db_->exec(
        "INSERT INTO document (file_id, key, kind, language, first_line, last_line) "
        "VALUES (1, 'x', 'essay', 'nl', 3, 4)");
    FAIL() << "a duplicate key was stored";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.sqlite_code(), SQLITE_CONSTRAINT_UNIQUE) << e.what();
  }
}

TEST_F(SchemaRowsTest, FullTextSearchFoldsDiacritics) {
  db_->exec(
      "INSERT INTO document (id, file_id, key, kind, language, first_line, last_line) "
      "VALUES (1, 1, 'x', 'essay', 'nl', 1, 3);"
      "INSERT INTO section (id, document_id, seq, first_line, last_line) VALUES (1, 1, 1, 1, 3);"
      "INSERT INTO passage (id, document_id, section_id, seq, kind, first_line, last_line, text) "
      "VALUES (1, 1, 1, 1, 'paragraph', 1, 1, 'Samen kennis cre\xC3\xAB"
      "ren in een team'),"
      "       (2, 1, 1, 2, 'paragraph', 3, 3, 'Iets anders');"
      "INSERT INTO passage_fts (rowid, text) SELECT id, text FROM passage");
  store::Statement st =
      db_->prepare("SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid");
  st.bind(1, "creeren");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.column_int64(0), 1);
  EXPECT_FALSE(st.step());
}

}  // namespace
