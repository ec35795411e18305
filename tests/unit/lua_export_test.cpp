// Tests of cdb.export, cdb.graph and cdb.report as scripts use them, on the concept fixture:
// what lands in the --out folder, in which columns, what is refused, and where errors point.
// The formats themselves are tested with their real clients in tests/export,
// tests/domain_export and tests/report.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "ingest/build.hpp"
#include "ingest/sha256.hpp"
#include "lua/script_runner.hpp"
#include "support/concept_fixture.hpp"
#include "support/fixture_corpus.hpp"
#include "support/lua_run.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;
using testing_support::read_file;
using testing_support::write_file;

class LuaExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::write_fixture_corpus(dir_.path());
    write_file(dir_ / "corpus" / "a.txt", testing_support::kConceptEssay);
    write_file(dir_ / "corpus.toml", testing_support::fixture_manifest(
                                         ingest::sha256_hex(testing_support::kConceptEssay)));
    fs::create_directories(dir_ / "vocabulary");
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

  fs::path out(const std::string& name) const { return dir_ / "out" / name; }

  testing_support::TempDir dir_;
};

TEST_F(LuaExportTest, AListIsWrittenInItsColumnOrderUnderTheOutFolder) {
  expect_ok(R"lua(
    local l = cdb.sql.list("SELECT concept_key, label FROM v_concept ORDER BY concept_key")
    local path, rows = cdb.export.csv(l, "tables/concepts.csv")
    assert(path:match("out/tables/concepts.csv$") and rows == 4, path)
  )lua");
  EXPECT_EQ(read_file(out("tables/concepts.csv")),
            "concept_key,label\r\n"
            "gespreid-leiderschap,gespreid leiderschap\r\n"
            "leiderschap,leiderschap\r\n"
            "plg,professionele leergemeenschap\r\n"
            "professionele-ruimte,professionele ruimte\r\n");
}

TEST_F(LuaExportTest, RecordsWithoutColumnsAndPlainValuesAndObjects) {
  expect_ok(R"lua(
    -- Records: columns sorted by name (as printing shows them); values: one column.
    cdb.export.tsv({ { b = 1, a = "x" }, { a = "y", b = cdb.null } }, "r.tsv")
    cdb.export.csv({ "één", 2, true }, "v.csv")
    -- Objects by their text, arrays joined; a chosen column order wins.
    cdb.export.csv({ { c = cdb.concept("plg"), tags = { "a", "b" } } }, "o.csv",
                   { columns = { "tags", "c" } })
    cdb.export.csv({ { n = 0.5 } }, "nl.csv", { separator = ";", decimal_comma = true, bom = true })
  )lua");
  EXPECT_EQ(read_file(out("r.tsv")), "a\tb\r\nx\t1\r\ny\t\r\n");
  EXPECT_EQ(read_file(out("v.csv")), "value\r\néén\r\n2\r\ntrue\r\n");
  EXPECT_EQ(read_file(out("o.csv")), "tags,c\r\n\"a, b\",professionele leergemeenschap (plg)\r\n");
  EXPECT_EQ(read_file(out("nl.csv")), "\xEF\xBB\xBFn\r\n0,5\r\n");
}

TEST_F(LuaExportTest, EveryTableFormatByExtensionAndAsText) {
  expect_ok(R"lua(
    local l = cdb.sql.list("SELECT concept_key AS k, mentions AS n FROM v_concept WHERE concept_key = 'plg'")
    for _, name in ipairs { "t.csv", "t.tsv", "t.json", "t.ndjson", "t.md", "t.html", "t.xlsx" } do
      local path, rows = cdb.export.write(l, name)
      assert(rows == 1, name)
    end
    local text = cdb.export.text(l, "json")
    assert(text:find('"k": *"plg"'), text)
    assert(cdb.export.text(l, "md"):find("| k", 1, true))
  )lua");
  EXPECT_NE(read_file(out("t.ndjson")).find("{\"k\": \"plg\", \"n\": "), std::string::npos);
  EXPECT_NE(read_file(out("t.html")).find("<td>plg</td>"), std::string::npos);
  EXPECT_EQ(read_file(out("t.xlsx")).substr(0, 2), "PK");  // a zip archive
}

