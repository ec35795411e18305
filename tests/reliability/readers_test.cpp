// tests/reliability/readers_test.cpp — scripts that read while a build replaces the database
// under them: no reader crashes or sees a half-built database, and a reader that has the old
// file open when it is replaced keeps reading the old file to its end.
#include <gtest/gtest.h>

#include <atomic>
#include <iostream>
#include <mutex>
#include <thread>

#include "reliability/child_process.hpp"
#include "reliability/database_state.hpp"
#include "reliability/generated_corpus.hpp"
#include "reliability/kill_support.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"
#include "support/test_support.hpp"

namespace reliability {
namespace {

using testing_support::CommandResult;
using testing_support::TempDir;
using testing_support::write_file;

constexpr std::size_t kCorpusBytes = 24 * 1024;

// Reads the same counts `rounds` times in its one transaction: they must never change, and
// the rows must hang together (every mention in a passage that exists). Prints the counts.
constexpr const char* kReadingScript = R"lua(
local function counts()
  return cdb.sql.value("SELECT count(*) FROM passage"),
         cdb.sql.value("SELECT count(*) FROM mention"),
         cdb.sql.value("SELECT count(*) FROM v_citation")
end
local passages, mentions, citations = counts()
for round = 1, tonumber(cdb.args.rounds) do
  local p, m, c = counts()
  assert(p == passages and m == mentions and c == citations,
         ("round %d saw %d/%d/%d, first %d/%d/%d"):format(round, p, m, c, passages, mentions, citations))
  assert(cdb.sql.value([[SELECT count(*) FROM mention m
                         LEFT JOIN passage p ON p.id = m.passage_id WHERE p.id IS NULL]]) == 0,
         "a mention without its passage")
end
print(passages .. " " .. mentions .. " " .. citations)
)lua";

class ReadersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_generated_corpus(dir_ / "a", kCorpusBytes, 0);
    write_generated_corpus(dir_ / "b", kCorpusBytes, 1);
    write_file(dir_ / "read.lua", kReadingScript);
  }

  CommandResult build(const std::string& corpus) {
    return run_child({conceptdb_binary(), "build", "--corpus", (dir_ / corpus / "corpus").string(),
                      "--manifest", (dir_ / corpus / "corpus.toml").string(), "--vocabulary",
                      (dir_ / corpus / "vocabulary").string(), "--db", database().string()});
  }

  std::vector<std::string> reader_args(int rounds) const {
    return {conceptdb_binary(),
            "run",
            (dir_ / "read.lua").string(),
            "rounds=" + std::to_string(rounds),
            "--db",
            database().string()};
  }

  // The counts a reader prints for a finished build of `corpus`.
  std::string counts_of(const std::string& corpus) {
    const auto built = build(corpus);
    EXPECT_EQ(built.exit_code, 0) << built.err;
    const auto read = run_child(reader_args(1));
    EXPECT_EQ(read.exit_code, 0) << read.err;
    return read.out;
  }

  std::filesystem::path database() const { return dir_ / "conceptdb.sqlite"; }

  TempDir dir_;
};

