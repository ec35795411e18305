-- cdb/export.lua — cdb.export: tables, sources, the vocabulary and graphs into files.
--
-- Every function writes one file under the run's --out folder (a path relative to it; the
-- folders are made), atomically: the old file stays until the new one is complete. Tables
-- come as a List (its columns in order), an array of records, an array of values, or a
-- function that returns the next row each call; cdb.export.query streams a query straight
-- from SQLite. The C++
-- writers are in src/export; this file turns Lua data into their rows.
local cdb = ...
local raw = cdb._export
cdb._export = nil
local List = cdb.List
local getmetatable, ipairs, next, pairs, rawget, setmetatable, tostring, type =
  getmetatable, ipairs, next, pairs, rawget, setmetatable, tostring, type
local concat, sort = table.concat, table.sort
local null = cdb.null
local raise = cdb.raise

local export = {}
cdb.export = export

-- Calls a C++ writer; its errors are raised again at the script's line. (No function here
-- ends in a tail call: error levels count stack frames, and a tail call removes one.)
local call = cdb._call

local function has_tostring(v)
  local mt = getmetatable(v)
  return type(mt) == "table" and rawget(mt, "__tostring") ~= nil
end

-- A row with fields: a plain table or a domain object (a Concept, a Source: their fields),
-- not a List and not cdb.null.
local function is_record(v)
  return type(v) == "table" and v ~= null and not List.is(v)
end

-- A table cell: numbers and strings as they are, nil and cdb.null as NULL, booleans as
-- true/false, objects by their tostring, arrays as their items joined with ", ". Functions
-- and other values that are not data are refused (nil plus what they are).
local cell
function cell(v)
  local t = type(v)
  if t == "number" or t == "string" or v == nil or v == null then return v end
  if t == "boolean" then return v and "true" or "false" end
  if t == "table" then
    if has_tostring(v) then return tostring(v) end
    local n = #v
    if n > 0 or next(v) == nil then
      local parts = {}
      for i = 1, n do
        local item, bad = cell(v[i])
        if bad then return nil, bad end
        parts[i] = (item == nil or item == null) and "" or tostring(item)
      end
      return concat(parts, ", ")
    end
    return "{…}"
  end
  return nil, "a " .. t
end

