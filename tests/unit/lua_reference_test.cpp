// Tests of the Lua API reference (src/lua/prelude/reference.lua): it reads into structs, its
// type expressions name types it defines, and it is complete — every public function, method
// and value of the live `cdb` table and of every object type has an entry, every entry names
// something that exists, and every field of a live object is documented. The objects come
// from the concept fixture database.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "ingest/build.hpp"
#include "ingest/sha256.hpp"
#include "lua/reference.hpp"
#include "support/concept_fixture.hpp"
#include "support/fixture_corpus.hpp"
#include "support/lua_run.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::write_file;

TEST(LuaReference, ReadsEntriesWithSignaturesAndExamples) {
  const luahost::Reference ref = luahost::load_reference();
  const luahost::ReferenceEntry* concept_entry = ref.find_entry("cdb.concept");
  ASSERT_NE(concept_entry, nullptr);
  EXPECT_EQ(concept_entry->signature(), "cdb.concept(name: string) → Concept?");
  EXPECT_EQ(concept_entry->call_form(), "cdb.concept(name)");
  EXPECT_FALSE(concept_entry->summary.empty());
  EXPECT_NE(concept_entry->example.find("cdb.concept"), std::string::npos);

  const luahost::ReferenceEntry* sort = ref.find_entry("List:sort");
  ASSERT_NE(sort, nullptr);
  EXPECT_EQ(sort->kind, luahost::EntryKind::kMethod);
  EXPECT_EQ(sort->owner_type(), "List");
  EXPECT_EQ(sort->call_form(), "List:sort(key?, order?)");
  ASSERT_EQ(sort->params.size(), 2u);
  EXPECT_TRUE(sort->params[0].optional);

  const luahost::ReferenceEntry* null = ref.find_entry("cdb.null");
  ASSERT_NE(null, nullptr);
  EXPECT_EQ(null->kind, luahost::EntryKind::kValue);
  EXPECT_EQ(null->signature(), "cdb.null: Null");

  const luahost::ReferenceType* type = ref.find_type("Concept");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->metatable, "cdb.Concept");
  EXPECT_FALSE(ref.methods_of("Concept").empty());
  EXPECT_EQ(ref.find_entry("cdb.nothing"), nullptr);
}

TEST(LuaReference, TypeExpressionsNameOnlyKnownTypes) {
  // A capitalised word in a type is a type of the reference: catches "Concpet" and types
  // used but never described.
  const luahost::Reference ref = luahost::load_reference();
  const std::regex capitalised("\\b[A-Z][A-Za-z]*\\b");
  auto check = [&](const std::string& where, const std::string& expression) {
    for (std::sregex_iterator it(expression.begin(), expression.end(), capitalised), end; it != end;
         ++it) {
      EXPECT_NE(ref.find_type(it->str()), nullptr)
          << where << " names the type '" << it->str() << "', which the reference lacks";
    }
  };
  for (const auto& m : ref.modules) {
    for (const auto& e : m.entries) {
      check(e.name, e.value_type);
      for (const auto& p : e.params)
        check(e.name + " parameter " + p.name, p.type);
      for (const auto& r : e.returns)
        check(e.name + " return", r.type);
    }
    for (const auto& t : m.types) {
      for (const auto& f : t.fields)
        check(t.name + "." + f.name, f.type);
    }
  }
}

TEST(LuaReference, FindsTheMethodsOfUserdataTypes) {
  const auto methods = luahost::userdata_method_names();
  ASSERT_TRUE(methods.count("cdb.sql.statement"));
  const auto& statement = methods.at("cdb.sql.statement");
  EXPECT_EQ(std::set<std::string>(statement.begin(), statement.end()),
            (std::set<std::string>{"close", "exec", "first", "rows", "value"}));
}

