// Tests of cdb.List (src/lua/prelude/list.lua): every method, that none changes its list,
// the text rendering (exact expected text), and that misuse raises ARG at the script line.
//
// Scripts check their own results; those that should succeed get a small prologue with
// `eq(actual, expected, what)`, `items(list)` ("a,b,c") and `field(list, name)` helpers.
#include <gtest/gtest.h>

#include "ingest/build.hpp"
#include "lua/script_runner.hpp"
#include "support/fixture_corpus.hpp"
#include "support/lua_run.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::TempDir;
using testing_support::write_file;

constexpr const char* kPrologue = R"lua(
local List = cdb.List
local function eq(actual, expected, what)
  if actual ~= expected then
    error(string.format("%s:\nexpected: [%s]\ngot:      [%s]", what or "value",
                        tostring(expected), tostring(actual)), 2)
  end
end
local function items(list)
  local parts = {}
  for i = 1, #list do parts[i] = tostring(list[i]) end
  return table.concat(parts, ",")
end
local function field(list, name)
  local parts = {}
  for i = 1, #list do parts[i] = tostring(list[i][name]) end
  return table.concat(parts, ",")
end
local function lines(array) return table.concat(array, "\n") end
)lua";

class LuaListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    ingest::BuildOptions o;
    o.manifest = dir_ / "corpus.toml";
    o.corpus_dir = dir_ / "corpus";
    o.database = dir_ / "conceptdb.sqlite";
    ingest::build_database(o);
  }

  luahost::RunResult run(const std::string& source) {
    return testing_support::run_lua(dir_.path(), dir_ / "conceptdb.sqlite", source);
  }

  void expect_ok(const std::string& body) {
    const auto result = run(std::string(kPrologue) + body);
    EXPECT_TRUE(result.ok) << result.error;
  }

  // The script (no prologue) must fail at `line` with an error containing `fragment`.
  void expect_error_at(const std::string& source, int line, const std::string& fragment) {
    testing_support::expect_lua_error_at(dir_.path(), run(source), line, fragment);
  }

  // What the script printed to stdout.
  std::string printed_by(const std::string& body) {
    testing::internal::CaptureStdout();
    const auto result = run(std::string(kPrologue) + body);
    std::string out = testing::internal::GetCapturedStdout();
    EXPECT_TRUE(result.ok) << result.error;
    return out;
  }

  TempDir dir_;
};