TEST_F(LuaExportTest, AQueryStreamsStraightIntoAFile) {
  expect_ok(R"lua(
    local path, rows = cdb.export.query("w.json", [[
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :last)
      SELECT i, 'r' || i AS name FROM n]], { last = 1000 })
    assert(rows == 1000 and path:match("w.json$"))
  )lua");
  const std::string json = read_file(out("w.json"));
  EXPECT_NE(json.find("\"name\": \"r1000\""), std::string::npos) << json.substr(0, 200);
}

TEST_F(LuaExportTest, AWorkbookHasASheetPerTable) {
  expect_ok(R"lua(
    local path = cdb.export.workbook("book.xlsx", {
      { name = "concepts", data = cdb.sql.list("SELECT concept_key, mentions FROM v_concept") },
      { name = "sources", data = cdb.sql.list("SELECT source_key FROM v_source") },
    })
    assert(path:match("book.xlsx$"))
  )lua");
  const std::string zip = read_file(out("book.xlsx"));
  EXPECT_NE(zip.find("xl/worksheets/sheet2.xml"), std::string::npos);
}

TEST_F(LuaExportTest, PathsOutsideTheOutFolderAreRefusedAtTheScriptLine) {
  expect_error_at("local x = 1\ncdb.export.csv({1}, '../escape.csv')\n", 2,
                  "ARG: cannot write '../escape.csv': the path climbs out");
  expect_error_at("cdb.export.csv({1}, '/tmp/x.csv')\n", 1, "an absolute path");
  expect_error_at("cdb.export.write({1}, 'x.docx')\n", 1, "cannot tell the format of 'x.docx'");
  expect_error_at("cdb.export.csv(42, 'x.csv')\n", 1, "the data must be a List");
  // A separator of two characters is refused, not cut to its first byte.
  expect_error_at("cdb.export.csv({{a = 1}}, 'x.csv', {separator = ';;'})\n", 1,
                  "ARG: cdb.export.csv: separator must be one character");
  expect_error_at("cdb.export.csv({1}, 'x.csv', { sep = ';' })\n", 1, "unknown option 'sep'");
  expect_error_at("\ncdb.export.bibtex('s.bib', { 'nobody1999' })\n", 2, "NOT_FOUND");
  expect_error_at("\n\ncdb.graph{ level = 'page' }\n", 3, "ARG");
  EXPECT_FALSE(fs::exists(dir_ / "escape.csv"));
}

TEST_F(LuaExportTest, AFailedExportLeavesTheOldFileAsItWas) {
  expect_ok("cdb.export.csv({ 'old' }, 'keep.csv')\n");
  const std::string before = read_file(out("keep.csv"));
  // The second row holds a function, which no table cell can: the export fails half-way.
  const auto result = run("cdb.export.csv({ {a = 1}, {a = print} }, 'keep.csv')\n");
  ASSERT_FALSE(result.ok);
  EXPECT_NE(result.error.find("row 2, column a: a function"), std::string::npos) << result.error;
  EXPECT_EQ(read_file(out("keep.csv")), before);
  for (const auto& entry : fs::directory_iterator(dir_ / "out"))
    EXPECT_EQ(entry.path().filename(), "keep.csv") << "left behind: " << entry.path();
}