// The walk over the live API, in Lua: `api_problems(samples)` returns the lines that say what
// is undocumented and what is documented but absent. `samples` are objects ({value, type})
// whose methods and fields are checked; `type` names the record type of a plain table.
const char* const kApiWalk = R"lua(
-- Handles the prelude keeps to itself: scripts reach them only through private names
-- (cdb._export, a Report's _document), so they are not part of the API and need no type.
local PRIVATE_USERDATA = {
  ["cdb.export.table"] = true, ["cdb.export.workbook"] = true, ["cdb.report.document"] = true,
}

local function api_problems(samples)
  local ref = cdb._reference
  local documented, by_metatable, by_table, types = {}, {}, {}, {}
  for _, m in ipairs(ref.modules) do
    for _, e in ipairs(m.entries) do documented[e.name] = e end
    for _, t in ipairs(m.types) do
      types[t.name] = t
      if t.metatable then by_metatable[t.metatable] = t end
      if t.table then by_table[t.table] = t end
    end
  end
  local live, problems = {}, {}
  local function method(t, key)
    local static = t.table and (t.table .. "." .. key)
    if static and documented[static] then return static end
    return t.name .. ":" .. key
  end
  local function public(k) return type(k) == "string" and k:sub(1, 1) ~= "_" end

  local seen = {}
  local function walk(t, path)
    if seen[t] then return end
    seen[t] = true
    for k, v in pairs(t) do
      if public(k) then
        local name = path .. "." .. k
        local owner = by_table[path]
        if owner and type(v) == "function" then
          live[method(owner, k)] = true
        elseif documented[name] and documented[name].type then
          live[name] = true  -- a documented value: its contents are data
        elseif type(v) == "table" then
          local mt = getmetatable(v)
          if type(mt) == "table" and mt.__call then live[name] = true end
          walk(v, name)
        else
          live[name] = true
        end
      end
    end
  end
  walk(cdb, "cdb")

  for i, sample in ipairs(samples) do
    local value, type_name = sample[1], sample[2]
    local mt = getmetatable(value)
    local t
    if type_name then
      t = types[type_name]
      if not t then problems[#problems + 1] = "no type " .. type_name .. " in the reference" end
    elseif type(mt) == "table" and mt.__name then
      t = by_metatable[mt.__name]
      if not t then
        problems[#problems + 1] = "objects with metatable " .. mt.__name .. " have no type"
      end
    else
      problems[#problems + 1] = "sample " .. i .. " is not an object"
    end
    if t then
      if type(mt) == "table" and type(mt.__index) == "table" then
        for k, v in pairs(mt.__index) do
          if public(k) and type(v) == "function" then live[method(t, k)] = true end
        end
      end
      local fields = {}
      for _, f in ipairs(t.fields or {}) do fields[f[1]] = true end
      for k in pairs(value) do
        if public(k) and not fields[k] then
          problems[#problems + 1] = "field " .. t.name .. "." .. k .. " has no description"
        end
      end
    end
  end
  for metatable in pairs(PRIVATE_USERDATA) do
    if USERDATA_METHODS[metatable] == nil then
      problems[#problems + 1] = "PRIVATE_USERDATA names " .. metatable .. ", which no longer exists"
    end
  end
  for metatable, methods in pairs(USERDATA_METHODS) do
    local t = by_metatable[metatable]
    if #methods > 0 and not t and not PRIVATE_USERDATA[metatable] then
      problems[#problems + 1] = "userdata " .. metatable .. " has methods but no type"
    end
    for _, m in ipairs(methods) do if t then live[method(t, m)] = true end end
  end

  for name in pairs(live) do
    if not documented[name] then
      problems[#problems + 1] = name .. " has no entry in src/lua/prelude/reference.lua"
    end
  end
  for name in pairs(documented) do
    if not live[name] then
      problems[#problems + 1] = "the entry " .. name .. " names nothing that exists"
    end
  end
  table.sort(problems)
  return problems
end

local function samples()
  local g = cdb.concept "gespreid-leiderschap"
  local a = cdb.source "aalbers2001"
  local d = cdb.document "a"
  local _, err = cdb.try(error, "ARG: a sample error")
  local list = {
    { g }, { a }, { d }, { cdb.List() }, { err },
    { g:labels()[1], "Label" }, { g:related()[1], "Relation" },
    { g:mentions()[1], "Mention" }, { g:documents()[1], "ConceptDocument" },
    { g:sources{ level = "sentence" }[1], "SourceWeight" },
    { g:cooccurring()[1], "Neighbour" }, { a:citations()[1], "Citation" },
    { a:concepts()[1], "ConceptWeight" }, { d:passages()[1], "Passage" },
    { d:concepts()[1], "ConceptCount" }, { d:citations()[1], "DocumentCitation" },
    { cdb.search("leergemeenschap")[1], "SearchHit" },
    { cdb.relations.cooccurrence()[1], "CooccurrencePair" },
    { cdb.relations.concept_source()[1], "ConceptSourcePair" },
    { cdb.relations.cocitation()[1], "CocitationPair" },
    { cdb.relations.curated()[1], "CuratedRelation" },
    { cdb.graph() }, { cdb.graph().nodes[1], "GraphNode" }, { cdb.graph().edges[1], "GraphEdge" },
    { cdb.report.new "sample" },
  }
  for i, s in ipairs(list) do
    assert(s[1] ~= nil, "the fixture gave no sample " .. i .. " (" .. tostring(s[2]) .. ")")
  end
  return list
end
)lua";

// USERDATA_METHODS as a Lua table literal, from the C++ side (scripts cannot see them).
std::string userdata_methods_lua() {
  std::string out = "local USERDATA_METHODS = {\n";
  for (const auto& [metatable, methods] : luahost::userdata_method_names()) {
    out += "  [\"" + metatable + "\"] = {";
    for (const auto& m : methods)
      out += " \"" + m + "\",";
    out += " },\n";
  }
  return out + "}\n";
}

class LuaReferenceLiveTest : public ::testing::Test {
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

  luahost::RunResult run(const std::string& body) {
    return testing_support::run_lua(dir_.path(), dir_ / "conceptdb.sqlite",
                                    userdata_methods_lua() + kApiWalk + body);
  }

  testing_support::TempDir dir_;
};

TEST_F(LuaReferenceLiveTest, EveryPublicFunctionHasAnEntryAndEveryEntryNamesOne) {
  const auto result = run(R"lua(
    local problems = api_problems(samples())
    if #problems > 0 then
      error("\nThe Lua API reference (src/lua/prelude/reference.lua) and the live API differ. "
            .. "Give every public function an entry (names starting with _ are private); a "
            .. "function in a class table such as cdb.List is documented as List:method, with "
            .. "a type whose table is that table; a userdata type needs a type whose metatable "
            .. "is its name (or, for a handle scripts never see, an entry in PRIVATE_USERDATA in "
            .. "tests/unit/lua_reference_test.cpp).\n  " .. table.concat(problems, "\n  "), 0)
    end
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

TEST_F(LuaReferenceLiveTest, TheWalkReportsWhatIsMissingAndWhatIsStale) {
  // The check above can fail: an undocumented function, method and field and a stale entry
  // are each named.
  const auto result = run(R"lua(
    cdb.relations.brand_new = function() end
    cdb.List.shuffle = function() end
    local entries = cdb._reference.modules[1].entries
    entries[#entries + 1] = { name = "cdb.gone", summary = "", example = "" }
    local c = cdb.concept "plg"
    c.surprise = 1
    local problems = table.concat(api_problems({ { c } }), "\n")
    for _, expected in ipairs{
        "cdb.relations.brand_new has no entry", "List:shuffle has no entry",
        "the entry cdb.gone names nothing", "field Concept.surprise has no description" } do
      assert(problems:find(expected, 1, true), "not reported: " .. expected .. "\n" .. problems)
    end
    assert(not problems:find("cdb.concept has no entry", 1, true), problems)
  )lua");
  EXPECT_TRUE(result.ok) << result.error;
}

}  // namespace
