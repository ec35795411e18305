// tests/fuzz/lua_api_fuzzer.cpp — the Lua API through the real host: the input's bytes choose
// a script (lua_script_grammar.hpp) that is run by luahost::run_script, sandboxed and
// read-only, with short limits (2 s, 64 MB), on the concept fixture database (built once per
// process in a temporary folder) and with --out in that folder. A Lua error is a fine outcome;
// what must hold: no crash, no sanitizer report, no exception out of run_script, an error
// always has a message, nothing is written outside the output folder, and the database is
// byte for byte what it was.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>

#include "fuzz_check.hpp"
#include "ingest/build.hpp"
#include "ingest/sha256.hpp"
#include "lua/script_runner.hpp"
#include "lua_script_grammar.hpp"
#include "support/concept_fixture.hpp"
#include "support/fixture_corpus.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::write_file;

struct Fixture {
  testing_support::TempDir dir;
  std::filesystem::path database;
  std::string database_bytes;  // as built: a read-only run must leave it so
};

Fixture& fixture() {
  static const std::unique_ptr<Fixture> made = [] {
    auto f = std::make_unique<Fixture>();
    // Scripts print; the fuzzer's own messages go to stderr.
    if (std::freopen("/dev/null", "w", stdout) == nullptr) std::perror("stdout");
    testing_support::write_fixture_corpus(f->dir.path());
    write_file(f->dir / "corpus" / "a.txt", testing_support::kConceptEssay);
    write_file(f->dir / "corpus.toml", testing_support::fixture_manifest(
                                           ingest::sha256_hex(testing_support::kConceptEssay)));
    std::filesystem::create_directories(f->dir / "vocabulary");
    write_file(f->dir / "vocabulary" / "test.toml", testing_support::kConceptVocabulary);
    ingest::BuildOptions options;
    options.manifest = f->dir / "corpus.toml";
    options.corpus_dir = f->dir / "corpus";
    options.vocabulary = f->dir / "vocabulary";
    options.database = f->dir / "conceptdb.sqlite";
    ingest::build_database(options);
    f->database = options.database;
    f->database_bytes = testing_support::read_file(f->database);
    return f;
  }();
  return *made;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Fixture& f = fixture();
  const std::filesystem::path escape = f.dir / "escape.csv";
  fuzz::ByteReader in(data, size);
  const std::string script = fuzz::generate_lua_script(in, escape);
  write_file(f.dir / "script.lua", script);
  // To see what an input runs: CONCEPTDB_FUZZ_SHOW_SCRIPT=1 fuzz_replay_lua_api INPUT
  if (std::getenv("CONCEPTDB_FUZZ_SHOW_SCRIPT") != nullptr)
    std::fprintf(stderr, "%s\n", script.c_str());

  luahost::RunOptions options;
  options.script = f.dir / "script.lua";
  options.database = f.database;
  options.version = "fuzz";
  options.out_dir = f.dir / "out";
  options.limits.seconds = 2.0;
  options.limits.memory_bytes = 64u << 20u;
  luahost::RunResult result;
  try {
    result = luahost::run_script(options);
  } catch (const std::exception& e) {
    fuzz::check(false, "run_script threw instead of reporting a script error", e.what());
  }
  if (!result.ok) fuzz::check(!result.error.empty(), "a failed run without a message", script);

  std::error_code ec;
  fuzz::check(!std::filesystem::exists(escape, ec), "a script wrote outside --out", script);
  for (const auto& entry : std::filesystem::directory_iterator(f.dir.path())) {
    const std::string name = entry.path().filename().string();
    fuzz::check(name == "corpus" || name == "corpus.toml" || name == "vocabulary" ||
                    name == "out" || name == "script.lua" || name.rfind("conceptdb.sqlite", 0) == 0,
                "a script made a file outside --out", name + "\n" + script);
  }
  fuzz::check(testing_support::read_file(f.database) == f.database_bytes,
              "a read-only run changed the database", script);
  std::filesystem::remove_all(f.dir / "out", ec);
  return 0;
}
