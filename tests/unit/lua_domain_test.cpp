// Tests of the Lua domain modules (cdb.concept, cdb.source, cdb.document, cdb.search,
// cdb.relations) and cdb.try, on the concept fixture: scripts check their results with
// assert(), the test checks that the run succeeded or failed with the expected message.
#include <gtest/gtest.h>

#include "ingest/build.hpp"
#include "ingest/sha256.hpp"
#include "lua/script_runner.hpp"
#include "support/concept_fixture.hpp"
#include "support/fixture_corpus.hpp"
#include "support/lua_run.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::write_file;

class LuaDomainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    write_file(dir_ / "corpus" / "a.txt", testing_support::kConceptEssay);
    write_file(dir_ / "corpus.toml", testing_support::fixture_manifest(
                                         ingest::sha256_hex(testing_support::kConceptEssay)));
    std::filesystem::create_directories(dir_ / "vocabulary");
    write_file(dir_ / "vocabulary" / "test.toml", testing_support::kConceptVocabulary);
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.vocabulary = dir_ / "vocabulary";
    o.database = dir_ / "conceptdb.sqlite";
    ingest::build_database(o);
  }

  luahost::RunResult run(const std::string& source) {
    return testing_support::run_lua(dir_.path(), dir_ / "conceptdb.sqlite", source);
  }

  void expect_ok(const std::string& source) {
    const auto result = run(source);
    EXPECT_TRUE(result.ok) << result.error;
  }

  void expect_error_at(const std::string& source, int line, const std::string& fragment) {
    testing_support::expect_lua_error_at(dir_.path(), run(source), line, fragment);
  }

  testing_support::TempDir dir_;
};