TEST_F(LuaListTest, ConstructorsCopyTheirArray) {
  expect_ok(R"lua(
    local t = {3, 1, 2}
    local a, b = List(t), List.new(t)
    t[1] = 99
    eq(items(a), "3,1,2", "List(t) copies")
    eq(items(b), "3,1,2", "List.new(t) copies")
    assert(List.is(a) and List.is(b) and not List.is(t) and not List.is(nil))
    eq(#List(), 0, "List() is empty")
    eq(items(List.of("x", nil, "y")), "x,y", "of drops nils")
    eq(items(List(table.pack(1, nil, 3))), "1,3", "holes are dropped")
    local c = List({1}):with_columns{"a"}
    eq(List(c).columns[1], "a", "a List's columns are copied")
    assert(List(c).columns ~= c.columns, "copied, not shared")
    eq(getmetatable(List{}).__name, "cdb.List")
  )lua");
}

TEST_F(LuaListTest, MapPassesTheIndexAndDropsNils) {
  expect_ok(R"lua(
    local l = List{10, 20, 30, 40}
    local m = l:map(function(x, i) if i ~= 2 then return x + i end end)
    eq(items(m), "11,33,44")
    assert(List.is(m))
    eq(items(l), "10,20,30,40", "map leaves its list alone")
    eq(#l:map(function() return nil end), 0)
  )lua");
}

TEST_F(LuaListTest, FilterTakesAFunctionOrFieldValues) {
  expect_ok(R"lua(
    local l = List{
      {name = "a", year = 2001, kind = "book"},
      {name = "b", year = 2010, kind = "article"},
      {name = "c", year = 2010, kind = "book"},
      {name = "d", kind = "book"},
    }
    eq(field(l:filter(function(r, i) return i > 2 end), "name"), "c,d", "by function")
    eq(field(l:filter{year = 2010}, "name"), "b,c", "by one field")
    eq(field(l:filter{year = 2010, kind = "book"}, "name"), "c", "by two fields")
    eq(field(l:filter{year = function(y) return y and y < 2005 end}, "name"), "a",
       "a function value tests the field")
    eq(field(l:filter{year = cdb.null}, "name"), "d", "cdb.null matches a missing field")
    eq(#l:filter{}, 4, "no conditions keep everything")
    eq(#List{1, "x"}:filter{year = 1}, 0, "scalars have no fields")
    eq(#l, 4, "filter leaves its list alone")
    eq(l:with_columns{"name"}:filter{kind = "book"}.columns[1], "name", "columns are kept")
  )lua");
}

TEST_F(LuaListTest, SortIsStableAndPutsNilKeysLastInBothOrders) {
  expect_ok(R"lua(
    local l = List{
      {id = 1, n = 2}, {id = 2}, {id = 3, n = 1}, {id = 4, n = 2},
      {id = 5, n = cdb.null}, {id = 6, n = 1}, {id = 7, n = 0/0},
    }
    eq(field(l:sort("n"), "id"), "3,6,1,4,2,5,7", "asc")
    eq(field(l:sort("n", "asc"), "id"), "3,6,1,4,2,5,7", "explicit asc")
    eq(field(l:sort("n", "desc"), "id"), "1,4,3,6,2,5,7", "desc keeps ties in order")
    eq(field(l:sort(function(r) return r.id % 3 end), "id"), "3,6,1,4,7,2,5", "function key")
    eq(field(l, "id"), "1,2,3,4,5,6,7", "sort leaves its list alone")
  )lua");
  expect_ok(R"lua(
    eq(items(List{3, 1, 2}:sort()), "1,2,3", "no key sorts the items")
    eq(items(List{3, 1, 2}:sort(nil, "desc")), "3,2,1")
    eq(items(List{10, 9, 2.5}:sort()), "2.5,9,10", "numbers compare as numbers")
    eq(items(List{"b", "B", "a"}:sort()), "B,a,b", "strings compare bytewise")
    eq(items(List{"x", 2, true, 1, false}:sort()), "false,true,1,2,x",
       "mixed types by type name: boolean < number < string")
  )lua");
}

TEST_F(LuaListTest, GroupByKeepsFirstAppearanceOrder) {
  expect_ok(R"lua(
    local l = List{
      {k = "b", v = 1}, {k = "a", v = 2}, {v = 3}, {k = "b", v = 4}, {k = cdb.null, v = 5},
    }
    local g = l:group_by("k")
    eq(#g, 3)
    eq(g[1].key, "b"); eq(field(g[1].items, "v"), "1,4")
    eq(g[2].key, "a"); eq(field(g[2].items, "v"), "2")
    eq(g[3].key, nil, "nil and cdb.null group together as nil"); eq(field(g[3].items, "v"), "3,5")
    assert(List.is(g) and List.is(g[1].items))
    eq(table.concat(g.columns, ","), "key,items")
    local byparity = List{1, 2, 3, 4, 5}:group_by(function(x) return x % 2 end)
    eq(byparity[1].key, 1); eq(items(byparity[1].items), "1,3,5")
    eq(items(List{"x", "y", "x"}:group_by():map(function(g) return #g.items end)), "2,1")
  )lua");
}

TEST_F(LuaListTest, CountByOrdersByCountThenKey) {
  expect_ok(R"lua(
    local words = List{"de", "het", "een", "de", "het", "de", "aan"}
    local c = words:count_by()
    eq(field(c, "key"), "de,het,aan,een", "count desc, then key")
    eq(field(c, "count"), "3,2,1,1")
    eq(table.concat(c.columns, ","), "key,count")
    local r = List{{y = 2}, {}, {y = 1}, {}, {y = 2}, {y = 1}}:count_by("y")
    eq(field(r, "key"), "1,2,nil", "ties by key, nil last")
    eq(field(r, "count"), "2,2,2")
  )lua");
}

TEST_F(LuaListTest, PivotCountsAndSums) {
  expect_ok(R"lua(
    local l = List{
      {concept = "PLG", year = 2012, pages = 3},
      {concept = "VIG", year = 2011, pages = 2},
      {concept = "PLG", year = 2011, pages = 1},
      {concept = "PLG", year = 2012, pages = 4},
      {concept = "VIG", year = 2013},
      {concept = "XYZ", pages = 9},
    }
    local counts = l:pivot("concept", "year")
    eq(table.concat(counts.columns, ","), "concept,2011,2012,2013")
    eq(field(counts, "concept"), "PLG,VIG,XYZ", "rows in order of first appearance")
    eq(field(counts, 2011), "1,1,0"); eq(field(counts, 2012), "2,0,0")
    eq(field(counts, 2013), "0,1,0", "missing cells are 0")
    local sums = l:pivot("concept", "year", "pages")
    eq(field(sums, 2011), "1,2,0"); eq(field(sums, 2012), "7,0,0")
    eq(field(sums, 2013), "0,0,0", "nil values count as nothing")
    assert(math.type(sums[1][2012]) == "integer")
    local firsts = l:pivot("concept", "year", function(items) return items:first().pages end)
    eq(field(firsts, 2012), "3,nil,nil", "a function computes the cell; missing cells nil")
    local by_fn = l:pivot(function(r) return #r.concept end, "year")
    eq(by_fn.columns[1], "key"); eq(by_fn[1].key, 3)
    eq(tostring(counts), lines{
      "concept  2011  2012  2013",
      "-------  ----  ----  ----",
      "PLG         1     2     0",
      "VIG         1     0     1",
      "XYZ         0     0     0",
    })
  )lua");
}

TEST_F(LuaListTest, JoinInnerAndLeft) {
  expect_ok(R"lua(
    local sources = List{
      {id = 1, author = "Verbiest", year = 2012},
      {id = 2, author = "Jansen", year = 1999},
      {id = 3, author = "Smit"},
    }
    local cites = List{
      {source = 2, line = 10, year = "clash"},
      {source = 1, line = 20},
      {source = 2, line = 30},
      {source = 9, line = 40},
    }
    local inner = cites:join(sources, "source", "id")
    eq(field(inner, "line"), "10,20,30", "inner join drops unmatched rows")
    eq(field(inner, "author"), "Jansen,Verbiest,Jansen")
    eq(field(inner, "year"), "clash,2012,1999", "the left record wins a clash")
    assert(inner[2] ~= cites[2], "joined rows are new tables")
    eq(cites[2].author, nil, "join leaves its records alone")
    local left = cites:join(sources, "source", "id", {how = "left"})
    eq(field(left, "line"), "10,20,30,40"); eq(field(left, "author"), "Jansen,Verbiest,Jansen,nil")
    eq(#cites:join(sources, "source", "id", {how = "inner"}), 3)
    local many = sources:join(cites, "id", "source")
    eq(field(many, "line"), "20,10,30", "every match of a left row, in the right's order")
    local same = List{{id = 1, a = "x"}, {id = 2, a = "y"}}
    eq(field(same:join({{id = 2, b = "z"}}, "id"), "b"), "z", "a plain array, one key")
    eq(#same:join({{id = 3}}, "id", {how = "left"}), 2, "options as the third argument")
    eq(#List{{}}:join({{}}, "id"), 0, "nil keys never match")
    local ca = List{{id = 1, a = 1}}:with_columns{"id", "a"}
    local cb = List{{id = 1, b = 2}}:with_columns{"b", "id"}
    eq(table.concat(ca:join(cb, "id").columns, ","), "id,a,b", "columns of both")
  )lua");
}

TEST_F(LuaListTest, HeadUniqueFlatten) {
  expect_ok(R"lua(
    local l = List{5, 4, 3, 2, 1, 5, 4}
    eq(items(l:head(3)), "5,4,3"); eq(items(l:head(0)), ""); eq(items(l:head(99)), items(l))
    eq(#List{1,2,3,4,5,6,7,8,9,10,11,12}:head(), 10, "head defaults to 10")
    eq(items(l:head(2.0)), "5,4", "whole floats count")
    eq(items(l:unique()), "5,4,3,2,1")
    local r = List{{k = 1, v = "a"}, {k = 2, v = "b"}, {k = 1, v = "c"}, {v = "d"}, {v = "e"}}
    eq(field(r:unique("k"), "v"), "a,b,d", "first of each key, nil is one key")
    eq(items(List{1, 1.0, 2}:unique()), "1,2", "1 and 1.0 are one value")
    local rec = {x = 1}
    local nested = List{List{1, 2}, {3, {4}}, rec, "s", {}}
    local flat = nested:flatten()
    eq(#flat, 6); eq(items(flat:head(3)), "1,2,3"); eq(type(flat[4]), "table")
    assert(flat[5] == rec, "records stay whole"); eq(flat[6], "s")
    eq(#nested, 5, "flatten leaves its list alone")
  )lua");
}

TEST_F(LuaListTest, SumCountFirstEachTotable) {
  expect_ok(R"lua(
    local l = List{{n = 2}, {n = 3.5}, {}, {n = cdb.null}}
    eq(l:sum("n"), 5.5)
    eq(l:sum(function(r) return r.n and 1 end), 3, "a function key (cdb.null is truthy)")
    eq(List{1, 2, 3}:sum(), 6); assert(math.type(List{1, 2}:sum()) == "integer")
    eq(List{}:sum(), 0)
    eq(l:count(), 4); eq(List{}:count(), 0)
    eq(l:first(), l[1]); eq(List{}:first(), nil)
    local seen = {}
    local back = List{"a", "b"}:each(function(x, i) seen[#seen + 1] = i .. x end)
    eq(table.concat(seen, ","), "1a,2b"); assert(List.is(back) and #back == 2)
    local t = List{1, 2}:with_columns{"x"}:totable()
    eq(getmetatable(t), nil); eq(t.columns, nil); eq(#t, 2)
  )lua");
}

TEST_F(LuaListTest, WithColumnsSetsTheColumnOrder) {
  expect_ok(R"lua(
    local l = List{{b = 1, a = 2}}
    eq(l.columns, nil, "no columns until set")
    local c = l:with_columns{"b", "a"}
    eq(table.concat(c.columns, ","), "b,a"); eq(l.columns, nil, "the original keeps none")
    eq(table.concat(l:with_columns("a", "b").columns, ","), "a,b", "names as arguments")
    eq(tostring(c), lines{"b  a", "-  -", "1  2"})
    eq(tostring(l:with_columns{"a"}), lines{"a", "-", "2"}, "only the given columns")
    eq(table.concat(c:sort("a"):head(1):unique().columns, ","), "b,a", "kept by sort, head, unique")
    eq(c:map(function(r) return r end).columns, nil, "map makes new records")
  )lua");
}

TEST_F(LuaListTest, RecordsRenderAsAnAlignedTable) {
  expect_ok(R"lua(
    local t = List{
      {name = "Ångström", year = 2011, score = 1.5, note = cdb.null},
      {name = "Bo", year = 1999, score = 2.25},
      {name = "Cé", score = 1 / 3, extra = true},
    }
    eq(tostring(t), lines{
      "name      note  score  year  extra",
      "--------  ----  -----  ----  -----",
      "Ångström          1.5  2011",
      "Bo               2.25  1999",
      "Cé              0.333        true",
    }, "the first row's keys sorted, then the others; numbers right-aligned")
  )lua");
  expect_ok(R"lua(
    local shown = setmetatable({}, {__tostring = function() return "Verbiest (2012)" end})
    local t = List{
      {a = 2.0, b = -0.0001, c = 1e20, d = shown, e = "two\nlines"},
      {a = 12345678901, b = 0.1 + 0.2, c = List{1, 2}, d = {x = 1}, e = {"p", "q"}},
      {a = -3, b = 1.23456, c = List{{}, {}}, d = false, e = 0/0},
    }
    eq(tostring(t:with_columns{"e", "d", "c", "b", "a"}), lines{
      "e          d                c              b            a",
      "---------  ---------------  ---------  -----  -----------",
      "two lines  Verbiest (2012)  1e+20          0            2",
      "p, q       {…}              1, 2         0.3  12345678901",
      "nan        false            [2 items]  1.235           -3",
    })
  )lua");
}

TEST_F(LuaListTest, GroupsAndCountsRenderTheirColumnsInOrder) {
  expect_ok(R"lua(
    local l = List{{k = "x"}, {k = "y"}, {k = "x"}}
    eq(tostring(l:count_by("k")), lines{"key  count", "---  -----", "x        2", "y        1"})
    eq(tostring(l:group_by("k")), lines{"key  items", "---  ---------", "x    [2 items]",
                                        "y    [1 item]"})
  )lua");
}

TEST_F(LuaListTest, ScalarsRenderOnePerLine) {
  expect_ok(R"lua(
    eq(tostring(List{1, 2.5, "x", true, 3.0}), lines{"1", "2.5", "x", "true", "3"})
    eq(tostring(List{"a", cdb.null, "b"}), "a\n\nb", "cdb.null shows empty")
    eq(tostring(List{}), "(no rows)")
    eq(tostring(List{}:with_columns{"a", "bb"}), lines{"a  bb", "-  --"})
  )lua");
}

TEST_F(LuaListTest, PrintShowsAtMostMaxRows) {
  EXPECT_EQ(printed_by(R"lua(
    local t = List{{n = 1, w = "één"}, {n = 22, w = "twee"}, {n = 333, w = "drie"}}
    local same = t:print(2)  -- widths come from the rows shown: 333 is not
    assert(same == t, "print returns its list")
    List{"a", "b"}:print()
    List{1, 2, 3}:print(0)
  )lua"),
            " n  w\n"
            "--  ----\n"
            " 1  één\n"
            "22  twee\n"
            "… 1 more row\n"
            "a\n"
            "b\n"
            "… 3 more rows\n");
  std::string expected;
  for (int i = 1; i <= 50; ++i)
    expected += std::to_string(i) + "\n";
  expected += "… 10 more rows\n";
  EXPECT_EQ(printed_by(R"lua(
    local n = {}
    for i = 1, 60 do n[i] = i end
    List(n):print()
  )lua"),
            expected);
}

TEST_F(LuaListTest, NoMethodChangesItsList) {
  expect_ok(R"lua(
    local rows = {{k = "b", v = 2}, {k = "a", v = 1}, {k = "b", v = 3}}
    local l = List(rows):with_columns{"k", "v"}
    local before = tostring(l)
    l:map(function(r) r = nil end); l:filter{k = "a"}; l:sort("v", "desc"); l:group_by("k")
    l:count_by("k"); l:pivot("k", "v"); l:join(l, "k"); l:head(1); l:unique("k"); l:flatten()
    l:sum("v"); l:count(); l:first(); l:each(function() end); l:totable(); l:with_columns{"v"}
    eq(tostring(l), before); eq(#l, 3); eq(l.columns[2], "v")
    eq(rows[1].k, "b"); eq(rows[1].v, 2); eq(#rows[1], 0)
  )lua");
}

TEST_F(LuaListTest, ScriptsCannotUnsettleTheModuleByOverwritingGlobals) {
  expect_ok(R"lua(
    local l = List{{a = 1}}
    type, pairs, tostring, string.format = nil, nil, nil, nil
    table.sort, table.concat = nil, nil
    assert(l:sort("a"):count() == 1)
    assert(l:count_by("a")[1].count == 1)
  )lua");
}

TEST_F(LuaListTest, MisuseRaisesArgAtTheScriptLine) {
  expect_error_at("local x = 1\nlocal l = cdb.List(5)\n", 2,
                  "ARG: cdb.List needs a table (an array of items), got the number 5");
  expect_error_at("\nlocal l = cdb.List.new('abc')\n", 2, "ARG: cdb.List needs a table");
  expect_error_at("local l = cdb.List(nil)\n", 1, "got nil");
  expect_error_at("local l = cdb.List(cdb.null)\n", 1, "got cdb.null");
  const std::string l = "local l = cdb.List{{a = 1}, {a = 2}}\n";
  expect_error_at(l + "\nl:sort(5)\n", 3,
                  "ARG: sort: the key must be a field name (a string) or a function, got the "
                  "number 5");
  expect_error_at(l + "l:sort('a', 'down')\n", 2,
                  "ARG: sort: the order must be \"asc\" or \"desc\", got \"down\"");
  expect_error_at(l + "l:group_by({})\n", 2, "ARG: group_by: the key must be");
  expect_error_at(l + "l:count_by(true)\n", 2, "ARG: count_by: the key must be");
  expect_error_at(l + "l:unique(1)\n", 2, "ARG: unique: the key must be");
  expect_error_at(l + "l:sum(2)\n", 2, "ARG: sum: the key must be");
  expect_error_at(l + "l:pivot('a')\n", 2, "ARG: pivot: the key must be");
  expect_error_at(l + "l:pivot('a', 'a', 3)\n", 2, "ARG: pivot: the value must be nil (count)");
  expect_error_at(l + "l:map('a')\n", 2, "ARG: map: give a function(item, i), got \"a\"");
  expect_error_at(l + "l:each()\n", 2, "ARG: each: give a function(item, i), got nil");
  expect_error_at(l + "l:filter(3)\n", 2, "ARG: filter: give a function(item, i) or a table");
  expect_error_at(l + "l:head(-1)\n", 2, "ARG: head: n must be a whole number 0 or more");
  expect_error_at(l + "l:head(1.5)\n", 2, "ARG: head: n must be a whole number");
  expect_error_at(l + "l:print('x')\n", 2, "ARG: print: max_rows must be a whole number");
  expect_error_at(l + "l:with_columns{}\n", 2, "ARG: with_columns: give at least one column");
  expect_error_at(l + "l:with_columns{'a', {}}\n", 2,
                  "ARG: with_columns: column 2 must be a field name, got a table");
  expect_error_at(l + "l:with_columns('a', 'a')\n", 2, "ARG: with_columns: column \"a\" is given");
  expect_error_at(l + "l:join(5, 'a')\n", 2,
                  "ARG: join: the other list must be a List or an array");
  expect_error_at(l + "l:join(l, 'a', 'a', {how = 'outer'})\n", 2,
                  "ARG: join: the options must be a table like {how = \"left\"} with how "
                  "\"inner\" or \"left\", got \"outer\"");
  expect_error_at(l + "l:join({1}, 'a')\n", 2,
                  "ARG: join: item 1 of the right list is the number 1, not a record");
  expect_error_at(
      "local l = cdb.List{1, 2}\nl:sort('year')\n", 2,
      "ARG: sort: item 1 is the number 1, which has no field \"year\"; give a function");
  expect_error_at("local l = cdb.List{1, 'x'}\nlocal s = l:sum()\n", 2,
                  "ARG: sum: item 2 is \"x\", not a number");
  expect_error_at(l + "local s = cdb.List{{a = 1}, {a = 'x'}}:sum('a')\n", 2,
                  "ARG: sum: item 2's field \"a\" is \"x\", not a number");
  expect_error_at(l + "local p = cdb.List{{r = 1, c = 2, v = {}}}:pivot('r', 'c', 'v')\n", 2,
                  "ARG: pivot: item 1's field \"v\" is a table, not a number");
  expect_error_at(l + "local n = l.count()\n", 2,
                  "ARG: count is a List method: call it with a colon, as in list:count(...)");
  expect_error_at(l + "local m = cdb.List.map({1}, print)\n", 2, "ARG: map is a List method");
}

TEST_F(LuaListTest, MisuseInsideAFunctionNamesThatLine) {
  expect_error_at(R"lua(local function top(list)
  local sorted = list:sort("n", "up")
  return sorted
end
local l = top(cdb.List{{n = 1}})
)lua",
                  2, "ARG: sort: the order");
  const auto result =
      run("local ok, err = cdb.try(function() return cdb.List(5) end)\nassert(not ok)\n"
          "assert(err.code == 'ARG', err.code)\n"
          "assert(err.message:find('needs a table'), err.message)\n");
  EXPECT_TRUE(result.ok) << result.error;
}

}  // namespace
