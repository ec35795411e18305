// tests/reliability/kill_write_test.cpp — `conceptdb run --write` killed with SIGKILL while
// its script changes many rows: the database must be all before or all after, and open.
#include <gtest/gtest.h>

#include <iostream>

#include "reliability/child_process.hpp"
#include "reliability/database_state.hpp"
#include "reliability/generated_corpus.hpp"
#include "reliability/kill_support.hpp"
#include "support/test_support.hpp"

namespace reliability {
namespace {

using testing_support::TempDir;
using testing_support::write_file;

constexpr std::size_t kCorpusBytes = 16 * 1024;

// A new table filled row by row, every concept and passage changed: many statements and
// enough pages that SQLite spills them to the write-ahead log before the commit.
constexpr const char* kWritingScript = R"lua(
cdb.sql.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, passage INTEGER, body TEXT)")
for round = 1, 60 do
  for p in cdb.sql.rows("SELECT id, text FROM passage") do
    cdb.sql.exec("INSERT INTO note (passage, body) VALUES (?, ?)",
                 { p.id, string.rep(p.text, 2) .. round })
  end
  cdb.sql.exec("UPDATE concept SET definition = definition || ?", { " " .. round })
end
cdb.sql.exec("UPDATE passage SET text = text || ' '")
print(cdb.sql.value("SELECT count(*) FROM note"))
)lua";

std::vector<std::string> run_args(const TempDir& dir) {
  return {conceptdb_binary(),
          "run",
          (dir / "write.lua").string(),
          "--write",
          "--db",
          (dir / "conceptdb.sqlite").string(),
          "--out",
          (dir / "out").string()};
}

TEST(KillWriteRunTest, EveryKillLeavesTheDatabaseAllBeforeOrAllAfter) {
  TempDir dir;
  write_generated_corpus(dir.path(), kCorpusBytes, 0);
  write_file(dir / "write.lua", kWritingScript);
  const auto database = dir / "conceptdb.sqlite";
  const auto built = run_child({conceptdb_binary(), "build", "--corpus", (dir / "corpus").string(),
                                "--manifest", (dir / "corpus.toml").string(), "--vocabulary",
                                (dir / "vocabulary").string(), "--db", database.string()});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  const DatabaseState before = inspect_database(database);
  ASSERT_TRUE(before.ok()) << before.error;
  std::filesystem::copy_file(database, dir / "pristine.sqlite");

  auto duration = std::chrono::microseconds::max();
  for (int i = 0; i < 3; ++i) {
    restore_database(dir / "pristine.sqlite", database);
    const auto start = std::chrono::steady_clock::now();
    const auto ran = run_child(run_args(dir));
    ASSERT_EQ(ran.exit_code, 0) << ran.err;
    ASSERT_NE(ran.out, "0\n");
    duration = std::min(duration, std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::steady_clock::now() - start));
  }
  const DatabaseState after = inspect_database(database);
  ASSERT_TRUE(after.ok()) << after.error;
  ASSERT_NE(after.fingerprint, before.fingerprint);
  restore_database(dir / "pristine.sqlite", database);

  const unsigned seed = kill_seed(1121);
  const int kills = kill_count(50);
  RunDuration run_duration(duration);
  Tally outcomes;
  for (const double fraction : kill_fractions(kills, seed)) {
    const auto moment = run_duration.moment(fraction);
    const auto start = std::chrono::steady_clock::now();
    ChildProcess run(run_args(dir));
    const bool finished = run.wait_for(moment);
    if (finished) run_duration.ended_after(since(start));
    run.kill();
    const DatabaseState state = inspect_database(database);
    ASSERT_TRUE(state.ok()) << "killed at " << moment.count() << " us, seed " << seed << ": "
                            << state.error;
    if (state.fingerprint == before.fingerprint) {
      outcomes.add(finished ? "ended, before" : "killed, before");
    } else {
      ASSERT_EQ(state.fingerprint, after.fingerprint)
          << "killed at " << moment.count() << " us, seed " << seed
          << ": the database is half-way between before and after the script";
      outcomes.add(finished ? "ended, after" : "killed, after (committed)");
      restore_database(dir / "pristine.sqlite", database);
    }
  }
  std::cout << "[ kills    ] " << kills << " kills of `conceptdb run --write` (seed " << seed
            << ", spread over " << run_duration.get().count() / 1000
            << " ms): " << outcomes.to_string() << "\n";
  EXPECT_GE(outcomes.count("killed, before"), kills / 2) << outcomes.to_string();
}

}  // namespace
}  // namespace reliability