TEST_F(LuaExportTest, SourcesTheVocabularyAndGraphsGoToTheirFormats) {
  expect_ok(R"lua(
    local path, n = cdb.export.bibtex("all.bib")
    assert(n == 2)
    assert(select(2, cdb.export.csl_json("some.json", { cdb.source("brink2004") })) == 1)
    cdb.export.ris("all.ris")
    local _, concepts = cdb.export.skos("vocabulary.ttl", { base = "https://example.org/v/" })
    assert(concepts == 4)
    local g = cdb.graph{ level = "paragraph" }
    assert(#g.nodes >= 2 and #g.edges >= 1 and g.nodes[1].id and g.edges[1].source)
    g:write("g.graphml"); g:write("g.dot"); g:write("g.json")
    local own = cdb.graph{ nodes = { { id = "a" }, { id = "b", kind = "x" } },
                           edges = { { source = "a", target = "b", weight = 2 } } }
    own:graphml("own.graphml")
    local sub = g:subgraph{ g.nodes[1].id }
    assert(#sub.nodes == 1 and #sub.edges == 0)
  )lua");
  EXPECT_NE(read_file(out("all.bib")).find("@"), std::string::npos);
  EXPECT_NE(read_file(out("vocabulary.ttl")).find("@prefix concept: <https://example.org/v/>"),
            std::string::npos);
  EXPECT_NE(read_file(out("vocabulary.ttl")).find("concept:plg"), std::string::npos);
  EXPECT_NE(read_file(out("g.dot")).find("graph"), std::string::npos);
  EXPECT_NE(read_file(out("own.graphml")).find("kind"), std::string::npos);
}

TEST_F(LuaExportTest, AReportIsWrittenAsHtmlOrMarkdown) {
  const char* const script = R"lua(
    local r = cdb.report.new { title = "Proef & <rapport>", subtitle = "klein" }
    r:heading("Cijfers")
    r:figures { { "begrippen", cdb.sql.value "SELECT count(*) FROM v_concept" } }
    r:table(cdb.sql.list "SELECT concept_key, mentions FROM v_concept ORDER BY concept_key",
            { caption = "Begrippen" })
    r:bar_chart { title = "Vermeldingen", data = cdb.sql.list "SELECT label, mentions FROM v_concept",
                  label = "label", value = "mentions" }
    local m = cdb.concept("plg"):mentions()[1]
    r:quote { text = m.text, file = m.file, line = m.line, line_end = m.line_end }
    r:concept_map(cdb.graph { level = "document" })
    r:list { "een", "twee" }
    r:note("Let op")
    print(r:write("r.html"))
    print(r:write("r.md"))
  )lua";
  expect_ok(script);
  const std::string html = read_file(out("r.html"));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("Proef &amp; &lt;rapport&gt;"), std::string::npos);
  EXPECT_NE(html.find("professionele-ruimte"), std::string::npos);
  EXPECT_TRUE(fs::exists(out("r.md")));
  EXPECT_TRUE(fs::exists(out("r-figure-1.svg")));
  // The same database gives the same bytes.
  expect_ok(script);
  EXPECT_EQ(read_file(out("r.html")), html);
}

TEST_F(LuaExportTest, ReportMistakesPointAtTheScriptLine) {
  expect_error_at("local r = cdb.report.new { title = 'x' }\nr:heading('h', 7)\n", 2, "ARG");
  expect_error_at("cdb.report.new {}\n", 1, "needs a title");
  expect_error_at("local r = cdb.report.new 'x'\n\nr:write('r.pdf')\n", 3,
                  "must end in .html or .md");
  expect_error_at("local r = cdb.report.new 'x'\nr.heading('h')\n", 2, "call it with a colon");
}

TEST_F(LuaExportTest, AnEmptySelectionWritesNothingRatherThanEverything) {
  expect_ok(R"lua(
    local path, n = cdb.export.bibtex("none.bib", cdb.sources{ author = "Nobodyxyz" })
    assert(n == 0, n)
    local g = cdb.graph{ concepts = {} }
    assert(#g.nodes == 0 and #g.edges == 0)
    -- One result, not a result and a nil.
    assert(select("#", cdb.export.text({ 1 }, "csv")) == 1)
    assert(select("#", g:dot("empty.dot")) == 1)
  )lua");
  EXPECT_EQ(read_file(out("none.bib")), "");
}

TEST_F(LuaExportTest, GraphOptionsOfTheWrongKindAreRefused) {
  expect_error_at("cdb.graph{ min_count = '4' }\n", 1, "min_count must be a whole number");
  expect_error_at("\ncdb.graph{ top = 2.5 }\n", 2, "top must be a whole number");
  expect_error_at("cdb.graph{ level = 3 }\n", 1, "level must be a string");
  expect_ok("assert(#cdb.graph{ min_count = 1.0 }.edges == #cdb.graph{ min_count = 1 }.edges)\n");
}

TEST_F(LuaExportTest, ReportBlocksTakeDomainRowsAndSayWhatIsWrong) {
  expect_ok(R"lua(
    local r = cdb.report.new "x"
    local p = cdb.document("a"):passages()[1]
    r:quote{ text = p.text, file = p.file, line = p.first_line, source = cdb.source("brink2004") }
    r:quote(p)
  )lua");
  expect_error_at("local r = cdb.report.new 'x'\nr:quote{ text = 'a' }\n", 2,
                  "report:quote needs text (a string), file (a string) and line");
  expect_error_at("local r = cdb.report.new 'x'\nr:figures{ 1, 2 }\n", 2,
                  "figure 1 must be {label, value}");
  expect_error_at("local r = cdb.report.new 'x'\nr:table({}, { title = 'y' })\n", 2,
                  "unknown option 'title'");
  expect_error_at("local r = cdb.report.new 'x'\n\nr:list(5)\n", 3, "report:list needs");
}

}  // namespace
