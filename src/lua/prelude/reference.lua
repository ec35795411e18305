-- cdb/reference.lua — the one registry of the Lua API: every public function, method and value
-- of `cdb`, and the object types with their fields. Data only.
--
-- `conceptdb help`, docs/lua-api.md (--markdown) and docs/lua/cdb.lua (--luals, the LuaLS
-- stubs) are generated from it; the tests check that it names every public function of the
-- live `cdb` table and of every object type, and nothing else, and run every example against
-- the corpus database. Add an entry whenever you add a function.
--
-- modules[i] = { key =, title =, summary =, entries = {...}, types = {...} }, in index order.
-- An entry:
--   name        "cdb.concept" (a function), "Concept:mentions" (a method of a type),
--               "cdb.null" (a value: give `type` instead of params and returns)
--   params      { { name, type, what }, ... }; a name ending in "?" is optional; "..." for more
--   returns     { { type, what }, ... }
--   type        for a value: its type
--   summary     one line, no final full stop
--   description longer text where useful: what it raises, when it returns nil
--   example     a few lines of Lua that run against the corpus database and print something
--   expect      optional: an ECMAScript regular expression that must match somewhere in the
--               example's output
-- A type: { name =, metatable = (its __name), table = (where its methods live, when that is a
-- field of cdb), summary =, description =, fields = { { name, type, what }, ... } }.
-- A function kept in a class table (cdb.List.map) is the method List:map of the type whose
-- `table` is "cdb.List"; one meant to be called with a dot keeps its name (cdb.List.new).
-- Type expressions: string, integer, number, boolean, table, function, any; a type's name
-- (Concept); X? for "X or nil"; A|B; X[]; List<X> for a cdb.List of X; {field?: type, ...}
-- for a table of options; fun(a: type): type for a function.
local cdb = ...

local LEVEL = [[level: "sentence", "paragraph" (the default), "section"]]

-- Shared by the entries of cdb.export, cdb.graph and cdb.report.
local OUT_PATH = "the path written: the --out folder joined with path"
local TABLE_DATA = "a List, an array of records or of values, or a function that returns the "
  .. "next row each call (nil at the end)"
local TABLE_RETURNS = { { "string", OUT_PATH }, { "integer", "the number of rows written" } }
local TABLE_CELLS = [[
The columns are options.columns, else the List's columns, else the records' field names
(the first record's sorted, then the others' not seen yet); an array of plain values has the
one column "value", and a row function's first row gives the columns. Cells: numbers and
strings as they are; nil and cdb.null as NULL; booleans as the text "true" or "false"; a
Concept, Source or other object by its tostring; an array as its items joined by ", ".]]
local TABLE_ERRORS = [[
Raises ARG for a path that is absolute, climbs out with "..", or passes a symbolic link
(files go only under the --out folder), for data of another kind, an unknown option, or a
cell that cannot be written (a function); IO when the file cannot be written.]]
local function SOURCE_PARAMS(file)
  return { { "path", "string", file .. ", relative to the --out folder" },
           { "sources?", "List|string[]", "a List of Sources or an array of source keys; none: every source" } }
end
local SOURCE_RETURNS = { { "string", OUT_PATH }, { "integer", "the number of sources written" } }
local SOURCE_ERRORS = [[
Raises ARG for a path that is not allowed (see cdb.export.csv) or an item that is neither a
Source nor a key, NOT_FOUND for a key that does not exist, IO when the file cannot be
written.]]
local GRAPH_ERRORS = [[
Raises ARG for a path that is not allowed (see cdb.export.csv) or a graph the format cannot
hold (a node without an id, two nodes with one id, an edge to a node the graph does not
hold, a weight that is not finite), IO when the file cannot be written.]]
local REPORT_RETURNS = { { "Report", "the report itself, to chain calls" } }

