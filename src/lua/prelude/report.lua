-- cdb/report.lua — cdb.report: a report built block by block and written as one
-- self-contained HTML file (inline CSS and SVG figures) or as Markdown (figures as SVG files
-- beside it). The same database gives the same bytes. The C++ half is in
-- src/lua/report_binding.cpp; the renderers are in src/report.
local cdb = ...
local raw = cdb._report
cdb._report = nil
local List, call, raise = cdb.List, cdb._call, cdb.raise
local export_columns = cdb.export.columns  -- the prelude's own copy (see domain.lua)
local getmetatable, ipairs, pairs, setmetatable, tostring, type =
  getmetatable, ipairs, pairs, setmetatable, tostring, type

local Report = {}
Report.__index = Report
Report.__name = "cdb.Report"
Report.__tostring = function(r) return "report " .. r.title end

local function check_self(self, method)
  if getmetatable(self) ~= Report then
    raise("ARG", method .. " is a Report method: call it with a colon, as in report:"
          .. method .. "(...)", 2)
  end
end

local function check_table(value, what, where)
  if type(value) ~= "table" then
    raise("ARG", ("%s needs %s (a table), got %s"):format(where, what, type(value)), 2)
  end
end

local report = {}
cdb.report = report

--- cdb.report.new{title=, subtitle=, date=, lang=} → Report. The date is text you give (a
--- report never reads the clock, so the same data gives the same file); lang "nl" (the
--- default) gives Dutch captions and decimal commas.
function report.new(options)
  if type(options) == "string" then options = { title = options } end
  check_table(options, "{title = \"...\"}", "cdb.report.new")
  for k in pairs(options) do
    if k ~= "title" and k ~= "subtitle" and k ~= "date" and k ~= "lang" then
      raise("ARG", "cdb.report.new: unknown option '" .. tostring(k)
            .. "' (known: date, lang, subtitle, title)")
    end
  end
  if type(options.title) ~= "string" or options.title == "" then
    raise("ARG", "cdb.report.new needs a title: cdb.report.new{title = \"...\"}")
  end
  local document = call(1, raw.new, options.title, options.subtitle, options.date, options.lang)
  return setmetatable({ title = options.title, _document = document }, Report)
end

--- report:heading(text [, level]) → report. Level 2 (the default) headings make the table
--- of contents; 3 is a subheading.
function Report:heading(text, level)
  check_self(self, "heading")
  call(1, self._document.heading, self._document, text, level)
  return self
end

--- report:paragraph(text) → report
function Report:paragraph(text)
  check_self(self, "paragraph")
  call(1, self._document.paragraph, self._document, text)
  return self
end

--- report:list(items) → report: a bulleted list of texts.
function Report:list(items)
  check_self(self, "list")
  check_table(items, "the items", "report:list")
  call(1, self._document.list, self._document, items)
  return self
end

--- report:note(text [, title]) → report: an aside set off from the text.
function Report:note(text, title)
  check_self(self, "note")
  call(1, self._document.note, self._document, text, title)
  return self
end

--- report:table(data [, {columns=, caption=, decimals=, limit=}]) → report: a List, or an
--- array of records, as a table (columns as cdb.export finds them).
function Report:table(data, options)
  check_self(self, "table")
  check_table(data, "a List or an array of records", "report:table")
  options = options or {}
  check_table(options, "{columns =, caption =, decimals =, limit =}", "report:table")
  for k in pairs(options) do
    if k ~= "columns" and k ~= "caption" and k ~= "decimals" and k ~= "limit" then
      raise("ARG", "report:table: unknown option '" .. tostring(k)
            .. "' (known: caption, columns, decimals, limit)")
    end
  end
  local columns = options.columns or export_columns(data)
  local rows = cdb._table_rows(data, columns, options.limit, 1)
  call(1, self._document.table, self._document, columns, rows, options.caption, options.decimals)
  return self
end

--- report:figures{ {label, value}, ... } → report: a row of key figures ("documenten 5").
function Report:figures(figures)
  check_self(self, "figures")
  check_table(figures, "{ {label, value}, ... }", "report:figures")
  local pairs_ = {}
  for i, f in ipairs(figures) do
    if type(f) ~= "table" then
      raise("ARG", ("report:figures: figure %d must be {label, value}, got %s"):format(i, type(f)))
    end
    pairs_[i] = { f[1] or f.label, f[2] or f.value }
  end
  call(1, self._document.figures, self._document, pairs_)
  return self
end

--- report:quote{text=, file=, line=, line_end=, source=} → report: a quotation shown with
--- its file and lines. A mention, passage or sentence row (fields text, file, first_line /
--- line, last_line / line_end) can be given as it is.
function Report:quote(q)
  check_self(self, "quote")
  check_table(q, "{text =, file =, line =}", "report:quote")
  local first = q.line or q.first_line
  if type(q.text) ~= "string" or type(q.file) ~= "string" or math.type(first) ~= "integer" then
    raise("ARG", "report:quote needs text (a string), file (a string) and line (a whole number); "
          .. "a Mention, a Passage or a v_sentence row has them")
  end
  local source = q.source
  if type(source) == "table" and type(source.cite) == "function" then source = source:cite() end
  if source ~= nil and type(source) ~= "string" then
    raise("ARG", "report:quote: source must be a string such as \"Kessels (2001)\" or a Source")
  end
  call(1, self._document.quote, self._document, q.text, q.file, first,
       q.line_end or q.last_line or first, source)
  return self
end

--- report:bar_chart{title=, data=, label=, value=, unit=, decimals=} → report: one bar per
--- item of data (a List of records), its label from field `label`, its length from `value`.
function Report:bar_chart(chart)
  check_self(self, "bar_chart")
  check_table(chart, "{title =, data =, label =, value =}", "report:bar_chart")
  check_table(chart.data, "data = a List of records", "report:bar_chart")
  local label, value = chart.label or "label", chart.value or "value"
  local bars = {}
  for i, item in ipairs(chart.data) do bars[i] = { item[label], item[value] } end
  call(1, self._document.bar_chart, self._document, chart.title or "", bars, chart.unit,
       chart.decimals)
  return self
end

--- report:concept_map(graph [, {caption=}]) → report: a cdb.graph laid out by Graphviz;
--- node size by weight (mentions), line width by edge weight.
function Report:concept_map(graph, options)
  check_self(self, "concept_map")
  check_table(graph, "a graph (cdb.graph{...})", "report:concept_map")
  call(1, self._document.concept_map, self._document, (options or {}).caption or "", graph)
  return self
end

--- report:write(path) → path: HTML (.html, .htm) or Markdown (.md, figures as SVG files
--- beside it), under the --out folder, replacing an older file only when complete.
function Report:write(path)
  check_self(self, "write")
  if type(path) ~= "string" then
    raise("ARG", "report:write needs a file name ending in .html or .md")
  end
  local extension = (path:match("%.(%w+)$") or ""):lower()
  local format = (extension == "html" or extension == "htm") and "html"
                 or (extension == "md" or extension == "markdown") and "md" or nil
  if format == nil then
    raise("ARG", "report:write: '" .. path .. "' must end in .html or .md")
  end
  local written = call(1, self._document.write, self._document, path, format)
  return written
end

cdb.Report = Report
