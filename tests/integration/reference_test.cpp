// Tests of the Lua API reference through the conceptdb binary: every entry's example runs
// against the database of the real corpus (CONCEPTDB_CORPUS_DIR) and prints what its pattern
// expects; `conceptdb help` finds entries and suggests names; the checked-in docs/lua-api.md
// and docs/lua/cdb.lua are what the binary generates now.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "lua/reference.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::read_file;
using testing_support::run_command;
using testing_support::TempDir;

const std::filesystem::path kSource = CONCEPTDB_SOURCE_DIR;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// One corpus database for the suite: building it is the expensive part.
class ReferenceExamplesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(std::filesystem::is_directory(CONCEPTDB_CORPUS_DIR))
        << "the corpus is expected at " << CONCEPTDB_CORPUS_DIR
        << " (configure with -DCONCEPTDB_CORPUS_DIR=...)";
    const auto r =
        run_command({CONCEPTDB_BINARY, "build", "--corpus", CONCEPTDB_CORPUS_DIR, "--manifest",
                     (kSource / "db" / "corpus.toml").string(), "--db", database().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::filesystem::path database() { return *dir_ / "conceptdb.sqlite"; }

  static TempDir* dir_;
};

TempDir* ReferenceExamplesTest::dir_ = nullptr;

TEST_F(ReferenceExamplesTest, EveryExampleRunsAndPrintsWhatItsPatternExpects) {
  const luahost::Reference ref = luahost::load_reference();
  int examples = 0;
  for (const auto& m : ref.modules) {
    for (const auto& e : m.entries) {
      SCOPED_TRACE("the example of " + e.name + " (src/lua/prelude/reference.lua)");
      ASSERT_FALSE(e.example.empty());
      const auto script = *dir_ / "example.lua";
      testing_support::write_file(script, e.example + "\n");
      // Examples that export write under out/ of the suite's temporary folder.
      const auto r = run_command({CONCEPTDB_BINARY, "run", script.string(), "--db",
                                  database().string(), "--out", (*dir_ / "out").string()},
                                 dir_->path());
      ++examples;
      EXPECT_EQ(r.exit_code, 0) << e.example << "\nfailed with:\n" << r.err;
      if (r.exit_code != 0 || e.expect.empty()) continue;
      EXPECT_TRUE(std::regex_search(r.out, std::regex(e.expect)))
          << e.example << "\nprinted:\n"
          << r.out << "\nwhich does not match " << e.expect;
    }
  }
  EXPECT_GT(examples, 50);
}

TEST_F(ReferenceExamplesTest, TheLuaLsStubsAreValidLua) {
  const auto stubs = run_command({CONCEPTDB_BINARY, "help", "--luals"});
  ASSERT_EQ(stubs.exit_code, 0) << stubs.err;
  ASSERT_FALSE(contains(stubs.out, "]=====]"));
  const auto script = *dir_ / "stubs.lua";
  testing_support::write_file(
      script, "assert(load([=====[" + stubs.out + "]=====], '=cdb.lua', 't'))\nprint('ok')\n");
  const auto r =
      run_command({CONCEPTDB_BINARY, "run", script.string(), "--db", database().string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// ------------------------------------------------------------------------ conceptdb help

TEST(ReferenceHelp, AnEntryShowsItsSignatureAndExample) {
  const auto r = run_command({CONCEPTDB_BINARY, "help", "cdb.concept"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "cdb.concept(name: string) → Concept?")) << r.out;
  EXPECT_TRUE(contains(r.out, "Example")) << r.out;
  EXPECT_TRUE(contains(r.out, "local plg = cdb.concept \"PLG\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "AMBIGUOUS")) << "the description says what it raises\n" << r.out;
}

TEST(ReferenceHelp, ShortAndAlternativeNamesFindTheEntry) {
  const auto bare = run_command({CONCEPTDB_BINARY, "help", "concept"});
  ASSERT_EQ(bare.exit_code, 0) << bare.err;
  EXPECT_TRUE(contains(bare.out, "cdb.concept(name: string)")) << bare.out;

  const auto dotted = run_command({CONCEPTDB_BINARY, "help", "List.filter"});
  ASSERT_EQ(dotted.exit_code, 0) << dotted.err;
  EXPECT_TRUE(contains(dotted.out, "List:filter(predicate:")) << dotted.out;

  const auto type = run_command({CONCEPTDB_BINARY, "help", "Concept"});
  ASSERT_EQ(type.exit_code, 0) << type.err;
  EXPECT_TRUE(contains(type.out, "Fields")) << type.out;
  EXPECT_TRUE(contains(type.out, "label_en")) << type.out;
  EXPECT_TRUE(contains(type.out, "Concept:mentions(options?)")) << type.out;
}

TEST(ReferenceHelp, AnUnknownNameFailsWithTheClosestNames) {
  const auto r = run_command({CONCEPTDB_BINARY, "help", "nonsense"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "'nonsense' is not in the Lua reference; did you mean")) << r.err;

  const auto typo = run_command({CONCEPTDB_BINARY, "help", "cdb.concpets"});
  EXPECT_NE(typo.exit_code, 0);
  EXPECT_TRUE(contains(typo.err, "cdb.concepts")) << typo.err;
}

TEST(ReferenceHelp, TheIndexGroupsEveryEntryByModule) {
  const auto r = run_command({CONCEPTDB_BINARY, "help"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const luahost::Reference ref = luahost::load_reference();
  std::size_t previous = 0;
  for (const auto& m : ref.modules) {
    const std::size_t at = r.out.find("\n" + m.title + "\n");
    ASSERT_NE(at, std::string::npos) << m.title << "\n" << r.out;
    EXPECT_GT(at, previous) << "modules in registry order";
    previous = at;
    for (const auto& e : m.entries)
      EXPECT_TRUE(contains(r.out, e.call_form() + "  ")) << e.name;
  }
}

// ------------------------------------------------------------------------ docs/

void expect_generated(const std::string& flag, const std::filesystem::path& relative) {
  const auto r = run_command({CONCEPTDB_BINARY, "help", flag});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto path = kSource / relative;
  const std::string checked_in = std::filesystem::exists(path) ? read_file(path) : "";
  EXPECT_TRUE(checked_in == r.out)
      << relative.string() << " is not what `conceptdb help " << flag
      << "` generates now. Regenerate it with `make docs` (or `" << CONCEPTDB_BINARY << " help "
      << flag << " > " << path.string() << "`), review the difference and check it in.";
}

TEST(ReferenceDocs, TheMarkdownReferenceIsCurrent) {
  expect_generated("--markdown", "docs/lua-api.md");
}

TEST(ReferenceDocs, TheLuaLsStubsAreCurrent) {
  expect_generated("--luals", "docs/lua/cdb.lua");
}

}  // namespace
