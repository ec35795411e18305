// tests/fuzz/lua_script_grammar.cpp — the tables of API calls and argument values, and the
// statements built from them.
#include "lua_script_grammar.hpp"

#include <iterator>
#include <string_view>

namespace fuzz {

namespace {

// Every function of the cdb API (and the sandbox's few globals a script reaches for).
constexpr std::string_view kFunctions[] = {"cdb.concept",
                                           "cdb.concepts",
                                           "cdb.source",
                                           "cdb.sources",
                                           "cdb.document",
                                           "cdb.documents",
                                           "cdb.search",
                                           "cdb.relations.cooccurrence",
                                           "cdb.relations.concept_source",
                                           "cdb.relations.cocitation",
                                           "cdb.relations.curated",
                                           "cdb.sql.rows",
                                           "cdb.sql.first",
                                           "cdb.sql.value",
                                           "cdb.sql.list",
                                           "cdb.sql.exec",
                                           "cdb.sql.prepare",
                                           "cdb.sql.atomic",
                                           "cdb.List",
                                           "cdb.List.new",
                                           "cdb.List.of",
                                           "cdb.List.is",
                                           "cdb.try",
                                           "cdb.raise",
                                           "cdb.export.csv",
                                           "cdb.export.tsv",
                                           "cdb.export.json",
                                           "cdb.export.ndjson",
                                           "cdb.export.markdown",
                                           "cdb.export.html",
                                           "cdb.export.xlsx",
                                           "cdb.export.write",
                                           "cdb.export.text",
                                           "cdb.export.query",
                                           "cdb.export.workbook",
                                           "cdb.export.columns",
                                           "cdb.export.bibtex",
                                           "cdb.export.csl_json",
                                           "cdb.export.ris",
                                           "cdb.export.skos",
                                           "cdb.graph",
                                           "cdb.report.new",
                                           "require",
                                           "load",
                                           "tostring",
                                           "pairs",
                                           "ipairs",
                                           "next",
                                           "select",
                                           "setmetatable",
                                           "collectgarbage"};

// Every method name of the API's objects: Statement, List, Concept, Source, Document, Graph,
// Report. Called on any value: a wrong receiver must be an error, not a crash.
constexpr std::string_view kMethods[] = {
    "rows",        "first",     "value",     "exec",      "close",       "map",          "filter",
    "sort",        "group_by",  "count_by",  "pivot",     "join",        "head",         "unique",
    "flatten",     "sum",       "count",     "each",      "totable",     "with_columns", "print",
    "labels",      "broader",   "narrower",  "related",   "mentions",    "documents",    "sources",
    "cooccurring", "cite",      "citations", "concepts",  "passages",    "write",        "graphml",
    "dot",         "vosviewer", "subgraph",  "heading",   "paragraph",   "list",         "note",
    "table",       "figures",   "quote",     "bar_chart", "concept_map", "new",          "of",
    "is"};

constexpr std::string_view kFields[] = {"key",  "label", "id",      "nodes",   "edges",
                                        "text", "title", "n",       "columns", "file",
                                        "line", "code",  "message", "concept"};

// Argument values; "@" stands for the absolute path outside the output folder.
constexpr std::string_view kValues[] = {
    "nil",
    "0",
    "-1",
    "1",
    "3",
    "0/0",
    "math.huge",
    "-math.huge",
    "2^53",
    "2^63",
    "math.maxinteger",
    "math.mininteger",
    "1e308",
    "-0.0",
    "0.5",
    "true",
    "false",
    "''",
    "'x'",
    "string.rep('a', 100000)",
    "'\\xff\\xfe\\xc3'",
    "'\\0'",
    "'..'",
    "'../escape.csv'",
    "'sub/../../escape.csv'",
    "'@'",
    "'a/b.csv'",
    "'x.csv'",
    "'x.json'",
    "'x.xlsx'",
    "'x.html'",
    "'x.md'",
    "'x.ndjson'",
    "'x.tsv'",
    "'x.bib'",
    "'x.graphml'",
    "'x.dot'",
    "'x.ttl'",
    "'x.ris'",
    "'x'",
    "'.'",
    "'sub/'",
    "'x.unknown'",
    "'SELECT 1'",
    "'SELECT * FROM v_concept'",
    "'SELECT concept_key, label, mentions FROM v_concept'",
    "'SELECT ?, ?'",
    "'SELECT :a'",
    "'SELECT 1; SELECT 2'",
    "\"ATTACH 'x.db' AS y\"",
    "'PRAGMA writable_schema = 1'",
    "'DELETE FROM concept'",
    "'SELECT * FROM v_mention'",
    "'SELECT zeroblob(10), x\\'00ff\\''",
    "'SELECT 1e999, -1e999, 9223372036854775807'",
    "'SELECT load_extension(\\'x\\')'",
    "'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c LIMIT 50000'",
    "'plg'",
    "'PLG'",
    "'leiderschap'",
    "'a'",
    "'b-p02'",
    "'aalbers2001'",
    "'paragraph'",
    "'sentence'",
    "'document'",
    "'section'",
    "'jaccard'",
    "'cdb'",
    "{}",
    "{1, 2, 3}",
    "{{a = 1}, {a = 2, b = 'x'}}",
    "{level = 'paragraph'}",
    "{limit = -1, top = 0, min_count = -5}",
    "{top = 1e300}",
    "{separator = ';'}",
    "{separator = '\"'}",
    "{bom = true, decimal_comma = true}",
    "{columns = {'a', 'b'}}",
    "{{name = 'x', data = {}}}",
    "{cdb.null}",
    "{[1.5] = 1, [-1] = 2}",
    "setmetatable({}, {__index = function() error('boom') end})",
    "setmetatable({}, {__len = function() return -1 end})",
    "function() end",
    "function(...) return ... end",
    "function() error('x') end",
    "function() return {} end",
    "cdb.null",
    "cdb"};

std::string value_expression(ByteReader& in, const std::string& escape) {
  // A third of the arguments are results of earlier statements.
  if (in.below(3) == 0) return "V[" + std::to_string(1 + in.below(8)) + "]";
  std::string value(kValues[in.below(std::size(kValues))]);
  if (value == "'@'") return "'" + escape + "'";
  return value;
}

std::string arguments(ByteReader& in, const std::string& escape) {
  std::string out;
  const std::size_t count = in.below(4);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ", ";
    out += value_expression(in, escape);
  }
  return out;
}

std::string slot(ByteReader& in) {
  return "V[" + std::to_string(1 + in.below(8)) + "]";
}

std::string statement(ByteReader& in, const std::string& escape) {
  const std::string target = slot(in);
  const std::string receiver = slot(in);
  switch (in.below(10)) {
    case 0:
    case 1:
    case 2: {
      const std::string function(kFunctions[in.below(std::size(kFunctions))]);
      const std::string args = arguments(in, escape);
      return target + " = try(" + function + (args.empty() ? "" : ", " + args) + ")";
    }
    case 3:
    case 4: {
      const std::string method(kMethods[in.below(std::size(kMethods))]);
      return target + " = try(function() return " + receiver + ":" + method + "(" +
             arguments(in, escape) + ") end)";
    }
    case 5:
      switch (in.below(3)) {
        case 0:
          return "try(function() for r in " + receiver + " do end end)";
        case 1:
          return "try(function() for _, x in ipairs(" + receiver + ") do end end)";
        default:
          return "try(function() for r in " + receiver + ":rows(" + arguments(in, escape) +
                 ") do end end)";
      }
    case 6: {
      const std::string field(kFields[in.below(std::size(kFields))]);
      switch (in.below(3)) {
        case 0:
          return target + " = try(function() return " + receiver + "." + field + " end)";
        case 1:
          return "try(function() " + receiver + "." + field + " = " + value_expression(in, escape) +
                 " end)";
        default:
          return target + " = try(function() return " + receiver + "[" +
                 value_expression(in, escape) + "] end)";
      }
    }
    case 8:
      // Calls an earlier result: an iterator kept after its loop, a function from the API.
      return target + " = try(" + receiver +
             (in.below(2) == 0 ? "" : ", " + value_expression(in, escape)) + ")";
    case 9:
      // Leaves a query half read inside a suspended coroutine, or keeps its iterator for later:
      // the statement must be closed safely whenever the collector or the end of the run comes.
      if (in.below(2) == 0) {
        return target + " = try(coroutine.wrap(function() for r in cdb.sql.rows(" +
               value_expression(in, escape) + ") do coroutine.yield(r) end end))";
      }
      return target + " = try(function() return (cdb.sql.rows(" + value_expression(in, escape) +
             ")) end)";
    default:
      switch (in.below(4)) {
        case 0:
          return "try(tostring, " + receiver + ")";
        case 1:
          return "try(function() return #" + receiver + " end)";
        case 2:
          return "try(function() return " + receiver + " .. '' end)";
        default:
          return "try(function() return " + receiver + " == " + slot(in) + " end)";
      }
  }
}

}  // namespace

std::string generate_lua_script(ByteReader& input, const std::filesystem::path& escape_path) {
  std::string script =
      "local V = {}\n"
      "local function try(f, ...)\n"
      "  local ok, result = pcall(f, ...)\n"
      "  if ok then return result end\n"
      "end\n";
  const std::string escape = escape_path.string();
  for (int i = 0; i < 32 && !input.empty(); ++i)
    script += statement(input, escape) + "\n";
  return script;
}

}  // namespace fuzz
