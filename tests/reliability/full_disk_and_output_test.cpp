// tests/reliability/full_disk_and_output_test.cpp — a disk that fills up during a build, a
// --write run and an export (RLIMIT_FSIZE makes write(2) fail as ENOSPC would), and output
// folders that are missing, a file, or not writable. Each: one message, exit 1, nothing lost.
#include <gtest/gtest.h>
#include <unistd.h>

#include "reliability/bad_input_fixture.hpp"
#include "reliability/database_state.hpp"

namespace reliability {
namespace {

using testing_support::write_file;

// SQLite's shared-memory index of a WAL database is 32 KB: a limit below it fails every
// open, not the writing this test is about.
constexpr rlim_t kSmallDisk = 128 * 1024;

constexpr const char* kGrowingScript = R"lua(
cdb.sql.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
for i = 1, 4000 do
  cdb.sql.exec("INSERT INTO note (body) VALUES (?)", { string.rep("x", 400) .. i })
end
)lua";

constexpr const char* kExportScript = R"lua(
local rows = {}
for i = 1, 20000 do rows[i] = { n = i, text = string.rep("y", 40) } end
cdb.export.csv(rows, "table.csv")
)lua";

ChildOptions small_disk() {
  ChildOptions options;
  options.file_size_limit = kSmallDisk;
  return options;
}

class FullDiskTest : public BadInputTest {};

TEST_F(FullDiskTest, DuringABuild) {
  const DatabaseState before = inspect_database(dir_ / "conceptdb.sqlite");
  remember_files();
  const auto r = build(small_disk());
  expect_refused(r, {"writing ", "conceptdb.sqlite.tmp-", "failed", "disk has room"});
  EXPECT_EQ(inspect_database(dir_ / "conceptdb.sqlite").fingerprint, before.fingerprint);
}

TEST_F(FullDiskTest, DuringAWriteRun) {
  write_file(dir_ / "grow.lua", kGrowingScript);
  const DatabaseState before = inspect_database(dir_ / "conceptdb.sqlite");
  ASSERT_TRUE(before.ok()) << before.error;
  remember_files();
  const auto r =
      conceptdb({"run", "grow.lua", "--write", "--db", "conceptdb.sqlite"}, small_disk());
  // The rows fit in SQLite's page cache: the disk fills at the commit, after the script.
  expect_refused(r, {"writing ", "conceptdb.sqlite failed", "disk has room"});
  const DatabaseState after = inspect_database(dir_ / "conceptdb.sqlite");
  EXPECT_TRUE(after.ok()) << after.error;
  EXPECT_EQ(after.fingerprint, before.fingerprint) << "the run must be rolled back whole";
}

TEST_F(FullDiskTest, DuringAQueryExport) {
  write_file(dir_ / "rows.csv", "an older export\n");
  remember_files();
  const auto r =
      conceptdb({"query",
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                 "SELECT i, 'abcdefghijklmnop' AS text FROM n",
                 "--output", "rows.csv", "--db", "conceptdb.sqlite"},
                small_disk());
  expect_refused(r, {"cannot write rows.csv", "File too large"});
}

TEST_F(FullDiskTest, DuringAScriptExport) {
  std::filesystem::create_directory(dir_ / "out");
  write_file(dir_ / "out" / "table.csv", "an older export\n");
  write_file(dir_ / "export.lua", kExportScript);
  remember_files();
  const auto r =
      conceptdb({"run", "export.lua", "--db", "conceptdb.sqlite", "--out", "out"}, small_disk());
  expect_refused(r, {"export.lua:4:", "out/table.csv", "File too large"});
}

class OutputFolderTest : public BadInputTest {
 protected:
  void SetUp() override {
    BadInputTest::SetUp();
    write_file(dir_ / "export.lua", "cdb.export.csv({ { a = 1 } }, 'one.csv')\n");
    remember_files();
  }
};

TEST_F(OutputFolderTest, MissingOutFolderIsMadeWhenFirstNeeded) {
  const auto r =
      conceptdb({"run", "export.lua", "--db", "conceptdb.sqlite", "--out", "new/deeper"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing_support::read_file(dir_ / "new" / "deeper" / "one.csv"), "a\r\n1\r\n");
}

TEST_F(OutputFolderTest, OutThatIsAFileIsRefused) {
  write_file(dir_ / "plain", "not a folder\n");
  remember_files();
  expect_refused(conceptdb({"run", "export.lua", "--db", "conceptdb.sqlite", "--out", "plain"}),
                 {"export.lua:1:", "'plain'"});
}

TEST_F(OutputFolderTest, UnwritableOutFolderIsRefused) {
  std::filesystem::create_directory(dir_ / "locked");
  write_file(dir_ / "locked" / "one.csv", "an older export\n");
  namespace fs = std::filesystem;
  fs::permissions(dir_ / "locked", fs::perms::owner_read | fs::perms::owner_exec |
                                       fs::perms::group_read | fs::perms::group_exec |
                                       fs::perms::others_read | fs::perms::others_exec);
  // Root writes anywhere: then the run drops to "nobody", who needs to reach the test folder,
  // open the database (and make its shared-memory file beside it) and read the script.
  ChildOptions nobody;
  nobody.as_nobody = ::geteuid() == 0;
  if (nobody.as_nobody) fs::permissions(dir_.path(), fs::perms::all);
  remember_files();
  const auto r =
      conceptdb({"run", "export.lua", "--db", "conceptdb.sqlite", "--out", "locked"}, nobody);
  fs::permissions(dir_ / "locked", fs::perms::owner_all);
  expect_refused(r, {"export.lua:1:", "locked/one.csv", "Permission denied"});
}

}  // namespace
}  // namespace reliability