TEST_F(LuaDomainTest, AConceptIsFoundByKeyLabelOrAbbreviation) {
  expect_ok(R"lua(
    local c = cdb.concept "plg"
    assert(c.key == "plg" and c.label == "professionele leergemeenschap")
    assert(c.definition == "Een groep die samen leert.")
    assert(cdb.concept("PLG").key == "plg")
    assert(cdb.concept("Professionele Leergemeenschap").key == "plg")
    assert(cdb.concept("distributed leadership").key == "gespreid-leiderschap")
    assert(cdb.concept("niets") == nil)
    assert(tostring(c) == "professionele leergemeenschap (plg)")
    assert(c:count() == 3)
    local labels = c:labels()
    assert(labels[1].kind == "pref" and #labels == 3)
  )lua");
}

TEST_F(LuaDomainTest, AConceptKnowsItsRelationsMentionsAndDocuments) {
  expect_ok(R"lua(
    local g = cdb.concept "gespreid-leiderschap"
    assert(g:broader()[1].key == "leiderschap")
    assert(cdb.concept("leiderschap"):narrower()[1].key == "gespreid-leiderschap")
    assert(cdb.concept("leiderschap"):count(true) == 2)
    local rel = g:related("requires")
    assert(#rel == 1 and rel[1].direction == "out" and rel[1].concept.key == "professionele-ruimte")
    assert(rel[1].file == "a" and rel[1].line == 3)
    local m = g:mentions()
    assert(#m == 2 and m[1].line == 3 and m[2].rule == "adjective")
    assert(#g:mentions{ rule = "adjective" } == 1)
    local d = g:documents()
    assert(d[1].document == "a" and d[1].mentions == 2)
  )lua");
}

TEST_F(LuaDomainTest, SourcesStandNextToConceptsAndCiteThemselves) {
  expect_ok(R"lua(
    local s = cdb.concept("gespreid-leiderschap"):sources{ level = "sentence" }
    assert(#s == 1 and s[1].source.key == "aalbers2001" and s[1].weight == 1)
    local a = cdb.source "aalbers2001"
    assert(a:cite() == "Aalbers (2001)")
    assert(a:cite("parenthetical") == "(Aalbers, 2001)")
    assert(#a:citations() == 2)
    assert(a:concepts{ level = "paragraph" }[1].concept.key ~= nil)
    assert(cdb.source("nobody1999") == nil)
    assert(#cdb.sources{ min_citations = 2 } == 1)
  )lua");
}

TEST_F(LuaDomainTest, CooccurrenceAndCocitation) {
  expect_ok(R"lua(
    local c = cdb.concept("gespreid-leiderschap"):cooccurring{ level = "sentence" }
    assert(c[1].concept.key == "professionele-ruimte" and c[1].count == 2)
    local pairs = cdb.relations.cooccurrence{ level = "sentence" }
    for _, p in ipairs(pairs) do assert(p.a < p.b) end
    local cc = cdb.relations.cocitation()
    assert(#cc == 1 and cc[1].a == "aalbers2001" and cc[1].b == "brink2004")
    assert(#cdb.relations.curated{ type = "broader" } == 1)
    assert(#cdb.relations.concept_source{ concept = "plg", level = "paragraph" } == 2)
  )lua");
}

TEST_F(LuaDomainTest, DocumentsAndSearch) {
  expect_ok(R"lua(
    local d = cdb.document "a"
    assert(d.title == "Een essay" and #d:passages() > 0)
    assert(d:concepts()[1].concept ~= nil and #d:citations() == 3)
    assert(#cdb.documents{ file = "b" } >= 2)
    local hits = cdb.search "leergemeenschap"
    assert(#hits == 1 and hits[1].line == 10 and hits[1].snippet:find("%[leergemeenschap%]"))
  )lua");
}

TEST_F(LuaDomainTest, MisuseIsAnArgErrorAtTheScriptLine) {
  expect_error_at("local x = 1\nlocal c = cdb.concept(42)\n", 2, "ARG: cdb.concept needs a key");
  expect_error_at("local c = cdb.concept 'plg'\nc:cooccurring{ level = 'page' }\n", 2,
                  "ARG: Concept:cooccurring: level must be");
  expect_error_at("cdb.concepts{ thema = 'x' }\n", 1, "unknown option 'thema'");
  expect_error_at("\ncdb.search('\"open')\n", 2, "is not valid FTS5");
}

TEST_F(LuaDomainTest, TryReturnsTheErrorWithItsCode) {
  expect_ok(R"lua(
    local ok, e = cdb.try(cdb.concept, 42)
    assert(not ok and e.code == "ARG" and e.message:find("needs a key"))
    assert(tostring(e):find("ARG: cdb.concept"))
    local ok2, v = cdb.try(function() return cdb.sql.value("SELECT 41 + 1") end)
    assert(ok2 and v == 42)
    local ok3, e3 = cdb.try(cdb.sql.value, "SELECT * FROM nothing")
    assert(not ok3 and e3.code == "SQL")
  )lua");
}

TEST_F(LuaDomainTest, AFilterNamingNothingIsNotFoundWithTheNearestNames) {
  expect_error_at("local x = 1\ncdb.relations.cooccurrence{ concept = 'leiderschp' }\n", 2,
                  "NOT_FOUND: cdb.relations.cooccurrence: no concept 'leiderschp' (did you "
                  "mean leiderschap?)");
  expect_error_at("cdb.concepts{ document = 'zzz' }\n", 1, "NOT_FOUND: cdb.concepts: no document");
  expect_error_at("cdb.concepts{ theme = 'tset' }\n", 1, "no theme 'tset' (did you mean test?)");
  expect_error_at("cdb.relations.cooccurrence{ concept = 'leider' }\n", 1,
                  "(did you mean gespreid-leiderschap, leiderschap?)");
  expect_error_at("cdb.relations.concept_source{ source = 'nobody1999' }\n", 1,
                  "no source 'nobody1999'");
  expect_ok(R"lua(
    -- An existing name filters as before; a document is named by key or file.
    assert(#cdb.concepts{ theme = "test" } == 4)
    assert(#cdb.concepts{ document = "a" } > 0)
    local ok, e = cdb.try(function() local l = cdb.sources{ document = "q" }; return l end)
    assert(not ok and e.code == "NOT_FOUND" and e.where:find("script.lua:5$"))
  )lua");
}

TEST_F(LuaDomainTest, SqlListKeepsTheSelectOrderOfColumns) {
  expect_ok(R"lua(
    local l = cdb.sql.list("SELECT label, concept_key, 2 AS two FROM v_concept ORDER BY concept_key")
    assert(cdb.List.is(l) and #l == 4)
    assert(l.columns[1] == "label" and l.columns[2] == "concept_key" and l.columns[3] == "two")
    assert(tostring(l):match("^label +concept_key +two\n"))
    assert(l:filter(function(r) return r.concept_key == "plg" end)[1].two == 2)
    assert(#cdb.sql.list("SELECT 1 AS x WHERE 0") == 0)
  )lua");
  expect_error_at("local a = 1\ncdb.sql.list('SELECT nope FROM v_concept')\n", 2,
                  "SQL: no such column: nope");
}

TEST_F(LuaDomainTest, SpecArgumentsOfDomainTypesAreLookedUp) {
  write_file(dir_ / "card.lua", R"lua(
    return { args = { concept = { type = "concept", default = "PLG" } },
             main = function(args) assert(getmetatable(args.concept).__name == "cdb.Concept")
                                   print(args.concept.key) end }
  )lua");
  luahost::RunOptions o;
  o.script = dir_ / "card.lua";
  o.database = dir_ / "conceptdb.sqlite";
  auto result = luahost::run_script(o);
  EXPECT_TRUE(result.ok) << result.error;
  o.arguments = {"concept=gedeeld leiderschap"};
  result = luahost::run_script(o);
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.error.find("NOT_FOUND: concept=gedeeld leiderschap: no concept with the key "
                              "or label 'gedeeld leiderschap'"),
            std::string::npos)
      << result.error;
}

}  // namespace