local function sorted_keys(record)
  local keys = {}
  for k in pairs(record) do
    if type(k) == "string" then keys[#keys + 1] = k end
  end
  sort(keys)
  return keys
end

-- The columns of a table: options.columns, else the List's columns, else (as printing does)
-- the records' field names; an array of plain values has the one column "value".
local function columns_of(data, options, level)
  if options.columns ~= nil then
    if type(options.columns) ~= "table" or #options.columns == 0 then
      raise("ARG", "cdb.export: columns must be an array of field names", level + 1)
    end
    return options.columns
  end
  local columns = type(data) == "table" and rawget(data, "columns")
  if type(columns) == "table" and #columns > 0 then return columns end
  -- The records' field names: the first record's sorted, then the others' not seen yet.
  local seen, columns = {}, {}
  for i = 1, #data do
    if is_record(data[i]) then
      for _, k in ipairs(sorted_keys(data[i])) do
        if not seen[k] then
          seen[k] = true
          columns[#columns + 1] = k
        end
      end
    end
  end
  return #columns > 0 and columns or { "value" }
end

-- One item (the i-th row) as an array of cells; `level` places an error at the script.
local function row_of(item, columns, n, i, level)
  local row = {}
  if is_record(item) then
    for c = 1, n do
      local value, bad = cell(item[columns[c]])
      if bad then
        raise("ARG", ("row %d, column %s: %s cannot be written to a table"):format(
          i, tostring(columns[c]), bad), level + 1)
      end
      row[c] = value
    end
  else
    local value, bad = cell(item)
    if bad then
      raise("ARG", ("row %d: %s cannot be written to a table"):format(i, bad), level + 1)
    end
    row[1] = value
  end
  return row
end

local OPTION_NAMES = { columns = true, bom = true, separator = true, decimal_comma = true,
                       sheet = true, format = true }

local function check_options(options, where)
  if options == nil then return {} end
  if type(options) ~= "table" then
    raise("ARG", where .. ": options must be a table, got " .. type(options), 2)
  end
  for k in pairs(options) do
    if not OPTION_NAMES[k] then
      raise("ARG", where .. ": unknown option '" .. tostring(k) .. "' (known: bom, columns, "
            .. "decimal_comma, format, separator, sheet)", 2)
    end
  end
  if options.separator ~= nil and (type(options.separator) ~= "string" or #options.separator ~= 1) then
    raise("ARG", where .. ": separator must be one character, like \";\"", 2)
  end
  return options
end

local function check_path(path, where)
  if type(path) ~= "string" then
    raise("ARG", where .. " needs a file name (a string, relative to the --out folder), got "
          .. type(path), 2)
  end
end

-- Writes `data` as `format` to `path`; returns the path written and the number of rows.
local function write_table(format, data, path, options, where)
  if type(data) == "function" then
    -- A row iterator: the first row gives the columns (unless given); rows stream.
    local first = data()
    local columns = options.columns
    if columns == nil then
      columns = is_record(first) and sorted_keys(first) or { "value" }
    end
    local n = #columns
    local writer = call(2, raw.open, format, path, options, columns)
    local row, i = first, 1
    while row ~= nil do
      call(2, writer.row, writer, row_of(row, columns, n, i, 2))
      row, i = data(), i + 1
    end
    local written, count = call(2, writer.close, writer)
    return written, count
  end
  if type(data) ~= "table" or data == null or (has_tostring(data) and not List.is(data)) then
    raise("ARG", where .. ": the data must be a List, an array of records or values, or a "
          .. "function that returns the next row (for a query: cdb.export.query), got " .. type(data), 2)
  end
  local columns = columns_of(data, options, 2)
  local n = #columns
  local writer = call(2, raw.open, format, path, options, columns)
  for i = 1, #data do call(2, writer.row, writer, row_of(data[i], columns, n, i, 2)) end
  local written, count = call(2, writer.close, writer)
  return written, count
end

--- cdb.export.columns(data) → array of the column names an export of data has: the List's
--- columns, else the records' field names (the first record's sorted, then new ones).
function export.columns(data)
  if type(data) ~= "table" then
    raise("ARG", "cdb.export.columns needs a List or an array, got " .. type(data))
  end
  local columns = columns_of(data, {}, 1)
  return columns
end

-- For cdb.report's tables: the rows of data as arrays of cells in `columns`' order, with
-- the same conversions as an export.
function cdb._table_rows(data, columns, limit, level)
  local rows, n = {}, #columns
  for i = 1, math.min(#data, limit or #data) do
    rows[i] = row_of(data[i], columns, n, i, level + 1)
  end
  return rows
end

local FORMATS = { csv = "csv", tsv = "tsv", json = "json", ndjson = "ndjson",
                  markdown = "md", html = "html", xlsx = "xlsx" }

for name, format in pairs(FORMATS) do
  local where = "cdb.export." .. name
  --- cdb.export.FORMAT(data, path [, options]) → path, rows
  export[name] = function(data, path, options)
    check_path(path, where)
    options = check_options(options, where)
    local written, count = write_table(format, data, path, options, where)
    return written, count
  end
end

--- cdb.export.write(data, path [, options]) → path, rows: the format from the extension
--- (.csv .tsv .json .ndjson .md .html .xlsx) or options.format.
function export.write(data, path, options)
  check_path(path, "cdb.export.write")
  options = check_options(options, "cdb.export.write")
  local format = options.format or raw.format_of(path)
  if format == nil then
    raise("ARG", "cdb.export.write: cannot tell the format of '" .. path .. "' from its "
          .. "extension; use .csv, .tsv, .json, .ndjson, .md, .html or .xlsx, or give format=")
  end
  local written, count = write_table(format, data, path, options, "cdb.export.write")
  return written, count
end

--- cdb.export.text(data, format [, options]) → string: the table as text in a format that
--- is text (csv, tsv, json, ndjson, md, html), for printing or for a report.
function export.text(data, format, options)
  options = check_options(options, "cdb.export.text")
  if type(format) ~= "string" then
    raise("ARG", "cdb.export.text needs a format name (csv, tsv, json, ndjson, md, html)")
  end
  if type(data) ~= "table" or data == null then
    raise("ARG", "cdb.export.text: the data must be a List or an array, got " .. type(data))
  end
  local columns = columns_of(data, options, 1)
  local rows, n = {}, #columns
  for i = 1, #data do rows[i] = row_of(data[i], columns, n, i, 1) end
  local text = call(1, raw.text, format, options, columns, rows)
  return text
end

--- cdb.export.query(path, sql [, params [, options]]) → path, rows: the query's rows
--- streamed from SQLite into the file, however many (memory stays flat).
function export.query(path, query, params, options)
  check_path(path, "cdb.export.query")
  if type(query) ~= "string" then
    raise("ARG", "cdb.export.query needs the SQL (a string) after the file name")
  end
  options = check_options(options, "cdb.export.query")
  local format = options.format or raw.format_of(path)
  if format == nil then
    raise("ARG", "cdb.export.query: cannot tell the format of '" .. path .. "'; give format=")
  end
  local written, count = call(1, raw.query, format, path, options, query, params)
  return written, count
end

--- cdb.export.workbook(path, sheets) → path: one XLSX workbook, a sheet per entry of
--- sheets = { {name=, data=, columns=}, ... } (or { name = data, ... }, sorted by name).
function export.workbook(path, sheets)
  check_path(path, "cdb.export.workbook")
  if type(sheets) ~= "table" then
    raise("ARG", "cdb.export.workbook needs a table of sheets, like { {name = \"concepts\", "
          .. "data = list}, ... }")
  end
  local ordered = {}
  if #sheets > 0 then
    for i, sheet in ipairs(sheets) do
      if type(sheet) ~= "table" or type(sheet.name) ~= "string" or type(sheet.data) ~= "table" then
        raise("ARG", ("cdb.export.workbook: sheet %d must be {name = \"...\", data = list}"):format(i))
      end
      ordered[i] = sheet
    end
  else
    for _, name in ipairs(sorted_keys(sheets)) do
      ordered[#ordered + 1] = { name = name, data = sheets[name] }
    end
  end
  if #ordered == 0 then raise("ARG", "cdb.export.workbook: no sheets given") end
  local book = call(1, raw.workbook, path)
  for _, sheet in ipairs(ordered) do
    local columns = columns_of(sheet.data, { columns = sheet.columns }, 1)
    local n = #columns
    call(1, book.sheet, book, sheet.name, columns)
    for i = 1, #sheet.data do
      call(1, book.row, book, row_of(sheet.data[i], columns, n, i, 1))
    end
  end
  local written = call(1, book.close, book)
  return written
end

-- ------------------------------------------------------------------ domain formats

-- The keys of a List of objects (Sources, Concepts), an array of keys, or nil (none given).
-- `what` names them in messages: "sources", "concepts".
local function keys_of(items, what, where)
  if items == nil then return {} end
  if type(items) ~= "table" then
    raise("ARG", ("%s: %s must be a List of %s or an array of keys"):format(where, what, what), 2)
  end
  local keys = {}
  for i = 1, #items do
    local item = items[i]
    local key = type(item) == "string" and item
                or type(item) == "table" and (item.key or item.source_key or item.concept_key)
    if type(key) ~= "string" then
      raise("ARG", ("%s: item %d of %s is neither an object with a key nor a key"):format(
        where, i, what), 2)
    end
    keys[i] = key
  end
  return keys
end

for _, name in ipairs { "bibtex", "csl_json", "ris" } do
  local where = "cdb.export." .. name
  --- cdb.export.bibtex / csl_json / ris(path [, sources]) → path, count
  export[name] = function(path, sources)
    check_path(path, where)
    -- nil: every source; an empty List: none (an empty bibliography, not all of them).
    local written, count = call(1, raw.sources, name, path, keys_of(sources, "sources", where),
                                sources == nil)
    return written, count
  end
end

--- cdb.export.skos(path [, {base = "https://…/"}]) → path, concepts: the vocabulary as
--- SKOS in Turtle.
function export.skos(path, options)
  check_path(path, "cdb.export.skos")
  if options ~= nil and type(options) ~= "table" then
    raise("ARG", "cdb.export.skos: options must be a table like {base = \"https://…/\"}")
  end
  local written, count = call(1, raw.skos, path, options and options.base)
  return written, count
end

-- ------------------------------------------------------------------ graphs

local Graph = {}
Graph.__index = Graph
Graph.__name = "cdb.Graph"
Graph.__tostring = function(g)
  return ("graph of %d nodes and %d edges"):format(#g.nodes, #g.edges)
end

local GRAPH_OPTIONS = { level = true, measure = true, min_count = true, top = true,
                        concepts = true, group_by = true, nodes = true, edges = true }

--- cdb.graph{level=, measure=, min_count=, top=, concepts=, group_by=} → Graph: the concept
--- co-occurrence network (nodes: concepts, weight = mentions, group = theme; edges: pairs,
--- weight = the measure, strongest first). cdb.graph{nodes=, edges=} makes a graph of your own.
function cdb.graph(options)
  options = options or {}
  if type(options) ~= "table" then
    raise("ARG", "cdb.graph takes a table of options, got " .. type(options))
  end
  for k in pairs(options) do
    if not GRAPH_OPTIONS[k] then
      raise("ARG", "cdb.graph: unknown option '" .. tostring(k) .. "' (known: concepts, edges, "
            .. "group_by, level, measure, min_count, nodes, top)")
    end
  end
  if options.nodes ~= nil then
    if type(options.nodes) ~= "table" or (options.edges ~= nil and type(options.edges) ~= "table") then
      raise("ARG", "cdb.graph{nodes=, edges=}: nodes and edges must be lists of tables")
    end
    return setmetatable({ nodes = List(options.nodes), edges = List(options.edges or {}) }, Graph)
  end
  for _, name in ipairs { "level", "measure", "group_by" } do
    if options[name] ~= nil and type(options[name]) ~= "string" then
      raise("ARG", ("cdb.graph: %s must be a string, got %s"):format(name, type(options[name])))
    end
  end
  local query = {}
  for k, v in pairs(options) do query[k] = v end
  for _, name in ipairs { "min_count", "top" } do
    if options[name] ~= nil then
      local n = math.type(options[name]) and math.tointeger(options[name])
      if n == nil or n < 0 then
        raise("ARG", ("cdb.graph: %s must be a whole number 0 or more, got %s"):format(
          name, tostring(options[name])))
      end
      query[name] = n
    end
  end
  if options.concepts ~= nil then
    query.concepts = keys_of(options.concepts, "concepts", "cdb.graph")
    -- An empty selection is an empty graph (the C++ side reads no keys as "every concept").
    if #query.concepts == 0 then
      return setmetatable({ nodes = List(), edges = List(), measure = options.measure or "count" },
                          Graph)
    end
  end
  local t = call(1, raw.graph, query)
  return setmetatable({ nodes = List(t.nodes), edges = List(t.edges), measure = t.measure }, Graph)
end

local GRAPH_FORMATS = { graphml = "graphml", dot = "dot", gv = "dot", json = "vosviewer" }

--- graph:write(path) → path: GraphML (.graphml), DOT (.dot, .gv) or VOSviewer JSON (.json).
function Graph:write(path)
  check_path(path, "Graph:write")
  local format = GRAPH_FORMATS[(path:match("%.([%w]+)$") or ""):lower()]
  if format == nil then
    raise("ARG", "Graph:write: use .graphml (Gephi, networkx), .dot (Graphviz) or .json "
          .. "(VOSviewer) for '" .. path .. "'")
  end
  local written = call(1, raw.write_graph, format, path, self)
  return written
end

--- graph:graphml(path) / graph:dot(path) / graph:vosviewer(path) → path
for name, format in pairs { graphml = "graphml", dot = "dot", vosviewer = "vosviewer" } do
  Graph[name] = function(self, path)
    check_path(path, "Graph:" .. name)
    local written = call(1, raw.write_graph, format, path, self)
    return written
  end
end

--- graph:subgraph(keep) → Graph of the nodes for which keep(node) is true (or whose ids are
--- in the array keep) and the edges between them.
function Graph:subgraph(keep)
  local wanted = {}
  if type(keep) == "function" then
    for _, n in ipairs(self.nodes) do if keep(n) then wanted[n.id] = true end end
  elseif type(keep) == "table" then
    for _, id in ipairs(keep) do wanted[type(id) == "table" and (id.id or id.key) or id] = true end
  else
    raise("ARG", "Graph:subgraph needs a function or an array of node ids")
  end
  local nodes = self.nodes:filter(function(n) return wanted[n.id] end)
  local edges = self.edges:filter(function(e) return wanted[e.source] and wanted[e.target] end)
  return setmetatable({ nodes = nodes, edges = edges, measure = self.measure }, Graph)
end

cdb.Graph = Graph
