// tests/reliability/bad_database_test.cpp — database files a run or a query must refuse with
// one message naming the file: a newer schema, truncated, corrupted, a folder, missing. The
// file is left byte for byte as it was (a reader never "repairs" what it was given).
#include <gtest/gtest.h>

#include "reliability/bad_input_fixture.hpp"
#include "store/database.hpp"

namespace reliability {
namespace {

using testing_support::read_file;
using testing_support::write_file;

// Reads every row of every table, so that damage anywhere in a table is met.
constexpr const char* kReadEverything = R"lua(
local rows = 0
for t in cdb.sql.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'") do
  for _ in cdb.sql.rows('SELECT * FROM "' .. t.name .. '"') do rows = rows + 1 end
end
print(rows)
)lua";

class BadDatabaseTest : public BadInputTest {
 protected:
  void SetUp() override {
    BadInputTest::SetUp();
    write_file(dir_ / "all.lua", kReadEverything);
    remember_files();
  }

  testing_support::CommandResult run_script(const std::string& database) {
    return conceptdb({"run", "all.lua", "--db", database});
  }
  testing_support::CommandResult query(const std::string& database) {
    return conceptdb({"query", "SELECT count(*) FROM passage_span", "--db", database});
  }

  // Overwrites `bytes` bytes from the middle of the database file with a pattern.
  void damage_middle(std::size_t bytes) {
    std::string data = read_file(dir_ / "conceptdb.sqlite");
    const std::size_t from = data.size() / 2 - bytes / 2;
    for (std::size_t i = 0; i < bytes; ++i)
      data[from + i] = static_cast<char>(0xA5 ^ (i & 0xff));
    write_file(dir_ / "conceptdb.sqlite", data);
    remember_files();
  }
};

TEST_F(BadDatabaseTest, NewerSchemaIsRefusedByRunQueryAndWriteRun) {
  {
    store::Database db =
        store::Database::open(dir_ / "conceptdb.sqlite", store::OpenMode::kReadWrite);
    db.exec("PRAGMA user_version = 99");
  }
  remember_files();
  for (const auto& r : {run_script("conceptdb.sqlite"), query("conceptdb.sqlite"),
                        conceptdb({"run", "all.lua", "--write", "--db", "conceptdb.sqlite"})}) {
    expect_refused(r, {"conceptdb.sqlite was made by a newer conceptdb (schema version 99"});
  }
}

TEST_F(BadDatabaseTest, TruncatedFileIsCalledDamaged) {
  const std::string data = read_file(dir_ / "conceptdb.sqlite");
  write_file(dir_ / "conceptdb.sqlite", data.substr(0, data.size() / 2));
  remember_files();
  expect_refused(run_script("conceptdb.sqlite"),
                 {"conceptdb.sqlite is damaged", "conceptdb build"});
  expect_refused(query("conceptdb.sqlite"), {"conceptdb.sqlite is damaged"});
}

TEST_F(BadDatabaseTest, FileCutInsideItsHeaderIsNotADatabase) {
  write_file(dir_ / "conceptdb.sqlite", read_file(dir_ / "conceptdb.sqlite").substr(0, 60));
  remember_files();
  expect_refused(run_script("conceptdb.sqlite"), {"conceptdb.sqlite"});
}

TEST_F(BadDatabaseTest, BytesOverwrittenInTheMiddleAreCalledDamaged) {
  damage_middle(64 * 1024);
  expect_refused(run_script("conceptdb.sqlite"),
                 {"conceptdb.sqlite is damaged", "conceptdb build"});
}

TEST_F(BadDatabaseTest, FolderGivenAsDatabaseIsRefused) {
  std::filesystem::create_directory(dir_ / "folder");
  remember_files();
  expect_refused(run_script("folder"), {"folder is a folder, not a database file"});
  expect_refused(query("folder"), {"folder is a folder, not a database file"});
  expect_refused(
      conceptdb({"build", "--corpus", "corpus", "--manifest", "corpus.toml", "--db", "folder"}),
      {"folder is a folder, not a database file"});
}

TEST_F(BadDatabaseTest, MissingDatabaseIsNotCreated) {
  expect_refused(run_script("absent.sqlite"), {"no database at absent.sqlite", "conceptdb build"});
  expect_refused(query("absent.sqlite"), {"no database at absent.sqlite"});
  expect_refused(conceptdb({"build", "--corpus", "corpus", "--manifest", "corpus.toml", "--db",
                            "no/such/folder/c.sqlite"}),
                 {"no/such/folder"});
}

}  // namespace
}  // namespace reliability