TEST_F(ReadersTest, TwoReadersInALoopWhileBuildsReplaceTheDatabase) {
  const std::string counts_b = counts_of("b");
  const std::string counts_a = counts_of("a");
  ASSERT_NE(counts_a, counts_b);

  std::atomic<bool> stop = false;
  std::mutex mutex;
  std::vector<CommandResult> runs;
  auto reader = [&] {
    while (!stop) {
      CommandResult r = run_child(reader_args(20));
      const std::lock_guard lock(mutex);
      runs.push_back(std::move(r));
    }
  };
  std::thread first(reader);
  std::thread second(reader);
  int builds = 0;
  for (const char* corpus : {"b", "a", "b", "a", "b", "a"}) {
    const auto built = build(corpus);
    EXPECT_EQ(built.exit_code, 0) << built.err;
    ++builds;
  }
  stop = true;
  first.join();
  second.join();

  int saw_a = 0;
  int saw_b = 0;
  int failed = 0;
  for (const auto& r : runs) {
    ASSERT_LT(r.exit_code, 128) << "a reader crashed:\n" << r.err;
    if (r.exit_code == 0) {
      ASSERT_TRUE(r.out == counts_a || r.out == counts_b)
          << "a reader saw counts of neither build: " << r.out;
      (r.out == counts_a ? saw_a : saw_b)++;
    } else {
      ++failed;
      // A failure is allowed only as one clear message, never as a half-read database.
      EXPECT_EQ(r.exit_code, 1);
      EXPECT_TRUE(r.err.starts_with("conceptdb: ")) << r.err;
      EXPECT_EQ(r.err.find("assertion failed"), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find("saw"), std::string::npos) << r.err;
    }
  }
  std::cout << "[ readers  ] " << runs.size() << " reader runs during " << builds
            << " builds: " << saw_a << " read corpus A, " << saw_b << " read corpus B, " << failed
            << " failed with a message\n";
  EXPECT_GT(saw_a + saw_b, 0);
  EXPECT_EQ(failed, 0);
  const DatabaseState state = inspect_database(database());
  EXPECT_TRUE(state.ok()) << state.error;
}

TEST_F(ReadersTest, AReaderKeepsReadingTheOldFileWhenABuildReplacesIt) {
  const std::string counts_b = counts_of("b");
  const std::string counts_a = counts_of("a");
  // Long enough to outlast a whole build started after it.
  ChildProcess reader(reader_args(8000));
  ASSERT_FALSE(reader.wait_for(std::chrono::milliseconds(150))) << "the reader ended too soon";
  const auto built = build("b");
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_FALSE(reader.wait_for(std::chrono::microseconds(0)))
      << "the reader must still run while the file is replaced; "
         "raise its rounds";
  const auto read = reader.wait();
  EXPECT_EQ(read.exit_code, 0) << read.err;
  EXPECT_EQ(read.out, counts_a) << "the reader must see the file it opened, start to end";
  EXPECT_EQ(run_child(reader_args(1)).out, counts_b) << "a new reader sees the new file";
}

// SQLite finds a database's write-ahead log by the file's name. A reader that holds a
// snapshot keeps committed changes in the log; if a build renamed its new file into place
// then, the old frames would be read as pages of the new database. The build must refuse.
TEST_F(ReadersTest, ABuildRefusesToReplaceADatabaseWhoseLogAReaderHoldsOpen) {
  const std::string counts_b = counts_of("b");
  counts_of("a");
  store::Database reader = store::Database::open(database(), store::OpenMode::kReadOnly);
  reader.exec("BEGIN");
  store::Statement snapshot = reader.prepare("SELECT count(*) FROM passage");
  ASSERT_TRUE(snapshot.step());  // the read transaction, and its snapshot, begin here

  write_file(dir_ / "change.lua",
             "cdb.sql.exec(\"UPDATE concept SET definition = definition || ' (herzien)'\")\n");
  const auto changed = run_child({conceptdb_binary(), "run", (dir_ / "change.lua").string(),
                                  "--write", "--db", database().string()});
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  ASSERT_GT(std::filesystem::file_size(database().string() + "-wal"), 0u)
      << "the reader must keep the change in the log";
  const DatabaseState before = inspect_database(database());
  ASSERT_TRUE(before.ok()) << before.error;

  const auto refused = build("b");  // waits for the reader as long as SQLite's busy timeout
  EXPECT_EQ(refused.exit_code, 1) << refused.err;
  EXPECT_NE(refused.err.find("is still reading it"), std::string::npos) << refused.err;
  const DatabaseState after = inspect_database(database());
  EXPECT_TRUE(after.ok()) << after.error;
  EXPECT_EQ(after.fingerprint, before.fingerprint) << "the database must be as it was";
  EXPECT_TRUE(files_containing(dir_.path(), ".tmp-").empty());

  snapshot = reader.prepare("COMMIT");
  snapshot.run();
  const auto built = build("b");
  EXPECT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(run_child(reader_args(1)).out, counts_b);
}

}  // namespace
}  // namespace reliability