cdb._reference = {
  modules = {
    -----------------------------------------------------------------------------------------
    {
      key = "cdb",
      title = "cdb core",
      summary = "The one global of a script (also `require \"cdb\"`): concepts, sources, "
        .. "documents and full-text search in one call, and the run's arguments.",
      entries = {
        {
          name = "cdb.concept",
          params = { { "name", "string", "a concept key, a label in any language or an abbreviation" } },
          returns = { { "Concept?", "the concept, or nil when no concept has that key or label" } },
          summary = "A concept by key, label or abbreviation",
          description = [[
Looks for a concept key first, then for a label as written (abbreviations such as PLG are
case-sensitive), then for a label ignoring case. Returns nil when nothing matches. Raises
AMBIGUOUS, naming the candidates, when the label belongs to two concepts (use the key then),
and ARG when name is not a string.]],
          example = [[
local plg = cdb.concept "PLG"
print(plg.key, plg.label_en)]],
          expect = [[professionele-leergemeenschap\tprofessional learning community]],
        },
        {
          name = "cdb.concepts",
          params = { { "options?", "{theme?: string, document?: string, min_mentions?: integer}",
                       "theme: a vocabulary theme; document: a document or file key the concept "
                         .. "is mentioned in; min_mentions: at least this many mentions in all" } },
          returns = { { "List<Concept>", "the concepts, by key" } },
          summary = "The concepts of the vocabulary, filtered",
          description = "Raises ARG for an unknown option, NOT_FOUND (with the nearest names) for a theme or document that does not exist.",
          example = [[
local top = cdb.concepts{ theme = "onderwijs", min_mentions = 20 }
print(#top, top[1].label)]],
          expect = [[^1\tprofessionele leergemeenschap]],
        },
        {
          name = "cdb.source",
          params = { { "key", "string", 'a source key: "kessels2001", "bakker-schaufeli2008"' } },
          returns = { { "Source?", "the source, or nil when no source has that key" } },
          summary = "A cited source by its key",
          description = [[
Source keys are the surnames without particles, folded to ASCII, and the year
("kessels-etal2011", "stam2007b"); `conceptdb query "SELECT source_key FROM v_source"` lists
them. Raises ARG when key is not a string.]],
          example = [[
local s = cdb.source "bakker-schaufeli2008"
print(s:cite(), s.citation_count)]],
          expect = [[^Bakker & Schaufeli \(2008\)\t\d+]],
        },
        {
          name = "cdb.sources",
          params = { { "options?", "{author?: string, year?: string|integer, document?: string, min_citations?: integer}",
                       "author: part of an author's name; year: the year, or its start "
                         .. '("199" for the 1990s); document: a document or file key citing it; '
                         .. "min_citations: at least this many citations" } },
          returns = { { "List<Source>", "the sources, most cited first" } },
          summary = "The cited sources, filtered, most cited first",
          description = "Raises ARG for an unknown option, NOT_FOUND (with the nearest names) for a document that does not exist.",
          example = [[
local kessels = cdb.sources{ author = "Kessels" }
print(#kessels, kessels[1]:cite())]],
          expect = [[^\d+\tKessels \(2001\)]],
        },
        {
          name = "cdb.document",
          params = { { "key", "string", 'a document key: a file ("000") or a part of one ("001-p04", "004-ch3")' } },
          returns = { { "Document?", "the document, or nil when no document has that key" } },
          summary = "A document (a whole file, an article or a chapter) by its key",
          description = "Raises ARG when key is not a string.",
          example = [[
local d = cdb.document "004-ch3"
print(d.title, d.first_line, d.last_line)]],
          expect = [[^Werken en leren in ontwikkelwerkplaatsen\t1050\t1946]],
        },
        {
          name = "cdb.documents",
          params = { { "options?", "{file?: string, kind?: string}",
                       'file: a file key ("001"); kind: "article", "chapter", "interview", ... '
                         .. "(the kinds of v_document)" } },
          returns = { { "List<Document>", "the documents in file and line order, a file before its parts" } },
          summary = "The documents, filtered by file or kind",
          description = "Raises ARG for an unknown option.",
          example = [[
for _, d in ipairs(cdb.documents{ kind = "chapter" }:head(2)) do
  print(d.key, d.title)
end]],
          expect = [[^004-ch1\tInleiding]],
        },
        {
          name = "cdb.search",
          params = {
            { "query", "string", 'FTS5 query: words, "a phrase", OR, NOT, prefix*' },
            { "options?", "{limit?: integer, document?: string}", "limit: at most this many hits (default 20); document: only in this document" },
          },
          returns = { { "List<SearchHit>", "the passages that match, best first" } },
          summary = "Full-text search over the passages, with snippets",
          description = [[
Diacritics and case are ignored ("creeren" finds "creëren"). The snippet marks the matched
words with [brackets]. Raises ARG for an empty query, an unknown option, or a query that is
not valid FTS5 (put phrases in double quotes), and NOT_FOUND for a document that does not
exist.]],
          example = [[
for _, hit in ipairs(cdb.search('"gespreid leiderschap"', { limit = 3 })) do
  print(hit.document, hit.line, hit.snippet)
end]],
          expect = [=[\[Gespreid leiderschap\]]=],
        },
        {
          name = "cdb.null",
          type = "Null",
          summary = "The SQL NULL, where nil cannot stand",
          description = [[
Binds a NULL parameter by name (`{ name = cdb.null }`), and stands for NULL in arrays and
exports. Rows from cdb.sql hold nil for NULL instead. Prints as "null".]],
          example = [[
print(cdb.sql.value("SELECT ? IS NULL", { cdb.null }), tostring(cdb.null))]],
          expect = [[^1\tnull]],
        },
        {
          name = "cdb.args",
          type = "table<string, any>",
          summary = "The run's key=value arguments",
          description = [[
`conceptdb run SCRIPT key=value ...` puts each argument here as a string. A script that
returns a spec (`{ args = {...}, main = fn }`) gets them checked, converted to their declared
types and defaulted instead. All arguments are also in `arg` and `...`.]],
          example = [[
print(cdb.args.concept or "no concept= argument given")]],
          expect = [[no concept= argument given]],
        },
        {
          name = "cdb.version",
          type = "string",
          summary = "The conceptdb version that runs the script",
          example = [[
print(cdb.version)]],
          expect = [[^\d+\.\d+\.\d+]],
        },
      },
      types = {
        {
          name = "Null",
          metatable = "cdb.null",
          summary = "The type of cdb.null: one value, equal only to itself",
          fields = {},
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "cdb.relations",
      title = "cdb.relations",
      summary = "The derived relations as Lists of rows: co-occurrence of concepts, concepts "
        .. "next to sources, co-citation, and the curated relations of the vocabulary.",
      entries = {
        {
          name = "cdb.relations.cooccurrence",
          params = { { "options?", "{level?: string, min_count?: integer, measure?: string, concept?: string}",
                       [[level: "sentence", "paragraph" (the default), "section", "document"; min_count: at least this many units together (default 1); measure: the order, "association_strength" (the default), "count", "jaccard", "inclusion"; concept: only the partners of this concept key]] } },
          returns = { { "List<CooccurrencePair>", "each pair once (a < b), or every partner of `concept`, strongest first" } },
          summary = "Pairs of concepts that occur in the same units",
          description = "The measures are explained in the README (v_cooccurrence). Raises ARG for an unknown option, level or measure, NOT_FOUND (with the nearest names) for a concept that does not exist.",
          example = [[
local top = cdb.relations.cooccurrence{ level = "paragraph", min_count = 20 }
print(top[1].a, top[1].b, top[1].count)]],
          expect = [[^transformatie\ttransitie\t\d+]],
        },
        {
          name = "cdb.relations.concept_source",
          params = { { "options?", "{level?: string, concept?: string, source?: string, min_weight?: integer}",
                       LEVEL .. "; concept, source: keys to keep; min_weight: at least this many units (default 1)" } },
          returns = { { "List<ConceptSourcePair>", "the pairs, heaviest first" } },
          summary = "Concepts and the sources cited in the same units",
          description = "Raises ARG for an unknown option or level, NOT_FOUND (with the nearest names) for a concept or source that does not exist.",
          example = [[
cdb.relations.concept_source{ concept = "lerende-organisatie" }:head(3):print()]],
          expect = [[senge1990]],
        },
        {
          name = "cdb.relations.cocitation",
          params = { { "options?", "{min_count?: integer}", "min_count: at least this many passages citing both (default 1)" } },
          returns = { { "List<CocitationPair>", "each pair of sources once (a < b), most often together first" } },
          summary = "Pairs of sources cited in the same passage",
          description = "Raises ARG for an unknown option.",
          example = [[
local pairs = cdb.relations.cocitation{ min_count = 2 }
print(#pairs > 0, pairs[1].count)]],
          expect = [[^true\t\d+]],
        },
        {
          name = "cdb.relations.curated",
          params = { { "options?", "{type?: string}", 'type: "broader", "related", "contrasts_with", "part_of", "leads_to", "requires", "example_of"' } },
          returns = { { "List<CuratedRelation>", "the relations with their evidence, by type, from and to" } },
          summary = "The typed relations between concepts from the vocabulary",
          description = "Raises ARG for an unknown option.",
          example = [[
local r = cdb.relations.curated{ type = "requires" }[1]
print(r.from, r.type, r.to, r.file .. ":" .. r.line)]],
          expect = [[\trequires\t]],
        },
      },
      types = {
        {
          name = "CooccurrencePair",
          summary = "A row of cdb.relations.cooccurrence",
          fields = {
            { "a", "string", "a concept key" },
            { "b", "string", "the other concept key" },
            { "count", "integer", "units holding both" },
            { "association_strength", "number", "N·c_ab / (c_a·c_b); 1 is what chance gives" },
            { "jaccard", "number", "c_ab / (c_a + c_b − c_ab)" },
            { "inclusion", "number", "c_ab / min(c_a, c_b)" },
          },
        },
        {
          name = "ConceptSourcePair",
          summary = "A row of cdb.relations.concept_source",
          fields = {
            { "concept_key", "string", "the concept" },
            { "source_key", "string", "the source" },
            { "level", "string", "the unit: sentence, paragraph or section" },
            { "weight", "integer", "units holding both" },
            { "passages", "integer", "passages holding both" },
            { "documents", "integer", "documents holding both" },
          },
        },
        {
          name = "CocitationPair",
          summary = "A row of cdb.relations.cocitation",
          fields = {
            { "a", "string", "a source key" },
            { "b", "string", "the other source key" },
            { "count", "integer", "passages citing both" },
            { "documents", "integer", "documents citing both in one passage" },
          },
        },
        {
          name = "CuratedRelation",
          summary = "A row of cdb.relations.curated",
          fields = {
            { "from", "string", "a concept key" },
            { "type", "string", "broader, related, contrasts_with, part_of, leads_to, requires, example_of" },
            { "to", "string", "the other concept key" },
            { "file", "string?", "the file of the evidence" },
            { "line", "integer?", "the first line of the evidence" },
            { "line_end", "integer?", "its last line" },
            { "note", "string?", "the curator's note" },
          },
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "cdb.sql",
      title = "cdb.sql",
      summary = "Raw SQL over the database and its public views (README, \"Public views\"). "
        .. "Parameters are {v1, v2} for ? or {name = v} for :name; NULL arrives as nil.",
      entries = {
        {
          name = "cdb.sql.rows",
          params = { { "sql", "string", "one SQL statement" },
                     { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "fun(): Row", "a generic-for iterator of rows" } },
          summary = "Iterate over the rows of a query",
          description = [[
The statement is closed when the loop ends, breaks or raises. Raises SQL for an invalid
statement, ARG for parameters that do not fit (count, name or type), READONLY for a write in
a read-only run.]],
          example = [[
for d in cdb.sql.rows("SELECT key, title FROM v_document WHERE kind = ?", { "chapter" }) do
  print(d.key, d.title)
  break
end]],
          expect = [[^004-ch1\t]],
        },
        {
          name = "cdb.sql.first",
          params = { { "sql", "string", "one SQL statement" },
                     { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "Row?", "the first row, or nil when there is none" } },
          summary = "The first row of a query",
          description = "Raises as cdb.sql.rows does.",
          example = [[
local f = cdb.sql.first("SELECT file, lines FROM v_file WHERE file = :file", { file = "000" })
print(f.file, f.lines)]],
          expect = [[^000\t371]],
        },
        {
          name = "cdb.sql.value",
          params = { { "sql", "string", "one SQL statement" },
                     { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "any", "the first column of the first row, or nil when there is no row" } },
          summary = "The first value of a query",
          description = "Raises as cdb.sql.rows does.",
          example = [[
print(cdb.sql.value("SELECT count(*) FROM v_file"))]],
          expect = [[^5\s*$]],
        },
        {
          name = "cdb.sql.list",
          params = { { "sql", "string", "one SQL statement" },
                     { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "List<Row>", "every row, with columns in the SELECT's order" } },
          summary = "Every row of a query as a List",
          description = "Printing and exports keep the SELECT's column order. Raises as cdb.sql.rows does.",
          example = [[
cdb.sql.list("SELECT file, lines FROM v_file ORDER BY file"):head(2):print()]],
          expect = [[^file\s+lines\n-+\s+-+\n000\s+371\n001\s+5245]],
        },
        {
          name = "cdb.sql.exec",
          params = { { "sql", "string", "one SQL statement" },
                     { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "integer", "the number of rows changed" } },
          summary = "Run a statement that changes rows",
          description = [[
Writing to the database needs `conceptdb run --write` (or `writes = true` in the script's
spec); temporary tables can be written in any run. Raises READONLY for a write in a
read-only run, SQL for an invalid statement, ARG for parameters that do not fit.]],
          example = [[
cdb.sql.exec("CREATE TEMP TABLE note (text TEXT)")
print(cdb.sql.exec("INSERT INTO note VALUES (?), (?)", { "a", "b" }))]],
          expect = [[^2\s*$]],
        },
        {
          name = "cdb.sql.prepare",
          params = { { "sql", "string", "one SQL statement" } },
          returns = { { "Statement", "the statement, to run many times with different parameters" } },
          summary = "Prepare a statement for repeated use",
          description = [[
Close it with `st:close()`, or declare it `local st <close> = cdb.sql.prepare(...)`; it is
closed at the end of the run otherwise. Raises SQL for an invalid statement.]],
          example = [[
local st <close> = cdb.sql.prepare("SELECT label FROM v_concept WHERE concept_key = ?")
print(st:value{ "leiderschap" }, st:value{ "gespreid-leiderschap" })]],
          expect = [[^leiderschap\tgespreid leiderschap]],
        },
        {
          name = "cdb.sql.atomic",
          params = { { "fn", "function", "the function to run" }, { "...", "any", "its arguments" } },
          returns = { { "any", "what fn returns" } },
          summary = "Run a function in a savepoint: all of its writes or none",
          description = [[
An error inside fn undoes what fn wrote and is raised again (catch it with pcall or cdb.try
to go on). Raises ARG when fn is not a function.]],
          example = [[
cdb.sql.exec("CREATE TEMP TABLE seen (key TEXT)")
local ok = cdb.try(cdb.sql.atomic, function()
  cdb.sql.exec("INSERT INTO seen VALUES ('x')")
  error("changed my mind")
end)
print(ok, cdb.sql.value("SELECT count(*) FROM seen"))]],
          expect = [[^false\t0]],
        },
        {
          name = "Statement:rows",
          params = { { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "fun(): Row", "a generic-for iterator of rows" } },
          summary = "Iterate over the rows of the statement with these parameters",
          description = "The statement is reset when the loop ends, breaks or raises. Raises ARG for a closed statement or parameters that do not fit.",
          example = [[
local st <close> = cdb.sql.prepare("SELECT key FROM v_document WHERE parent = ? ORDER BY first_line")
for row in st:rows{ "004" } do print(row.key) break end]],
          expect = [[^004-fm]],
        },
        {
          name = "Statement:first",
          params = { { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "Row?", "the first row, or nil" } },
          summary = "The first row of the statement with these parameters",
          description = "Raises ARG for a closed statement or parameters that do not fit.",
          example = [[
local st <close> = cdb.sql.prepare("SELECT * FROM v_file WHERE file = ?")
print(st:first{ "002" }.lines, st:first{ "999" } == nil)]],
          expect = [[^353\ttrue]],
        },
        {
          name = "Statement:value",
          params = { { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "any", "the first column of the first row, or nil" } },
          summary = "The first value of the statement with these parameters",
          description = "Raises ARG for a closed statement or parameters that do not fit.",
          example = [[
local st <close> = cdb.sql.prepare("SELECT count(*) FROM v_document WHERE parent = ?")
print(st:value{ "001" }, st:value{ "004" })]],
          expect = [[^17\t11]],
        },
        {
          name = "Statement:exec",
          params = { { "params?", "table", "{v1, v2} for ?, {name = v} for :name" } },
          returns = { { "integer", "the number of rows changed" } },
          summary = "Run the statement with these parameters; for writes",
          description = "Raises as cdb.sql.exec does, and ARG for a closed statement.",
          example = [[
cdb.sql.exec("CREATE TEMP TABLE pick (key TEXT)")
local add <close> = cdb.sql.prepare("INSERT INTO pick VALUES (?)")
for _, key in ipairs{ "a", "b", "c" } do add:exec{ key } end
print(cdb.sql.value("SELECT count(*) FROM pick"))]],
          expect = [[^3\s*$]],
        },
        {
          name = "Statement:close",
          params = {},
          returns = {},
          summary = "Finalise the statement; using it afterwards raises ARG",
          description = "Closing twice is harmless. A `<close>` variable closes it for you.",
          example = [[
local st = cdb.sql.prepare("SELECT 1")
st:close()
print(cdb.try(st.value, st))]],
          expect = [[^false\t.*ARG: the statement was closed]],
        },
      },
      types = {
        {
          name = "Row",
          summary = "A row of a query: a table keyed by column name, NULL as nil",
          description = "INTEGER columns arrive as exact integers, REAL as floats, TEXT as strings.",
          fields = {
            { "[string]", "any", "the value of the column of that name" },
          },
        },
        {
          name = "Statement",
          metatable = "cdb.sql.statement",
          summary = "A prepared statement (cdb.sql.prepare), run many times with new parameters",
          fields = {},
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "cdb.List",
      title = "cdb.List",
      summary = "A chainable array: every domain query returns one. No method changes the list "
        .. "it is called on; print(list) shows it as an aligned table. Misuse raises ARG at the "
        .. "script's line.",
      entries = {
        {
          name = "cdb.List",
          params = { { "t?", "table", "an array; nil holes are dropped" } },
          returns = { { "List", "a new List of the array's items (empty without t)" } },
          summary = "Wrap an array as a List",
          description = "Same as cdb.List.new. Raises ARG when t is not a table.",
          example = [[
local l = cdb.List{ 3, 1, 2 }
print(l:sort():totable()[1], #l)]],
          expect = [[^1\t3]],
        },
        {
          name = "cdb.List.new",
          params = { { "t?", "table", "an array; nil holes are dropped" } },
          returns = { { "List", "a new List of a copy of the items; a List's columns are kept" } },
          summary = "A List of a copy of an array",
          description = "Raises ARG when t is not a table.",
          example = [[
print(cdb.List.new{ "a", "b" }:count())]],
          expect = [[^2\s*$]],
        },
        {
          name = "cdb.List.of",
          params = { { "...", "any", "the items; nil arguments are dropped" } },
          returns = { { "List", "a List of the arguments" } },
          summary = "A List of the arguments",
          example = [[
print(cdb.List.of("x", nil, "y"):count())]],
          expect = [[^2\s*$]],
        },
        {
          name = "cdb.List.is",
          params = { { "x", "any", "any value" } },
          returns = { { "boolean", "whether x is a List" } },
          summary = "Whether a value is a List",
          example = [[
print(cdb.List.is(cdb.concepts()), cdb.List.is({}))]],
          expect = [[^true\tfalse]],
        },
        {
          name = "List:map",
          params = { { "fn", "fun(item: any, i: integer): any", "the function to apply" } },
          returns = { { "List", "fn(item, i) for every item; nil results are dropped" } },
          summary = "Transform every item",
          example = [[
cdb.concepts{ min_mentions = 100 }
  :map(function(c) return { concept = c.label, mentions = c:count() } end)
  :print()]],
          expect = [[leiderschap\s+\d+]],
        },
        {
          name = "List:filter",
          params = { { "predicate", "table|fun(item: any, i: integer): boolean",
                       "a function, or {field = value, ...}: every field equal (a function value tests the field; cdb.null matches a missing field)" } },
          returns = { { "List", "the items kept; keeps the columns" } },
          summary = "Keep the items for which the predicate holds",
          example = [[
local onderwijs = cdb.concepts():filter{ theme = "onderwijs" }
local busy = onderwijs:filter(function(c) return c:count() >= 10 end)
print(#onderwijs, #busy)]],
          expect = [[^18\t\d+]],
        },
        {
          name = "List:sort",
          params = { { "key?", "string|fun(item: any): any", "a field name or a function; none: the items themselves" },
                     { "order?", "string", '"asc" (the default) or "desc"' } },
          returns = { { "List", "the items sorted (stable); nil, cdb.null and NaN keys last" } },
          summary = "Sort by a field or a function",
          example = [[
local top = cdb.concepts():sort("mention_count", "desc"):head(3)
print(top[1].key, top[1].mention_count)]],
          expect = [[^leidinggevende\t\d+]],
        },
        {
          name = "List:group_by",
          params = { { "key?", "string|fun(item: any): any", "a field name or a function; none: the items themselves" } },
          returns = { { "List", "{key = k, items = List} per distinct key, in order of first appearance" } },
          summary = "Group the items by a key",
          description = "nil and cdb.null keys form one group with key nil.",
          example = [[
for _, g in ipairs(cdb.documents{ file = "004" }:group_by("kind")) do
  print(g.key, #g.items)
end]],
          expect = [[chapter\t9]],
        },
        {
          name = "List:count_by",
          params = { { "key?", "string|fun(item: any): any", "a field name or a function; none: the items themselves" } },
          returns = { { "List", "{key = k, count = n} rows, highest count first, then by key" } },
          summary = "Count the items per key",
          example = [[
cdb.concepts():count_by("theme"):print()]],
          expect = [[leiderschap\s+77]],
        },
        {
          name = "List:pivot",
          params = { { "row_key", "string|fun(item: any): any", "what makes a row" },
                     { "column_key", "string|fun(item: any): any", "what makes a column" },
                     { "value?", "string|fun(items: List): any", "none: count the items of a cell; a field name: sum it; a function: compute the cell from its items" } },
          returns = { { "List", "one record per row key with a field per column key; columns = {row_key, sorted column keys}" } },
          summary = "A cross table of two keys",
          description = "Missing cells are 0 for counts and sums, nil for a function. Items with a nil column key are left out.",
          example = [[
cdb.documents()
  :filter(function(d) return d.parent ~= nil end)
  :pivot("file", "kind")
  :print()]],
          expect = [[004\s.*\b9\b]],
        },
        {
          name = "List:join",
          params = { { "other", "List|table", "the right-hand List or array of records" },
                     { "key", "string|fun(item: any): any", "the key of the left records" },
                     { "other_key?", "string|fun(item: any): any", "the key of the right records (default: key)" },
                     { "options?", "{how?: string}", 'how: "inner" (the default) or "left" (keep left records that match nothing)' } },
          returns = { { "List", "merged records, one per matching pair; the left record wins a field both have" } },
          summary = "Join two lists of records on a key",
          description = "nil keys never match. Raises ARG when an item is not a record.",
          example = [[
local cited = {}
for row in cdb.sql.rows("SELECT document, count(*) AS citations FROM v_citation GROUP BY document") do
  cited[#cited + 1] = row
end
cdb.documents{ kind = "chapter" }
  :map(function(d) return { key = d.key, title = d.title } end)
  :join(cited, "key", "document")
  :sort("citations", "desc"):with_columns("key", "citations", "title"):head(2):print()]],
          expect = [[004-ch\d]],
        },
        {
          name = "List:head",
          params = { { "n?", "integer", "how many (default 10)" } },
          returns = { { "List", "the first n items; keeps the columns" } },
          summary = "The first n items",
          example = [[
print(#cdb.concepts():head(), #cdb.concepts():head(3))]],
          expect = [[^10\t3]],
        },
        {
          name = "List:unique",
          params = { { "key?", "string|fun(item: any): any", "a field name or a function; none: the items themselves (tables by identity)" } },
          returns = { { "List", "the first item for each distinct key; keeps the columns" } },
          summary = "Drop items whose key was seen before",
          example = [[
local themes = cdb.concepts():unique("theme"):map(function(c) return c.theme end)
print(#themes)]],
          expect = [[^6\s*$]],
        },
        {
          name = "List:flatten",
          params = {},
          returns = { { "List", "the items of nested Lists and arrays spliced in, one level deep" } },
          summary = "Splice nested lists into one",
          example = [[
print(cdb.List{ { 1, 2 }, cdb.List{ 3 }, 4 }:flatten():count())]],
          expect = [[^4\s*$]],
        },
        {
          name = "List:sum",
          params = { { "key?", "string|fun(item: any): any", "a field name or a function; none: the items themselves" } },
          returns = { { "number", "the sum (0 for an empty list); nil and cdb.null are skipped" } },
          summary = "Add up the items or a field of them",
          description = "Raises ARG for a value that is not a number.",
          example = [[
print(cdb.documents{ kind = "chapter" }:sum("passage_count"))]],
          expect = [[^\d{3,}\s*$]],
        },
        {
          name = "List:count",
          params = {},
          returns = { { "integer", "the number of items" } },
          summary = "The number of items",
          example = [[
print(cdb.documents{ file = "001" }:count())]],
          expect = [[^18\s*$]],
        },
        {
          name = "List:first",
          params = {},
          returns = { { "any", "the first item, or nil for an empty list" } },
          summary = "The first item",
          example = [[
print(cdb.documents():first().key)]],
          expect = [[^000\s*$]],
        },
        {
          name = "List:each",
          params = { { "fn", "fun(item: any, i: integer)", "called for every item" } },
          returns = { { "List", "the list itself" } },
          summary = "Call a function for every item",
          example = [[
cdb.documents{ kind = "chapter" }:head(2):each(function(d, i) print(i, d.key) end)]],
          expect = [[^1\t004-ch1\n2\t004-ch2]],
        },
        {
          name = "List:totable",
          params = {},
          returns = { { "table", "a plain array of the items (no metatable, no columns)" } },
          summary = "The items as a plain Lua array",
          example = [[
local t = cdb.List.of(1, 2):totable()
print(cdb.List.is(t), #t)]],
          expect = [[^false\t2]],
        },
        {
          name = "List:with_columns",
          params = { { "...", "string|string[]", "the column names, as arguments or one array" } },
          returns = { { "List", "a copy whose columns (for printing and export) are these, in this order" } },
          summary = "Choose and order the columns to print or export",
          description = "Raises ARG for a name that is not a string or number, or one given twice.",
          example = [[
cdb.concepts{ min_mentions = 150 }
  :map(function(c) return { key = c.key, label = c.label, mentions = c:count() } end)
  :with_columns{ "mentions", "key" }
  :print()]],
          expect = [[^mentions\s+key\n-+\s+-+\n\s*\d+\s+leider]],
        },
        {
          name = "List:print",
          params = { { "max_rows?", "integer", "at most this many rows (default 50)" } },
          returns = { { "List", "the list itself" } },
          summary = "Print the list as an aligned table",
          description = "Records become a table with a header; other values one per line. A last line says how many rows were left out.",
          example = [[
cdb.documents{ file = "004" }
  :map(function(d) return { key = d.key, kind = d.kind, title = d.title } end)
  :with_columns("key", "kind")
  :print(3)]],
          expect = [[key\s+kind\n-+\s+-+\n004\s+book[\s\S]*more rows]],
        },
      },
      types = {
        {
          name = "List",
          metatable = "cdb.List",
          table = "cdb.List",
          summary = "An array with methods: items at 1..#list, never nil",
          fields = {
            { "columns", "string[]?", "the column order for printing and export, when set (pivot, with_columns)" },
          },
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "domain",
      title = "domain objects",
      summary = "Concepts, sources and documents are tables of their view's columns with methods; "
        .. "the rows their methods return are plain tables (records). Every one knows its file and lines.",
      entries = {
        {
          name = "Concept:labels",
          params = {},
          returns = { { "List<Label>", "the preferred labels first, then alternative and hidden ones" } },
          summary = "The concept's labels in every language",
          example = [[
cdb.concept("PLG"):labels():print()]],
          expect = [[alt\s+nl\s+\d+\s+PLG]],
        },
        {
          name = "Concept:count",
          params = { { "with_narrower?", "boolean", "true: also count the mentions of every concept below it" } },
          returns = { { "integer", "the number of mentions" } },
          summary = "How often the concept is mentioned",
          example = [[
local c = cdb.concept "leiderschap"
print(c:count() < c:count(true))]],
          expect = [[^true]],
        },
        {
          name = "Concept:broader",
          params = {},
          returns = { { "List<Concept>", "the wider concepts along broader, by key" } },
          summary = "The concepts this one is a kind of",
          example = [[
print(cdb.concept("gespreid-leiderschap"):broader()[1].key)]],
          expect = [[^leiderschap\s*$]],
        },
        {
          name = "Concept:narrower",
          params = {},
          returns = { { "List<Concept>", "the concepts whose broader is this one, by key" } },
          summary = "The kinds of this concept",
          example = [[
cdb.concept("leiderschap"):narrower():head(3):print()]],
          expect = [[gespreid leiderschap \(gespreid-leiderschap\)]],
        },
        {
          name = "Concept:related",
          params = { { "relation_type?", "string", 'only relations of this type ("requires", "leads_to", ...)' } },
          returns = { { "List<Relation>", "every curated relation in both directions, with its evidence" } },
          summary = "The curated relations of the concept",
          example = [[
for _, r in ipairs(cdb.concept("professionele-ruimte"):related("leads_to")) do
  print(r.direction, r.concept.key, r.file .. ":" .. r.line)
end]],
          expect = [[out\tregelmogelijkheid\t000:193]],
        },
        {
          name = "Concept:mentions",
          params = { { "options?", "{document?: string, rule?: string}", 'document: only in this document; rule: only matches by this rule ("label", "plural", "compound", ...)' } },
          returns = { { "List<Mention>", "the mentions in file and line order" } },
          summary = "Where the concept is named, and why it matched",
          description = "Raises ARG for an unknown option, NOT_FOUND (with the nearest names) for a document that does not exist.",
          example = [[
local m = cdb.concept("PLG"):mentions{ rule = "plural" }[1]
print(m.file, m.line, m.text)]],
          expect = [[^002\t2\tprofessionele leergemeenschappen]],
        },
        {
          name = "Concept:documents",
          params = {},
          returns = { { "List<ConceptDocument>", "the documents, most mentions first" } },
          summary = "The documents that mention the concept",
          example = [[
cdb.concept("PLG"):documents():print()]],
          expect = [[002\s+002\s+25\s+Leiderschap en professionele leergemeenschappen]],
        },
        {
          name = "Concept:sources",
          params = { { "options?", "{level?: string}", LEVEL } },
          returns = { { "List<SourceWeight>", "the sources, heaviest first" } },
          summary = "The sources cited in the same units as the concept",
          description = "Raises ARG for an unknown option or level.",
          example = [[
for _, s in ipairs(cdb.concept("PLG"):sources{ level = "sentence" }) do
  print(s.weight, s.source:cite())
end]],
          expect = [[^1\tVerbiest \(2012\)]],
        },
        {
          name = "Concept:cooccurring",
          params = { { "options?", "{level?: string, measure?: string, min_count?: integer}",
                       [[level: "sentence", "paragraph" (the default), "section", "document"; measure: the order, "association_strength" (the default), "count", "jaccard", "inclusion"; min_count: at least this many units together (default 1)]] } },
          returns = { { "List<Neighbour>", "the concepts, strongest first" } },
          summary = "The concepts that occur in the same units as this one",
          description = "Raises ARG for an unknown option, level or measure.",
          example = [[
cdb.concept("PLG"):cooccurring{ min_count = 3 }:head(3):print()]],
          expect = [[verticale positionering]],
        },
        {
          name = "Source:cite",
          params = { { "form?", "string", '"narrative" (the default) or "parenthetical"' } },
          returns = { { "string", 'the APA-style in-text form: "Kessels (2001)", "(Kessels, 2001)"' } },
          summary = "The source as it is cited in a text",
          description = 'Two authors are joined by "&", three or more become "et al."; legal sources are their name only. Raises ARG for another form.',
          example = [[
local s = cdb.source "kessels-etal2011"
print(s:cite(), s:cite("parenthetical"))]],
          expect = [[^Kessels et al\. \(2011\)\t\(Kessels et al\., 2011\)]],
        },
        {
          name = "Source:citations",
          params = {},
          returns = { { "List<Citation>", "the citations in file and line order" } },
          summary = "Where the source is cited",
          example = [[
cdb.source("kessels2001"):citations():print()]],
          expect = [[000\s+000\s+245\s+245\s+\(Kessels, 2001\)]],
        },
        {
          name = "Source:concepts",
          params = { { "options?", "{level?: string}", LEVEL } },
          returns = { { "List<ConceptWeight>", "the concepts, heaviest first" } },
          summary = "The concepts mentioned in the same units as the source",
          description = "Raises ARG for an unknown option or level.",
          example = [[
print(cdb.source("kessels2001"):concepts()[1].concept.key)]],
          expect = [[^kennisproductiviteit\s*$]],
        },
        {
          name = "Document:passages",
          params = {},
          returns = { { "List<Passage>", "the passages in reading order, repeated pull quotes left out" } },
          summary = "The document's passages",
          example = [[
local p = cdb.document("004-ch3"):passages()[2]
print(p.kind, p.first_line, p.last_line)]],
          expect = [[^paragraph\t1051\t1053]],
        },
        {
          name = "Document:concepts",
          params = {},
          returns = { { "List<ConceptCount>", "the concepts, most mentioned first" } },
          summary = "The concepts the document mentions",
          example = [[
local top = cdb.document("004-ch3"):concepts()[1]
print(top.concept.key, top.mentions)]],
          expect = [[^ontwikkelwerkplaats\t\d+]],
        },
        {
          name = "Document:citations",
          params = {},
          returns = { { "List<DocumentCitation>", "the citations in line order" } },
          summary = "The citations in the document",
          example = [[
local c = cdb.document("004-ch3"):citations()[1]
print(c.line, c.text, c.source:cite())]],
          expect = [[^1148\t\(Brandts & Kuiper, 2013\)\tBrandts & Kuiper \(2013\)]],
        },
      },
      types = {
        {
          name = "Concept",
          metatable = "cdb.Concept",
          summary = "A concept of the curated vocabulary, with its counts",
          description = "tostring gives \"label (key)\"; two Concepts are equal when their keys are.",
          fields = {
            { "key", "string", 'the stable key: "professionele-leergemeenschap"' },
            { "label", "string", "the Dutch preferred label" },
            { "label_en", "string?", "the English preferred label" },
            { "theme", "string", "the vocabulary theme (its file)" },
            { "definition", "string", "the definition, in our own words" },
            { "scope_note", "string?", "how the concept is used, where that needs saying" },
            { "mention_count", "integer", "mentions in the corpus" },
            { "document_count", "integer", "documents that mention it" },
            { "mentions_with_narrower", "integer", "mentions of it and of every concept below it" },
            { "vocabulary", "string", 'where it is defined: "onderwijs.toml:94"' },
            { "only_in", "string?", "the file or document keys it is matched in only (', '-separated), or nil" },
          },
        },
        {
          name = "Source",
          metatable = "cdb.Source",
          summary = "A cited work: one per work across the corpus, however it was spelt",
          description = "tostring gives the narrative citation; two Sources are equal when their keys are.",
          fields = {
            { "key", "string", 'the stable key: "bakker-schaufeli2008"' },
            { "first_author", "string", "the first author as cited most" },
            { "authors", "string[]", 'the authors as cited: surnames with their particles ("De Waal") or an organisation; no "et al."' },
            { "et_al", "boolean", 'whether the authors end in "et al."' },
            { "year", "string?", 'as printed: "2001", "1996a", "z.j."' },
            { "title", "string?", "from a reference entry; never invented" },
            { "kind", "string", '"work", "organisation" or "legal"' },
            { "citation_count", "integer", "citations of it" },
            { "document_count", "integer", "documents citing it" },
            { "container", "string?", "the journal or book it appeared in" },
            { "publisher", "string?", "its publisher" },
            { "url", "string?", "its URL" },
          },
        },
        {
          name = "Document",
          metatable = "cdb.Document",
          summary = "A document: a whole file, or a part of one (an article, a chapter)",
          description = "tostring gives \"key title\".",
          fields = {
            { "key", "string", '"000", "001-p04", "004-ch3"' },
            { "file", "string", "the key of its file" },
            { "parent", "string?", "the key of the document it is part of, nil for a whole file" },
            { "kind", "string", '"article", "chapter", "interview", "book", ...' },
            { "title", "string?", "the printed title" },
            { "authors", "string?", "the authors, '; '-separated" },
            { "year", "integer?", "the year of publication" },
            { "first_line", "integer", "its first line in the file" },
            { "last_line", "integer", "its last line" },
            { "passage_count", "integer", "its passages, repeats not counted" },
          },
        },
        {
          name = "Label",
          summary = "A label of a concept (Concept:labels)",
          fields = {
            { "kind", "string", '"pref", "alt" or "hidden"' },
            { "language", "string", '"nl" or "en"' },
            { "text", "string", "the label as written in the vocabulary" },
            { "mentions", "integer", "mentions it matched" },
          },
        },
        {
          name = "Relation",
          summary = "A curated relation seen from one concept (Concept:related)",
          fields = {
            { "type", "string", "broader, related, contrasts_with, part_of, leads_to, requires, example_of" },
            { "direction", "string", '"out" (this concept → the other) or "in"' },
            { "concept", "Concept", "the concept at the other end" },
            { "file", "string?", "the file of the evidence" },
            { "line", "integer?", "its first line" },
            { "line_end", "integer?", "its last line" },
            { "note", "string?", "the curator's note" },
          },
        },
        {
          name = "Mention",
          summary = "A place where a concept is named (Concept:mentions)",
          fields = {
            { "file", "string", "the file" },
            { "document", "string", "the document key" },
            { "line", "integer", "the first line" },
            { "line_end", "integer", "the last line" },
            { "text", "string", "the words as they stand" },
            { "label", "string", "the label that matched" },
            { "rule", "string", '"label", "plural", "adjective", "diminutive", "spelling", "compound", "elliptic", or several joined by "+"' },
            { "explanation", "string", "the match in words" },
            { "passage_id", "integer", "the passage (v_passage.id)" },
            { "sentence_id", "integer?", "the sentence (v_sentence.id)" },
          },
        },
        {
          name = "ConceptDocument",
          summary = "A document that mentions a concept (Concept:documents)",
          fields = {
            { "document", "string", "the document key" },
            { "title", "string?", "its title" },
            { "file", "string", "its file" },
            { "mentions", "integer", "mentions of the concept in it" },
          },
        },
        {
          name = "SourceWeight",
          summary = "A source next to a concept (Concept:sources)",
          fields = {
            { "source", "Source", "the source" },
            { "weight", "integer", "units holding both" },
            { "passages", "integer", "passages holding both" },
            { "documents", "integer", "documents holding both" },
          },
        },
        {
          name = "Neighbour",
          summary = "A concept that occurs with another (Concept:cooccurring)",
          fields = {
            { "concept", "Concept", "the other concept" },
            { "count", "integer", "units holding both" },
            { "association_strength", "number", "N·c_ab / (c_a·c_b); 1 is what chance gives" },
            { "jaccard", "number", "c_ab / (c_a + c_b − c_ab)" },
            { "inclusion", "number", "c_ab / min(c_a, c_b)" },
          },
        },
        {
          name = "Citation",
          summary = "A place where a source is cited (Source:citations)",
          fields = {
            { "file", "string", "the file" },
            { "document", "string", "the document key" },
            { "line", "integer", "the first line" },
            { "line_end", "integer", "the last line" },
            { "text", "string", 'the citation as it stands: "(Kessels, 2001)"' },
            { "locator", "string?", 'the page or part: "p. 21-22"' },
          },
        },
        {
          name = "ConceptWeight",
          summary = "A concept next to a source (Source:concepts)",
          fields = {
            { "concept", "Concept", "the concept" },
            { "weight", "integer", "units holding both" },
            { "passages", "integer", "passages holding both" },
            { "documents", "integer", "documents holding both" },
          },
        },
        {
          name = "Passage",
          summary = "A passage of a document (Document:passages)",
          fields = {
            { "id", "integer", "v_passage.id" },
            { "file", "string", "the corpus file it is in" },
            { "seq", "integer", "its place in the document" },
            { "kind", "string", '"paragraph", "heading", "caption", "box", "pull_quote", "bio", "references", "byline", "list_item"' },
            { "first_line", "integer", "the first line" },
            { "last_line", "integer", "the last line" },
            { "text", "string", "the normalised text" },
            { "section", "string?", "the title of its section" },
          },
        },
        {
          name = "ConceptCount",
          summary = "A concept of a document (Document:concepts)",
          fields = {
            { "concept", "Concept", "the concept" },
            { "mentions", "integer", "its mentions in the document" },
          },
        },
        {
          name = "DocumentCitation",
          summary = "A citation in a document (Document:citations)",
          fields = {
            { "line", "integer", "the first line" },
            { "text", "string", "the citation as it stands" },
            { "source", "Source?", "the cited source" },
            { "locator", "string?", 'the page or part: "p. 21-22"' },
          },
        },
        {
          name = "SearchHit",
          summary = "A passage found by cdb.search",
          fields = {
            { "file", "string", "the file" },
            { "document", "string", "the document key" },
            { "line", "integer", "the passage's first line" },
            { "line_end", "integer", "its last line" },
            { "passage_id", "integer", "v_passage.id" },
            { "snippet", "string", "the words around the match, the matched words in [brackets]" },
          },
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "errors",
      title = "errors",
      summary = "Misuse and database failures raise \"script.lua:LINE: CODE: message\" (codes "
        .. "SQL, ARG, NOT_FOUND, READONLY, AMBIGUOUS, IO, LIMIT_TIME, LIMIT_MEM, LIMIT_ROWS, LIMIT_OUTPUT); "
        .. "a lookup that finds nothing returns nil. Limits (--timeout, --max-memory, --max-rows, --max-output) "
        .. "cannot be caught for good.",
      entries = {
        {
          name = "cdb.try",
          params = { { "fn", "function", "the function to run" }, { "...", "any", "its arguments" } },
          returns = { { "boolean", "true when fn succeeded" },
                      { "any", "fn's results, or an Error when it failed" } },
          summary = "Run a function and return ok plus its results, or false plus an Error",
          description = "For scripts that go on after an error. Raises ARG when fn is not a function.",
          example = [[
local ok, err = cdb.try(cdb.search, "AND")
print(ok, err.code)]],
          expect = [[^false\tARG]],
        },
        {
          name = "cdb.raise",
          params = { { "code", "string", 'an error code: "ARG", "SQL", ...' },
                     { "message", "string", "what went wrong and what to do" },
                     { "level?", "integer", "which caller the position names: 1 (the default) is the caller of the function that calls raise" } },
          returns = {},
          summary = "Raise an error with a code at the line of the caller",
          description = "For Lua modules (scripts/lib) that check their own arguments the way cdb does.",
          example = [[
local function area(w) if type(w) ~= "number" then cdb.raise("ARG", "area needs a number") end return w * w end
local ok, err = cdb.try(function() return area("x") end)
print(err.code, err.message)]],
          expect = [[^ARG\tarea needs a number]],
        },
      },
      types = {
        {
          name = "Error",
          metatable = "cdb.Error",
          summary = "An error caught by cdb.try",
          description = "tostring gives the whole text: \"script.lua:12: ARG: ...\".",
          fields = {
            { "code", "string", '"SQL", "ARG", "NOT_FOUND", "READONLY", "AMBIGUOUS", "IO", ...; "LUA" for a plain Lua error' },
            { "message", "string", "the message without position and code" },
            { "where", "string?", '"script.lua:12", when the error has a position' },
            { "text", "string", "the error as raised" },
          },
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "cdb.export",
      title = "cdb.export and cdb.graph",
      summary = "Tables, sources, the vocabulary and concept networks into files. Every function "
        .. "writes one file under the run's --out folder (default: out; a path relative to it, "
        .. "folders made as needed), atomically: an older file stays until the new one is complete.",
      entries = {
        {
          name = "cdb.export.csv",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file, relative to the --out folder" },
                     { "options?", "{columns?: string[], separator?: string, bom?: boolean, decimal_comma?: boolean}",
                       [[columns: the columns and their order; separator: one character (default ","; ";" for a Dutch Excel); bom: start with a UTF-8 byte order mark so that Excel reads the file as UTF-8; decimal_comma: floats as "0,25"]] } },
          returns = TABLE_RETURNS,
          summary = "Write a table as CSV (RFC 4180)",
          description = TABLE_CELLS .. [[

Records end with CRLF; a field is quoted when it holds the separator, a quote or a line
break; NULL is an empty field. ]] .. TABLE_ERRORS,
          example = [[
local top = cdb.concepts{ min_mentions = 50 }
  :map(function(c) return { key = c.key, label = c.label, mentions = c:count() } end)
  :with_columns("key", "label", "mentions")
print(cdb.export.csv(top, "concepts.csv", { separator = ";", bom = true }))]],
          expect = [[concepts\.csv\t13\s*$]],
        },
        {
          name = "cdb.export.tsv",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file, relative to the --out folder" },
                     { "options?", "{columns?: string[], bom?: boolean, decimal_comma?: boolean}",
                       [[columns: the columns and their order; bom: start with a UTF-8 byte order mark; decimal_comma: floats as "0,25"]] } },
          returns = TABLE_RETURNS,
          summary = "Write a table as tab-separated values",
          description = TABLE_CELLS .. [[

CSV with a tab as the separator: a tab, quote or line break inside a value is quoted, so
that spreadsheets, pandas and R read every value back. ]] .. TABLE_ERRORS,
          example = [[
print(cdb.export.tsv(cdb.documents{ kind = "chapter" }, "chapters.tsv"))]],
          expect = [[chapters\.tsv\t9\s*$]],
        },
        {
          name = "cdb.export.json",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file, relative to the --out folder" },
                     { "options?", "{columns?: string[]}", "columns: the fields and their order" } },
          returns = TABLE_RETURNS,
          summary = "Write a table as a JSON array of objects",
          description = TABLE_CELLS .. [[

One object per row, its fields in column order; NULL is null. ]] .. TABLE_ERRORS,
          example = [[
local pairs = cdb.relations.cooccurrence{ min_count = 20 }
print(cdb.export.json(pairs, "pairs.json", { columns = { "a", "b", "count", "jaccard" } }))]],
          expect = [[pairs\.json\t2\s*$]],
        },
        {
          name = "cdb.export.ndjson",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file, relative to the --out folder" },
                     { "options?", "{columns?: string[]}", "columns: the fields and their order" } },
          returns = TABLE_RETURNS,
          summary = "Write a table as newline-delimited JSON: one object per line",
          description = TABLE_CELLS .. " " .. TABLE_ERRORS,
          example = [[
local mentions = cdb.concept("PLG"):mentions()
print(cdb.export.ndjson(mentions, "plg-mentions.ndjson", { columns = { "file", "line", "text", "rule" } }))]],
          expect = [[plg-mentions\.ndjson\t32\s*$]],
        },
        {
          name = "cdb.export.markdown",
          params = { { "data", "List|table", "a List, or an array of records or of values" },
                     { "path", "string", "the file (.md), relative to the --out folder" },
                     { "options?", "{columns?: string[]}", "columns: the columns and their order" } },
          returns = TABLE_RETURNS,
          summary = "Write a table as a Markdown (pipe) table",
          description = TABLE_CELLS .. [[

Columns are padded to line up and number columns are right-aligned, so the whole table is
held before it is written. ]] .. TABLE_ERRORS,
          example = [[
print(cdb.export.markdown(cdb.concepts():count_by("theme"), "themes.md"))]],
          expect = [[themes\.md\t6\s*$]],
        },
        {
          name = "cdb.export.html",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file, relative to the --out folder" },
                     { "options?", "{columns?: string[]}", "columns: the columns and their order" } },
          returns = TABLE_RETURNS,
          summary = "Write a table as an HTML <table> fragment",
          description = TABLE_CELLS .. [[

A <table> with <thead> and <tbody> (no page around it), to paste into a page; text is
escaped, number cells have class="num" and NULL cells class="null". ]] .. TABLE_ERRORS,
          example = [[
local cited = cdb.sources{ min_citations = 5 }
  :map(function(s) return { source = s:cite(), citations = s.citation_count } end)
print(cdb.export.html(cited, "cited.html", { columns = { "source", "citations" } }))]],
          expect = [[cited\.html\t8\s*$]],
        },
        {
          name = "cdb.export.xlsx",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file (.xlsx), relative to the --out folder" },
                     { "options?", "{columns?: string[], sheet?: string}",
                       "columns: the columns and their order; sheet: the sheet's name (default: the file's name without .xlsx; made valid for Excel)" } },
          returns = TABLE_RETURNS,
          summary = "Write a table as an Excel workbook of one sheet",
          description = TABLE_CELLS .. [[

Numbers are written as numbers, NULL as an empty cell. For several sheets in one file use
cdb.export.workbook. ]] .. TABLE_ERRORS,
          example = [[
print(cdb.export.xlsx(cdb.concepts(), "concepts.xlsx", { sheet = "concepten" }))]],
          expect = [[concepts\.xlsx\t279\s*$]],
        },
        {
          name = "cdb.export.write",
          params = { { "data", "List|table|function", TABLE_DATA },
                     { "path", "string", "the file, relative to the --out folder; its extension names the format" },
                     { "options?", "{format?: string, columns?: string[], separator?: string, bom?: boolean, decimal_comma?: boolean, sheet?: string}",
                       [[format: "csv", "tsv", "json", "ndjson", "md", "html" or "xlsx", for a name whose extension does not say; the others as for cdb.export.csv and cdb.export.xlsx]] } },
          returns = TABLE_RETURNS,
          summary = "Write a table in the format its file name says",
          description = [[
The format comes from options.format or else from the extension: .csv, .tsv (.tab), .json,
.ndjson (.jsonl), .md (.markdown), .html (.htm), .xlsx. Raises ARG when neither tells the
format, and otherwise as cdb.export.csv does.]],
          example = [[
local files = cdb.sql.list("SELECT file, lines FROM v_file ORDER BY file")
print(cdb.export.write(files, "tables/files.md"))
print(cdb.export.write(files, "tables/files.txt", { format = "tsv" }))]],
          expect = [[files\.md\t5\n.*files\.txt\t5]],
        },
        {
          name = "cdb.export.text",
          params = { { "data", "List|table", "a List, or an array of records or of values" },
                     { "format", "string", [["csv", "tsv", "json", "ndjson", "md" or "html"]] },
                     { "options?", "{columns?: string[], separator?: string, bom?: boolean, decimal_comma?: boolean}", "as for cdb.export.csv" } },
          returns = { { "string", "the table in that format" } },
          summary = "A table as text in a text format, for printing or a report; writes no file",
          description = [[
The same text cdb.export.csv and the others write to a file. Raises ARG for a format that is
not one of these (xlsx is a file format: use cdb.export.xlsx), and for data or options that
do not fit (as cdb.export.csv).]],
          example = [[
local files = cdb.sql.list("SELECT file, lines FROM v_file ORDER BY file"):head(2)
local md = cdb.export.text(files, "md")
print(md)]],
          expect = [[\| file \| lines \|\n\| -+ \| -+: \|\n\| 000  \|   371 \|]],
        },
        {
          name = "cdb.export.query",
          params = { { "path", "string", "the file, relative to the --out folder; its extension names the format" },
                     { "sql", "string", "one SQL statement" },
                     { "params?", "table", "{v1, v2} for ?, {name = v} for :name" },
                     { "options?", "{format?: string, separator?: string, bom?: boolean, decimal_comma?: boolean, sheet?: string}", "as for cdb.export.write; the columns are the query's" } },
          returns = TABLE_RETURNS,
          summary = "Stream the rows of a query straight into a file",
          description = [[
The rows go from SQLite to the file one by one, so memory stays flat however many there
are; the columns are the SELECT's, in its order. Raises ARG when the format cannot be told
(give format=) or the parameters do not fit, SQL for an invalid statement, and as
cdb.export.csv does for the path and the file.]],
          example = [[
print(cdb.export.query("plg-mentions.csv",
  "SELECT file, line, text FROM v_mention WHERE concept_key = ? ORDER BY file, line",
  { "professionele-leergemeenschap" }))]],
          expect = [[plg-mentions\.csv\t32\s*$]],
        },
        {
          name = "cdb.export.workbook",
          params = { { "path", "string", "the file (.xlsx), relative to the --out folder" },
                     { "sheets", "table", "{ {name = string, data = List|table, columns? = string[]}, ... } in sheet order, or { name = data, ... } (sheets sorted by name)" } },
          returns = { { "string", "the path written: the --out folder joined with path" } },
          summary = "Write several tables as the sheets of one Excel workbook",
          description = [[
Each sheet's columns are found as cdb.export.xlsx finds them; a sheet name is made valid
and unique for Excel. Raises ARG when sheets is not a table, is empty, or holds a sheet
without a name or data, and as cdb.export.xlsx does for the path, the cells and the file.]],
          example = [[
local path = cdb.export.workbook("corpus.xlsx", {
  { name = "concepten", data = cdb.concepts() },
  { name = "bestanden", data = cdb.sql.list("SELECT file, lines FROM v_file") },
})
print(path)]],
          expect = [[corpus\.xlsx\s*$]],
        },
        {
          name = "cdb.export.columns",
          params = { { "data", "List|table", "a List, or an array of records or of values" } },
          returns = { { "string[]", "the column names an export of data has" } },
          summary = "The columns an export of a table will have",
          description = [[
The List's columns when it has them (List:with_columns, List:pivot, cdb.sql.list); else the
records' field names, the first record's sorted, then the others' not seen yet; "value" for
an array of plain values. Raises ARG when data is not a table.]],
          example = [[
print(table.concat(cdb.export.columns(cdb.sql.list("SELECT lines, file FROM v_file")), ", "))
print(table.concat(cdb.export.columns{ { b = 1, a = 2 }, { c = 3 } }, ", "))]],
          expect = [[^lines, file\na, b, c]],
        },
        {
          name = "cdb.export.bibtex",
          params = SOURCE_PARAMS("a BibTeX database (.bib)"),
          returns = SOURCE_RETURNS,
          summary = "Write cited sources as BibTeX, for biblatex (biber) and pandoc",
          description = [[
UTF-8; entry types @article, @incollection, @book, @report, @legislation, @misc; titles keep
their capitals as printed. Every field comes from the database: a field the corpus does not
print stays out. ]] .. SOURCE_ERRORS,
          example = [[
print(cdb.export.bibtex("kessels.bib", cdb.sources{ author = "Kessels" }))
print(cdb.export.bibtex("corpus.bib"))]],
          expect = [[kessels\.bib\t\d+\n.*corpus\.bib\t315\s*$]],
        },
        {
          name = "cdb.export.csl_json",
          params = SOURCE_PARAMS("a CSL-JSON file (.json)"),
          returns = SOURCE_RETURNS,
          summary = "Write cited sources as CSL-JSON, for pandoc, Zotero and CSL processors",
          description = [[
One array of items with only the variables the database holds; organisations and laws are
literal names. ]] .. SOURCE_ERRORS,
          example = [[
print(cdb.export.csl_json("references.json", { "kessels2001", "senge1990" }))]],
          expect = [[references\.json\t2\s*$]],
        },
        {
          name = "cdb.export.ris",
          params = SOURCE_PARAMS("a RIS file (.ris)"),
          returns = SOURCE_RETURNS,
          summary = "Write cited sources as RIS, for Zotero, EndNote, Mendeley and Citavi",
          description = "Tagged lines ending in CRLF, one record per source. " .. SOURCE_ERRORS,
          example = [[
print(cdb.export.ris("references.ris"))]],
          expect = [[references\.ris\t315\s*$]],
        },
        {
          name = "cdb.export.skos",
          params = { { "path", "string", "the Turtle file (.ttl), relative to the --out folder" },
                     { "options?", "{base?: string}", [[base: the URI the concepts' URIs start with (default "https://conceptdb.invalid/vocabulary/"); a concept is base .. key]] } },
          returns = { { "string", "the path written: the --out folder joined with path" },
                      { "integer", "the number of concepts in the vocabulary" } },
          summary = "Write the concept vocabulary as SKOS in Turtle",
          description = [[
For thesaurus editors (Skosmos, VocBench) and RDF tools: one skos:ConceptScheme; every
concept with its labels by language, definition, scope note, broader, narrower and related;
the other curated relations as properties of base .. "relation/"; every theme as a
skos:Collection. Raises ARG when options is not a table or the path is not allowed, IO when
the file cannot be written.]],
          example = [[
print(cdb.export.skos("vocabulary.ttl", { base = "https://example.org/concepten/" }))]],
          expect = [[vocabulary\.ttl\t279\s*$]],
        },
        {
          name = "cdb.graph",
          params = { { "options?", "{level?: string, measure?: string, min_count?: integer, top?: integer, concepts?: List|string[], group_by?: string, nodes?: table[], edges?: table[]}",
                       [[level: "sentence", "paragraph" (the default), "section", "document"; measure: the edge weight, "count" (the default), "association_strength", "jaccard", "inclusion"; min_count: pairs in fewer units together are left out (default 1); top: keep only the strongest N edges; concepts: only these concepts (Concepts or keys), each a node even without edges; group_by: a node's group, "theme" (the default) or "top_concept" (the top of its broader chain); nodes, edges: a graph of your own (the other options are then ignored)]] } },
          returns = { { "Graph", "the network: nodes by key, edges strongest first" } },
          summary = "The concept co-occurrence network, to write for Gephi, Graphviz or VOSviewer",
          description = [[
Nodes are the concepts with at least one edge (or the concepts given): id the key, label
the Dutch label, weight the mentions, group the theme. Edges join two concepts that occur
in the same units, each pair once, weighted by the measure (README, v_cooccurrence); ties
are broken by units together and then by keys, so `top` keeps the same edges on every
build. `cdb.graph{nodes = {...}, edges = {...}}` makes a Graph of tables you give (node id
required; weight 1 when missing). Raises ARG for an unknown option, level, measure or
grouping or a negative min_count, NOT_FOUND for a concept key that does not exist.]],
          example = [[
local g = cdb.graph{ level = "paragraph", min_count = 10 }
print(g, g.measure)
local e = g.edges[1]
print(e.source, e.target, e.count)]],
          expect = [[^graph of \d+ nodes and \d+ edges\tcount\nleider\tleiderschap\t\d+]],
        },
        {
          name = "Graph:write",
          params = { { "path", "string", "the file, relative to the --out folder: .graphml, .dot (.gv) or .json" } },
          returns = { { "string", "the path written: the --out folder joined with path" } },
          summary = "Write the graph in the format its file name says",
          description = [[
.graphml is GraphML (Gephi, networkx, yEd), .dot and .gv Graphviz DOT, .json VOSviewer JSON
(see Graph:graphml, Graph:dot, Graph:vosviewer). ]] .. GRAPH_ERRORS,
          example = [[
local path = cdb.graph{ min_count = 5 }:write("concepts.graphml")
print(path)]],
          expect = [[concepts\.graphml\s*$]],
        },
        {
          name = "Graph:graphml",
          params = { { "path", "string", "the file, relative to the --out folder" } },
          returns = { { "string", "the path written: the --out folder joined with path" } },
          summary = "Write the graph as GraphML, for Gephi, networkx, yEd and igraph",
          description = [[
Every node and edge field becomes a typed GraphML attribute (integers long, floats double,
text string, booleans boolean), so readers get numbers as numbers. ]] .. GRAPH_ERRORS
            .. " A field holding text on one node and numbers on another also raises ARG.",
          example = [[
local path = cdb.graph{ level = "sentence", min_count = 3 }:graphml("sentences.graphml")
print(path)]],
          expect = [[sentences\.graphml\s*$]],
        },
        {
          name = "Graph:dot",
          params = { { "path", "string", "the file, relative to the --out folder" } },
          returns = { { "string", "the path written: the --out folder joined with path" } },
          summary = "Write the graph as Graphviz DOT, to lay out with dot, neato or sfdp",
          description = [[
Nodes are coloured by group and lettered larger the heavier they are; edges are drawn
thicker the stronger they are; the other fields go into tooltips. ]] .. GRAPH_ERRORS,
          example = [[
local g = cdb.graph{ concepts = cdb.concept("leiderschap"):narrower() }
local path = g:dot("leiderschap.dot")
print(g, path)]],
          expect = [[^graph of \d+ nodes and \d+ edges\t.*leiderschap\.dot\s*$]],
        },
        {
          name = "Graph:vosviewer",
          params = { { "path", "string", "the file, relative to the --out folder" } },
          returns = { { "string", "the path written: the --out folder joined with path" } },
          summary = "Write the graph as VOSviewer JSON (VOSviewer 1.6.16+, VOSviewer Online)",
          description = [[
An item per node (its group a cluster, its numeric fields scores, its description shown),
a link per edge with the edge's weight as strength. ]] .. GRAPH_ERRORS,
          example = [[
local path = cdb.graph{ measure = "association_strength", min_count = 5 }:vosviewer("vosviewer.json")
print(path)]],
          expect = [[vosviewer\.json\s*$]],
        },
        {
          name = "Graph:subgraph",
          params = { { "keep", "fun(node: GraphNode): boolean|table", "a function that says which nodes to keep, or an array of node ids (or of Concepts)" } },
          returns = { { "Graph", "a new graph of the nodes kept and the edges between them" } },
          summary = "The part of the graph on some of its nodes",
          description = "The graph itself is unchanged; the new one has the same measure. Raises ARG when keep is neither a function nor a table.",
          example = [[
local g = cdb.graph{ min_count = 3 }
local onderwijs = g:subgraph(function(node) return node.theme == "onderwijs" end)
print(#onderwijs.nodes < #g.nodes, g:subgraph{ "leider", "leiderschap" })]],
          expect = [[^true\tgraph of 2 nodes and 1 edges]],
        },
      },
      types = {
        {
          name = "Graph",
          metatable = "cdb.Graph",
          table = "cdb.Graph",
          summary = "A network of nodes and weighted edges (cdb.graph), to write or to draw in a report",
          description = [[
tostring gives "graph of N nodes and M edges". nodes and edges are Lists of plain tables:
filter or change them, or build a Graph with cdb.graph{nodes =, edges =}. Fields other
than id, label, weight and group of a node (source, target and weight of an edge) are
written as attributes when they hold text, numbers or booleans.]],
          fields = {
            { "nodes", "List<GraphNode>", "the nodes" },
            { "edges", "List<GraphEdge>", "the edges, each pair of nodes once" },
            { "measure", "string?", 'what the edge weights are: "count", "association_strength", "jaccard" or "inclusion"; nil for a graph of your own' },
          },
        },
        {
          name = "GraphNode",
          summary = "A node of a Graph: a concept, in a graph from cdb.graph",
          fields = {
            { "id", "string", "the node's id: the concept key" },
            { "label", "string", "what is shown: the Dutch preferred label" },
            { "weight", "number", "the node's size: the concept's mentions" },
            { "group", "string", "its colour or cluster: the theme, or the top concept (group_by)" },
            { "label_en", "string", "the English preferred label; empty when there is none" },
            { "theme", "string", "the vocabulary theme" },
            { "documents", "integer", "documents that mention the concept" },
            { "units", "integer", "units at the graph's level that mention it" },
            { "description", "string", "the concept's definition" },
          },
        },
        {
          name = "GraphEdge",
          summary = "An edge of a Graph: two concepts that occur together, in a graph from cdb.graph",
          fields = {
            { "source", "string", "the id of one node" },
            { "target", "string", "the id of the other" },
            { "weight", "number", "the edge's strength: the graph's measure" },
            { "count", "integer", "units holding both" },
            { "association_strength", "number", "N·c_ab / (c_a·c_b); 1 is what chance gives" },
            { "jaccard", "number", "c_ab / (c_a + c_b − c_ab)" },
            { "inclusion", "number", "c_ab / min(c_a, c_b)" },
          },
        },
      },
    },
    -----------------------------------------------------------------------------------------
    {
      key = "cdb.report",
      title = "cdb.report",
      summary = "A report built block by block and written as one self-contained HTML file "
        .. "(inline CSS and SVG figures) or as Markdown with its figures as SVG files beside it. "
        .. "The same data gives the same bytes. Every method but write returns the report, to chain.",
      entries = {
        {
          name = "cdb.report.new",
          params = { { "options", "string|{title: string, subtitle?: string, date?: string, lang?: string}",
                       [[the title, or title: the report's title; subtitle: a line under it; date: the date line, as text (a report never reads the clock); lang: a language tag, "nl" (the default: Dutch captions, decimal commas) or another such as "en" (English captions, decimal points)]] } },
          returns = { { "Report", "an empty report" } },
          summary = "A new report with a title",
          description = [[
Add blocks with its methods, in reading order, then write it with Report:write. Raises ARG
for an unknown option, a missing or empty title, or a lang that is not a language tag.]],
          example = [[
local r = cdb.report.new{ title = "Professionele leergemeenschappen", date = "juni 2025" }
r:paragraph("Wat het corpus over professionele leergemeenschappen zegt.")
print(r, r:write("plg.html"))]],
          expect = [[^report Professionele leergemeenschappen\t.*plg\.html]],
        },
        {
          name = "Report:heading",
          params = { { "text", "string", "the heading" },
                     { "level?", "integer", "1, 2 (the default) or 3; levels 1 and 2 make the table of contents, 3 is a subheading" } },
          returns = REPORT_RETURNS,
          summary = "Add a section heading",
          description = "Raises ARG for an empty text or another level.",
          example = [[
local r = cdb.report.new "Leiderschap"
r:heading("Kerncijfers"):heading("Per thema", 3)
local ok, err = cdb.try(r.heading, r, "Te diep", 4)
print(err.code, r:write("leiderschap.html"))]],
          expect = [[^ARG\t.*leiderschap\.html]],
        },
        {
          name = "Report:paragraph",
          params = { { "text", "string", "plain text; line breaks in it become spaces" } },
          returns = REPORT_RETURNS,
          summary = "Add a paragraph of text",
          example = [[
local c = cdb.concept "gespreid-leiderschap"
local r = cdb.report.new(c.label):paragraph(c.definition)
print(r:write("gespreid-leiderschap.md"))]],
          expect = [[gespreid-leiderschap\.md\s*$]],
        },
        {
          name = "Report:list",
          params = { { "items", "table", "an array of texts (other values by their tostring)" } },
          returns = REPORT_RETURNS,
          summary = "Add a bulleted list",
          description = "Raises ARG when items is not a table.",
          example = [[
local labels = cdb.concept("leiderschap"):narrower():map(function(c) return c.label end)
print(cdb.report.new("Soorten leiderschap"):list(labels):write("soorten.md"))]],
          expect = [[soorten\.md\s*$]],
        },
        {
          name = "Report:note",
          params = { { "text", "string", "the text of the note" },
                     { "title?", "string", 'its title: "Werkwijze", "Let op"' } },
          returns = REPORT_RETURNS,
          summary = "Add an aside set off from the text",
          example = [[
local r = cdb.report.new "Bronnen"
r:note("Bronnen zijn samengevoegd over spellingen heen.", "Werkwijze")
print(r:write("bronnen.html"))]],
          expect = [[bronnen\.html\s*$]],
        },
        {
          name = "Report:table",
          params = { { "data", "List|table", "a List, or an array of records or of values" },
                     { "options?", "{columns?: string[], caption?: string, decimals?: integer, limit?: integer}",
                       "columns: the columns and their order (default: as cdb.export finds them); caption: the table's caption; decimals: digits after the decimal mark for floats, 0 to 6 (default 2); limit: at most this many rows" } },
          returns = REPORT_RETURNS,
          summary = "Add a table",
          description = [[
Cells are converted as cdb.export converts them; a column of numbers is right-aligned.
Raises ARG for data that is not a table, a cell that cannot be shown (a function) or
decimals outside 0 to 6.]],
          example = [[
local r = cdb.report.new "PLG"
r:table(cdb.concept("PLG"):documents(), { columns = { "document", "title", "mentions" }, caption = "Documenten" })
print(r:write("plg-documenten.html"))]],
          expect = [[plg-documenten\.html\s*$]],
        },
        {
          name = "Report:figures",
          params = { { "figures", "table[]", "{ {label, value}, ... } or { {label =, value =}, ... }: a number or a text per label" } },
          returns = REPORT_RETURNS,
          summary = 'Add a row of key figures ("documenten 5")',
          description = "Raises ARG for a figure without a label.",
          example = [[
local r = cdb.report.new("Het corpus"):figures{
  { "documenten", #cdb.documents() },
  { "concepten", #cdb.concepts() },
  { label = "bronnen", value = #cdb.sources() },
}
print(r:write("corpus.html"))]],
          expect = [[corpus\.html\s*$]],
        },
        {
          name = "Report:quote",
          params = { { "quotation", "{text: string, file: string, line: integer, line_end?: integer, source?: string}",
                       [[text: the words quoted; file, line, line_end: where they stand (first_line and last_line are read too, so a Mention, a Passage or a v_sentence row can be given as it is); source: an attribution, a string such as "Kessels (2001)" (Source:cite gives one)]] } },
          returns = REPORT_RETURNS,
          summary = "Add a quotation from the corpus, shown with its file and lines",
          description = "Raises ARG for a quotation without a file or with lines that are not a range (1 <= line <= line_end).",
          example = [=[
local c = cdb.source("kessels2001"):citations()[1]
local p = cdb.sql.first([[SELECT text, file, first_line, last_line FROM v_passage
  WHERE file = ? AND ? BETWEEN first_line AND last_line]], { c.file, c.line })
local r = cdb.report.new "Kennisproductiviteit"
r:quote{ text = p.text, file = p.file, line = p.first_line, line_end = p.last_line,
         source = cdb.source("kessels2001"):cite() }
r:quote(cdb.concept("PLG"):mentions()[1])
print(r:write("citaten.md"))]=],
          expect = [[citaten\.md\s*$]],
        },
        {
          name = "Report:bar_chart",
          params = { { "chart", "{data: List|table, label?: string, value?: string, title?: string, unit?: string, decimals?: integer}",
                       [[data: a List of records, one bar each in that order; label, value: the fields for a bar's label and length (default "label" and "value"); title: the figure's caption; unit: what the values count ("vermeldingen"); decimals: for values that are not whole, 0 to 6 (default 2)]] } },
          returns = REPORT_RETURNS,
          summary = "Add a horizontal bar chart (an SVG figure)",
          description = "Raises ARG for data that is not a table, a bar without a number, a negative value, or decimals outside 0 to 6.",
          example = [[
local r = cdb.report.new "Het vocabulaire"
r:bar_chart{ title = "Concepten per thema", data = cdb.concepts():count_by("theme"),
             label = "key", value = "count", unit = "concepten" }
print(r:write("vocabulaire.html"))]],
          expect = [[vocabulaire\.html\s*$]],
        },
        {
          name = "Report:concept_map",
          params = { { "graph", "Graph", "a Graph (cdb.graph), or a table with nodes and edges like one" },
                     { "options?", "{caption?: string}", "caption: the figure's caption" } },
          returns = REPORT_RETURNS,
          summary = "Add a concept map: the graph laid out by Graphviz (an SVG figure)",
          description = [[
Node size follows node weight (mentions), line width edge weight, colour the group. Raises
ARG for a graph with two nodes of one id, an edge to a node it does not hold or to itself,
a pair with two edges, or a negative weight.]],
          example = [[
local r = cdb.report.new "Samenhang"
r:concept_map(cdb.graph{ min_count = 10 }, { caption = "Concepten die samen in alinea's staan" })
print(r:write("samenhang.html"))]],
          expect = [[samenhang\.html\s*$]],
        },
        {
          name = "Report:write",
          params = { { "path", "string", "the file, relative to the --out folder: .html (.htm) or .md (.markdown)" } },
          returns = { { "string", "the path written: the --out folder joined with path" } },
          summary = "Write the report as HTML or Markdown",
          description = [[
HTML is one self-contained file; Markdown writes its figures beside it as NAME-figure-1.svg,
... . An older file is replaced only when the new one is complete; a report can be written
more than once. Raises ARG for another extension or a path outside the --out folder, IO
when the file cannot be written.]],
          example = [[
local r = cdb.report.new("Kerncijfers"):figures{ { "bestanden", 5 } }
print(r:write("kerncijfers.html"))
print(r:write("kerncijfers.md"))]],
          expect = [[kerncijfers\.html\n.*kerncijfers\.md]],
        },
      },
      types = {
        {
          name = "Report",
          metatable = "cdb.Report",
          table = "cdb.Report",
          summary = "A report being built (cdb.report.new): blocks in reading order",
          description = 'tostring gives "report TITLE".',
          fields = {
            { "title", "string", "the report's title" },
          },
        },
      },
    },
  },
}
