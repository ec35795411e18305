// tests/reliability/bad_input_fixture.hpp — the fixture of the bad-input tests: the fixture
// corpus with a vocabulary and a source-decisions file, built once into conceptdb.sqlite,
// and the three checks every bad input must pass — one clear message, a non-zero exit, and
// nothing lost (the database and the other files byte-identical).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/sha256.hpp"
#include "reliability/child_process.hpp"
#include "reliability/kill_support.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace reliability {

// Six lines; a relation-free concept, so that no evidence check depends on the corpus.
inline const std::string kBadInputVocabulary =
    "theme = \"test\"\n"
    "\n"
    "[[concept]]\n"
    "key = \"leiderschap\"\n"
    "pref = { nl = \"leiderschap\" }\n"
    "definition = \"Richting geven.\"\n";

// One comment line: no decisions.
inline const std::string kBadInputSources = "# no curated source decisions\n";

inline bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

inline int count_lines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    std::filesystem::create_directories(dir_ / "vocabulary");
    testing_support::write_file(dir_ / "vocabulary" / "test.toml", kBadInputVocabulary);
    testing_support::write_file(dir_ / "sources.toml", kBadInputSources);
    const auto built = build();
    ASSERT_EQ(built.exit_code, 0) << built.err;
    remember_files();
  }

  testing_support::CommandResult conceptdb(std::vector<std::string> args,
                                           ChildOptions options = {}) {
    args.insert(args.begin(), conceptdb_binary());
    if (options.as_nobody) {
      // "nobody" may not reach the build folder (a clone in a private folder): it runs a
      // copy of the binary from a folder of its own, outside the files the test compares.
      std::filesystem::permissions(binary_copy_.path(), std::filesystem::perms::all);
      const auto copy = binary_copy_.path() / "conceptdb";
      std::filesystem::copy_file(args.front(), copy,
                                 std::filesystem::copy_options::overwrite_existing);
      std::filesystem::permissions(
          copy, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                    std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                    std::filesystem::perms::others_exec);
      args.front() = copy.string();
    }
    options.cwd = dir_.path();
    return run_child(args, options);
  }

  testing_support::CommandResult build(ChildOptions options = {}) {
    return conceptdb({"build", "--corpus", "corpus", "--manifest", "corpus.toml", "--sources",
                      "sources.toml", "--vocabulary", "vocabulary", "--db", "conceptdb.sqlite"},
                     options);
  }

  // Every file under the test folder with the sha256 of its bytes. SQLite's -wal and -shm
  // files are left out: a reader may leave them, they hold nothing of the data then.
  std::vector<std::string> file_hashes() const {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.path())) {
      const std::string name = std::filesystem::relative(entry.path(), dir_.path()).string();
      if (name.ends_with("-wal") || name.ends_with("-shm")) continue;
      if (entry.is_directory()) {
        out.push_back(name + "/");
      } else if (entry.is_regular_file()) {
        out.push_back(name + " " + ingest::sha256_hex(testing_support::read_file(entry.path())));
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Takes the files as they are now as the state nothing may change.
  void remember_files() { remembered_ = file_hashes(); }

  // The three checks: exit code 1, one message holding every fragment, and every file as
  // remember_files() found it (the file a test broke on purpose as the test left it).
  void expect_refused(const testing_support::CommandResult& r,
                      const std::vector<std::string>& fragments) const {
    EXPECT_EQ(r.exit_code, 1) << r.err;
    for (const auto& fragment : fragments) {
      EXPECT_TRUE(contains(r.err, fragment)) << "expected '" << fragment << "' in:\n" << r.err;
    }
    EXPECT_EQ(count_error_messages(r.err), 1) << "one message, not several:\n" << r.err;
    EXPECT_EQ(file_hashes(), remembered_) << "a failed command must change no file";
  }

  // Lines that open a message: "conceptdb: error: ..." or "script.lua:N: ..." (a traceback's
  // lines are part of its message).
  static int count_error_messages(const std::string& err) {
    int messages = 0;
    std::size_t start = 0;
    while (start < err.size()) {
      const std::size_t end = err.find('\n', start);
      const std::string line = err.substr(start, end == std::string::npos ? end : end - start);
      if (line.starts_with("conceptdb: error:") || line.starts_with("warning:") ||
          (line.find(".lua:") != std::string::npos && !line.starts_with("\t") &&
           !line.starts_with(" "))) {
        ++messages;
      }
      if (end == std::string::npos) break;
      start = end + 1;
    }
    return messages;
  }

  testing_support::TempDir dir_;
  testing_support::TempDir binary_copy_;  // where "nobody" runs conceptdb from
  std::vector<std::string> remembered_;
};

}  // namespace reliability
