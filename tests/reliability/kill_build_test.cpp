// tests/reliability/kill_build_test.cpp — `conceptdb build` killed with SIGKILL at many
// moments of its run: the database that was there before must survive every kill whole.
//
// The old database is built from one generated corpus (A), the killed builds build another
// (B), so that "before" and "after" are told apart by a hash of their rows. A kill that lands
// after the rename leaves B, which is fine (the build was done); anything else is a failure.
#include <gtest/gtest.h>

#include <iostream>

#include "reliability/child_process.hpp"
#include "reliability/database_state.hpp"
#include "reliability/generated_corpus.hpp"
#include "reliability/kill_support.hpp"

namespace reliability {
namespace {

using testing_support::TempDir;

// Big enough that a build takes a few hundred milliseconds, small enough for 50 kills.
constexpr std::size_t kCorpusBytes = 120 * 1024;

std::vector<std::string> build_args(const TempDir& dir, const std::string& corpus) {
  return {conceptdb_binary(),
          "build",
          "--corpus",
          (dir / corpus / "corpus").string(),
          "--manifest",
          (dir / corpus / "corpus.toml").string(),
          "--vocabulary",
          (dir / corpus / "vocabulary").string(),
          "--db",
          (dir / "conceptdb.sqlite").string()};
}

// The stage a kill interrupted, from the last progress label the build drew: each label is
// drawn when its stage is done, so the kill landed in the stage after it.
std::string interrupted_stage(const std::string& terminal) {
  std::string last;
  for (std::size_t at = terminal.find('\r'); at != std::string::npos;
       at = terminal.find('\r', at + 1)) {
    const std::size_t end = terminal.find(' ', at + 1);
    const std::string word = terminal.substr(at + 1, end == std::string::npos ? 0 : end - at - 1);
    if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) last = word;
  }
  if (last.empty()) return "reading the corpus";
  if (last == "read") return "vocabulary, schema and documents";
  if (last == "store") return "citations and sources";
  if (last == "sources") return "concepts";
  if (last == "concepts") return "index, commit and rename";
  return "after '" + last + "'";
}

TEST(KillBuildTest, EveryKillLeavesThePreviousDatabaseWholeAndTheNextBuildWorks) {
  TempDir dir;
  write_generated_corpus(dir / "a", kCorpusBytes, 0);
  write_generated_corpus(dir / "b", kCorpusBytes, 1);
  const auto database = dir / "conceptdb.sqlite";

  const auto built_a = run_child(build_args(dir, "a"));
  ASSERT_EQ(built_a.exit_code, 0) << built_a.err;
  const DatabaseState before = inspect_database(database);
  ASSERT_TRUE(before.ok()) << before.error;
  std::filesystem::copy_file(database, dir / "pristine.sqlite");

  // How long a build of B takes here and now: the kills are spread over that span.
  auto duration = std::chrono::microseconds::max();
  for (int i = 0; i < 3; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto built_b = run_child(build_args(dir, "b"));
    ASSERT_EQ(built_b.exit_code, 0) << built_b.err;
    duration = std::min(duration, std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::steady_clock::now() - start));
  }
  const DatabaseState after = inspect_database(database);
  ASSERT_TRUE(after.ok()) << after.error;
  ASSERT_NE(after.fingerprint, before.fingerprint) << "corpus A and B must give other rows";
  restore_database(dir / "pristine.sqlite", database);

  const unsigned seed = kill_seed(20251121);
  const int kills = kill_count(50);
  RunDuration run_duration(duration);
  Tally stages;
  int old_kept = 0;
  int new_in_place = 0;
  for (const double fraction : kill_fractions(kills, seed)) {
    const auto moment = run_duration.moment(fraction);
    ChildOptions on_terminal;
    on_terminal.stderr_on_terminal = true;
    const auto start = std::chrono::steady_clock::now();
    ChildProcess build(build_args(dir, "b"), on_terminal);
    const bool finished = build.wait_for(moment);
    if (finished) run_duration.ended_after(since(start));
    build.kill();
    const auto result = build.wait();
    const std::string stage =
        finished ? "after the build ended" : interrupted_stage(build.terminal_output());
    stages.add(stage);

    const DatabaseState state = inspect_database(database);
    ASSERT_TRUE(state.ok()) << "killed at " << moment.count() << " us (" << stage << "), seed "
                            << seed << ": " << state.error;
    if (state.fingerprint == before.fingerprint) {
      ++old_kept;
    } else {
      ASSERT_EQ(state.fingerprint, after.fingerprint)
          << "killed at " << moment.count() << " us (" << stage << "), seed " << seed
          << ": the database is neither the old one nor the new one";
      ++new_in_place;
      restore_database(dir / "pristine.sqlite", database);
    }
    // A killed build leaves its temporary file; the next build clears it, so never more
    // than the one of the build just killed is there.
    EXPECT_LE(files_containing(dir.path(), ".tmp-").size(), 1u)
        << ::testing::PrintToString(files_containing(dir.path(), ".tmp-"));
    if (finished) {
      EXPECT_EQ(result.exit_code, 0) << result.err;
    }
  }

  const auto last = run_child(build_args(dir, "b"));
  EXPECT_EQ(last.exit_code, 0) << last.err;
  EXPECT_EQ(inspect_database(database).fingerprint, after.fingerprint);
  EXPECT_TRUE(files_containing(dir.path(), ".tmp-").empty())
      << ::testing::PrintToString(files_containing(dir.path(), ".tmp-"));

  std::cout << "[ kills    ] " << kills << " kills of `conceptdb build` (seed " << seed
            << ", spread over " << run_duration.get().count() / 1000 << " ms): old database kept "
            << old_kept << ", new one in place " << new_in_place << "\n"
            << "[ stages   ] " << stages.to_string() << "\n";
  EXPECT_GE(stages.count("vocabulary, schema and documents") +
                stages.count("citations and sources") + stages.count("concepts"),
            1)
      << "no kill landed while the database was being written: " << stages.to_string();
}

}  // namespace
}  // namespace reliability
