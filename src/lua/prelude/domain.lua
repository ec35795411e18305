-- cdb/domain.lua — the domain modules: concepts, sources, documents, search and relations.
--
-- Thin objects over the public views (README, "Public views"): a Concept, a Source and a
-- Document are tables of the view's columns with methods; lists of them are cdb.List values.
-- A lookup that finds nothing returns nil; a label that names two concepts raises AMBIGUOUS
-- with the candidates; misuse raises ARG at the script's line.
local cdb = ...
local setmetatable, type, tostring, pairs, ipairs = setmetatable, type, tostring, pairs, ipairs
local concat, sort = table.concat, table.sort
local format = string.format
-- The prelude's own copies: a script that replaces cdb.sql.rows changes its own calls only.
local sql = { rows = cdb.sql.rows, first = cdb.sql.first }
local List = cdb.List
local raise = cdb.raise

local LEVELS = { sentence = true, paragraph = true, section = true, document = true }
local MEASURES = { count = true, association_strength = true, jaccard = true, inclusion = true }

-- Every row of a query, each passed through `wrap` (default: the row itself), as a List.
local function collect(query, params, wrap)
  local out = {}
  for row in sql.rows(query, params) do
    out[#out + 1] = wrap and wrap(row) or row
  end
  return List(out)
end

local function check_options(options, known, where)
  if options == nil then return {} end
  if type(options) ~= "table" then
    raise("ARG", where .. " takes a table of options, got " .. type(options), 2)
  end
  for k in pairs(options) do
    if not known[k] then
      local names = {}
      for name in pairs(known) do names[#names + 1] = name end
      sort(names)
      raise("ARG", format("%s: unknown option '%s' (known: %s)", where, tostring(k),
                          concat(names, ", ")), 2)
    end
  end
  return options
end

local function check_level(level, where, allowed)
  level = level or "paragraph"
  if not (allowed or LEVELS)[level] then
    raise("ARG", format("%s: level must be sentence, paragraph, section%s, got '%s'", where,
                        allowed and "" or " or document", tostring(level)), 2)
  end
  return level
end

-- A filter that names a concept, source, document or theme must name one that exists: a typo
-- would otherwise give an empty list and no hint. Raises NOT_FOUND with the nearest names.
local KNOWN = {
  concept = { "SELECT concept_key AS name FROM v_concept", "concept" },
  source = { "SELECT source_key AS name FROM v_source", "source" },
  document = { "SELECT key AS name FROM v_document UNION SELECT file FROM v_document",
               "document (a document key like 004 or a file name)" },
  theme = { "SELECT DISTINCT theme AS name FROM v_concept WHERE theme IS NOT NULL", "theme" },
}

-- Edit distance (insertions, deletions, substitutions) between two short names.
local function distance(a, b)
  local previous = {}
  for j = 0, #b do previous[j] = j end
  for i = 1, #a do
    local current = { [0] = i }
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      current[j] = math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    end
    previous = current
  end
  return previous[#b]
end

-- The names closest to `wanted`: near misspellings first, then names containing it.
local function nearest(names, wanted)
  local lower, scored = wanted:lower(), {}
  local allowed = math.max(2, #lower // 4)
  for _, name in ipairs(names) do
    local l = name:lower()
    local d = distance(l, lower)
    if d <= allowed then
      scored[#scored + 1] = { name = name, score = d }
    elseif l:find(lower, 1, true) then
      scored[#scored + 1] = { name = name, score = allowed + 1 }
    end
  end
  sort(scored, function(x, y)
    if x.score ~= y.score then return x.score < y.score end
    return x.name < y.name
  end)
  local out = {}
  for i = 1, math.min(#scored, 6) do out[i] = scored[i].name end
  return out
end

local function check_known(kind, value, where)
  if value == nil then return end
  if type(value) ~= "string" then
    raise("ARG", format("%s: %s must be a string, got %s", where, kind, type(value)), 2)
  end
  local query, what = KNOWN[kind][1], KNOWN[kind][2]
  if sql.first("SELECT 1 AS found FROM (" .. query .. ") WHERE name = ?", { value }) then return end
  local names = {}
  for row in sql.rows(query) do names[#names + 1] = row.name end
  local close = nearest(names, value)
  raise("NOT_FOUND", format("%s: no %s '%s'%s", where, what, value,
                            #close > 0 and (" (did you mean " .. concat(close, ", ") .. "?)")
                              or ""), 2)
end

-- ------------------------------------------------------------------------------- Concept

local Concept = {}
Concept.__index = Concept
Concept.__name = "cdb.Concept"
Concept.__tostring = function(c) return c.label .. " (" .. c.key .. ")" end
Concept.__eq = function(a, b) return a.key == b.key end

-- Defined with Source below; Concept:sources builds Source objects from its own query.
local SOURCE_COLUMNS, source_of

local CONCEPT_COLUMNS = [[
  SELECT concept_key, label, label_en, theme, definition, scope_note, mentions, documents,
         mentions_with_narrower, vocabulary_file, vocabulary_line, only_in FROM v_concept]]

local function concept_of(row)
  return setmetatable({
    key = row.concept_key, label = row.label, label_en = row.label_en, theme = row.theme,
    definition = row.definition, scope_note = row.scope_note,
    mention_count = row.mentions, document_count = row.documents,
    mentions_with_narrower = row.mentions_with_narrower,
    vocabulary = row.vocabulary_file .. ":" .. row.vocabulary_line, only_in = row.only_in,
  }, Concept)
end

--- The concept's labels: a List of {kind, language, text, mentions}.
function Concept:labels()
  return collect([[SELECT kind, language, text, mentions FROM v_label
                   WHERE concept_key = ? ORDER BY kind <> 'pref', kind, language, id]], { self.key })
end

--- How often the concept is mentioned (with `true`: including the concepts below it).
function Concept:count(with_narrower)
  return with_narrower and self.mentions_with_narrower or self.mention_count
end

--- The wider concepts (along `broader`), a List of Concept.
function Concept:broader()
  return collect(CONCEPT_COLUMNS .. [[ WHERE concept_key IN
    (SELECT "to" FROM v_concept_relation WHERE "from" = ? AND type = 'broader')
    ORDER BY concept_key]], { self.key }, concept_of)
end

--- The narrower concepts, a List of Concept.
function Concept:narrower()
  return collect(CONCEPT_COLUMNS .. [[ WHERE concept_key IN
    (SELECT "from" FROM v_concept_relation WHERE "to" = ? AND type = 'broader')
    ORDER BY concept_key]], { self.key }, concept_of)
end

--- Every curated relation of the concept, both directions: a List of {type, direction
--- ("out" or "in"), concept, file, line, line_end, note}. `type` filters.
function Concept:related(relation_type)
  local out = {}
  for row in sql.rows([[
      SELECT type, 'out' AS direction, "to" AS other, file, line, line_end, note
        FROM v_concept_relation WHERE "from" = :key AND (:type IS NULL OR type = :type)
      UNION ALL
      SELECT type, 'in', "from", file, line, line_end, note
        FROM v_concept_relation WHERE "to" = :key AND (:type IS NULL OR type = :type)
      ORDER BY 1, 3]], { key = self.key, type = relation_type or cdb.null }) do
    row.concept = cdb.concept(row.other)
    row.other = nil
    out[#out + 1] = row
  end
  return List(out)
end

--- The places the concept is named: a List of {file, document, line, line_end, text, label,
--- rule, explanation, passage_id, sentence_id}. Options: document, rule.
function Concept:mentions(options)
  options = check_options(options, { document = true, rule = true }, "Concept:mentions")
  check_known("document", options.document, "Concept:mentions")
  return collect([[
    SELECT file, document, line, line_end, text, label, rule, explanation, passage_id,
           sentence_id FROM v_mention
     WHERE concept_key = :key AND (:document IS NULL OR document = :document)
       AND (:rule IS NULL OR rule = :rule)
     ORDER BY file, line, start]],
    { key = self.key, document = options.document or cdb.null, rule = options.rule or cdb.null })
end

--- The documents that mention the concept: a List of {document, title, file, mentions}.
function Concept:documents()
  return collect([[
    SELECT m.document, d.title, m.file, count(*) AS mentions FROM v_mention m
      JOIN v_document d ON d.key = m.document
     WHERE m.concept_key = ? GROUP BY m.document ORDER BY mentions DESC, m.document]],
    { self.key })
end

--- Sources cited next to the concept: a List of {source, weight, passages, documents},
--- heaviest first. Options: level (sentence, paragraph — the default — or section).
function Concept:sources(options)
  options = check_options(options, { level = true }, "Concept:sources")
  local level = check_level(options.level, "Concept:sources",
                            { sentence = true, paragraph = true, section = true })
  -- One query for the relation and its sources: a cdb.source() per row would count each
  -- source's citations again in a query of its own.
  return collect(format([[
    SELECT cs.weight AS link_weight, cs.passages AS link_passages,
           cs.documents AS link_documents, s.*
      FROM v_concept_source cs JOIN (%s) s ON s.source_key = cs.source_key
     WHERE cs.concept_key = ? AND cs.level = ?
     ORDER BY cs.weight DESC, cs.source_key]], SOURCE_COLUMNS), { self.key, level },
    function(row)
      return { source = source_of(row), weight = row.link_weight,
               passages = row.link_passages, documents = row.link_documents }
    end)
end

--- Concepts that occur in the same units: a List of {concept, count, association_strength,
--- jaccard, inclusion}, strongest first by `measure`. Options: level (default paragraph),
--- measure (default association_strength), min_count (default 1).
function Concept:cooccurring(options)
  options = check_options(options, { level = true, measure = true, min_count = true },
                          "Concept:cooccurring")
  local level = check_level(options.level, "Concept:cooccurring")
  local measure = options.measure or "association_strength"
  if not MEASURES[measure] then
    raise("ARG", "Concept:cooccurring: measure must be count, association_strength, jaccard "
                 .. "or inclusion, got '" .. tostring(measure) .. "'")
  end
  -- One query for the pairs and the partner concepts (not a cdb.concept() per row).
  return collect(format([[
    SELECT o.count AS pair_count, o.association_strength AS pair_association_strength,
           o.jaccard AS pair_jaccard, o.inclusion AS pair_inclusion, c.*
      FROM v_cooccurrence o JOIN (%s) c ON c.concept_key = o.b
     WHERE o.a = ? AND o.level = ? AND o.count >= ?
     ORDER BY o.%s DESC, o.count DESC, o.b]], CONCEPT_COLUMNS, measure),
    { self.key, level, options.min_count or 1 },
    function(row)
      return { concept = concept_of(row), count = row.pair_count,
               association_strength = row.pair_association_strength,
               jaccard = row.pair_jaccard, inclusion = row.pair_inclusion }
    end)
end

--- cdb.concept(key_or_label) → Concept or nil. A label of two concepts raises AMBIGUOUS.
function cdb.concept(name)
  if type(name) ~= "string" then
    raise("ARG", "cdb.concept needs a key or a label (a string), got " .. type(name))
  end
  local row = sql.first(CONCEPT_COLUMNS .. " WHERE concept_key = ?", { name })
  if row then return concept_of(row) end
  -- By label: as written first (abbreviations are case-sensitive), then ignoring case.
  local keys = {}
  for r in sql.rows([[SELECT DISTINCT concept_key FROM v_label WHERE text = ?
                      ORDER BY concept_key]], { name }) do keys[#keys + 1] = r.concept_key end
  if #keys == 0 then
    for r in sql.rows([[SELECT DISTINCT concept_key FROM v_label WHERE lower(text) = lower(?)
                        ORDER BY concept_key]], { name }) do
      keys[#keys + 1] = r.concept_key
    end
  end
  if #keys == 0 then return nil end
  if #keys > 1 then
    raise("AMBIGUOUS", format("'%s' is a label of %d concepts: %s; use the key", name, #keys,
                              concat(keys, ", ")))
  end
  return concept_of(sql.first(CONCEPT_COLUMNS .. " WHERE concept_key = ?", { keys[1] }))
end

--- cdb.concepts{theme=, document=, min_mentions=} → List of Concept, by key.
function cdb.concepts(options)
  options = check_options(options, { theme = true, document = true, min_mentions = true },
                          "cdb.concepts")
  check_known("theme", options.theme, "cdb.concepts")
  check_known("document", options.document, "cdb.concepts")
  return collect(CONCEPT_COLUMNS .. [[
    WHERE (:theme IS NULL OR theme = :theme) AND mentions >= :min
      AND (:document IS NULL OR concept_key IN
           (SELECT concept_key FROM v_mention WHERE document = :document OR file = :document))
    ORDER BY concept_key]],
    { theme = options.theme or cdb.null, document = options.document or cdb.null,
      min = options.min_mentions or 0 }, concept_of)
end

-- -------------------------------------------------------------------------------- Source

local Source = {}
Source.__index = Source
Source.__name = "cdb.Source"
Source.__eq = function(a, b) return a.key == b.key end

SOURCE_COLUMNS = [[
  SELECT source_key, first_author, authors, year, title, kind, citations, documents,
         container, publisher, url FROM v_source]]

function source_of(row)
  local names = {}
  local et_al = false
  for name in (row.authors or ""):gmatch("[^;]+") do
    name = name:match("^%s*(.-)%s*$")
    if name == "et al." then et_al = true else names[#names + 1] = name end
  end
  return setmetatable({
    key = row.source_key, first_author = row.first_author, authors = names, et_al = et_al,
    year = row.year, title = row.title, kind = row.kind, citation_count = row.citations,
    document_count = row.documents, container = row.container, publisher = row.publisher,
    url = row.url,
  }, Source)
end

--- The APA-style in-text form: "Kessels (2001)", "Bakker & Schaufeli (2008)",
--- "Kessels et al. (2011)"; with "parenthetical": "(Kessels, 2001)".
function Source:cite(form)
  if form ~= nil and form ~= "narrative" and form ~= "parenthetical" then
    raise("ARG", "Source:cite takes \"narrative\" (the default) or \"parenthetical\", got '"
                 .. tostring(form) .. "'")
  end
  local names = self.authors
  local who
  if #names == 0 then
    who = self.first_author
  elseif #names == 1 then
    who = names[1] .. (self.et_al and " et al." or "")
  elseif #names == 2 and not self.et_al then
    who = names[1] .. " & " .. names[2]
  else
    who = names[1] .. " et al."
  end
  local year = self.year or "z.j."
  if self.kind == "legal" then return who end
  if form == "parenthetical" then return "(" .. who .. ", " .. year .. ")" end
  return who .. " (" .. year .. ")"
end
Source.__tostring = function(s) return s:cite() end

--- Where the source is cited: a List of {file, document, line, line_end, text, locator}.
function Source:citations()
  return collect([[SELECT file, document, line, line_end, text, locator FROM v_citation
                   WHERE source_key = ? ORDER BY file, line, id]], { self.key })
end

--- Concepts mentioned next to the source: a List of {concept, weight, passages, documents}.
function Source:concepts(options)
  options = check_options(options, { level = true }, "Source:concepts")
  local level = check_level(options.level, "Source:concepts",
                            { sentence = true, paragraph = true, section = true })
  return collect([[
    SELECT concept_key, weight, passages, documents FROM v_concept_source
     WHERE source_key = ? AND level = ? ORDER BY weight DESC, concept_key]], { self.key, level },
    function(row)
      return { concept = cdb.concept(row.concept_key), weight = row.weight,
               passages = row.passages, documents = row.documents }
    end)
end

--- cdb.source(key) → Source or nil ("kessels2001").
function cdb.source(key)
  if type(key) ~= "string" then
    raise("ARG", "cdb.source needs a source key (a string), got " .. type(key))
  end
  local row = sql.first(SOURCE_COLUMNS .. " WHERE source_key = ?", { key })
  return row and source_of(row) or nil
end

--- cdb.sources{author=, year=, document=, min_citations=} → List of Source, most cited first.
function cdb.sources(options)
  options = check_options(options, { author = true, year = true, document = true,
                                     min_citations = true }, "cdb.sources")
  check_known("document", options.document, "cdb.sources")
  return collect(SOURCE_COLUMNS .. [[
    WHERE (:author IS NULL OR authors LIKE '%' || :author || '%')
      AND (:year IS NULL OR year LIKE :year || '%') AND citations >= :min
      AND (:document IS NULL OR source_key IN
           (SELECT source_key FROM v_citation WHERE document = :document OR file = :document))
    ORDER BY citations DESC, source_key]],
    { author = options.author or cdb.null,
      year = options.year and tostring(options.year) or cdb.null,
      document = options.document or cdb.null, min = options.min_citations or 0 }, source_of)
end

-- ------------------------------------------------------------------------------ Document

local Document = {}
Document.__index = Document
Document.__name = "cdb.Document"
Document.__tostring = function(d) return d.key .. " " .. (d.title or "") end

local DOCUMENT_COLUMNS = [[
  SELECT file, key, parent, kind, title, authors, year, first_line, last_line, passages
    FROM v_document]]

local function document_of(row)
  row.passage_count = row.passages
  row.passages = nil
  return setmetatable(row, Document)
end

--- The document's passages: a List of {id, seq, kind, first_line, last_line, text, section}.
function Document:passages()
  return collect([[SELECT id, file, seq, kind, first_line, last_line, text, section FROM v_passage
                   WHERE document = ? AND duplicate_of IS NULL ORDER BY seq]], { self.key })
end

--- The concepts the document mentions: a List of {concept, mentions}, most mentioned first.
function Document:concepts()
  return collect([[SELECT concept_key, count(*) AS mentions FROM v_mention
                   WHERE document = ? OR file = ? GROUP BY concept_key
                   ORDER BY mentions DESC, concept_key]], { self.key, self.key },
    function(row) return { concept = cdb.concept(row.concept_key), mentions = row.mentions } end)
end

--- The document's citations: a List of {line, text, source, locator}.
function Document:citations()
  return collect([[SELECT line, text, source_key, locator FROM v_citation
                   WHERE document = ? OR file = ? ORDER BY file, line, id]], { self.key, self.key },
    function(row)
      return { line = row.line, text = row.text, locator = row.locator,
               source = row.source_key and cdb.source(row.source_key) or nil }
    end)
end

--- cdb.document(key) → Document or nil ("000", "001-p04", "004-ch3").
function cdb.document(key)
  if type(key) ~= "string" then
    raise("ARG", "cdb.document needs a document key (a string), got " .. type(key))
  end
  local row = sql.first(DOCUMENT_COLUMNS .. " WHERE key = ?", { key })
  return row and document_of(row) or nil
end

--- cdb.documents{file=, kind=} → List of Document in file and line order.
function cdb.documents(options)
  options = check_options(options, { file = true, kind = true }, "cdb.documents")
  return collect(DOCUMENT_COLUMNS .. [[
    WHERE (:file IS NULL OR file = :file) AND (:kind IS NULL OR kind = :kind)
    ORDER BY file, first_line, parent IS NOT NULL]],
    { file = options.file or cdb.null, kind = options.kind or cdb.null }, document_of)
end

-- -------------------------------------------------------------------------------- search

--- cdb.search(query, {limit=, document=}) → List of {file, document, line, line_end,
--- passage_id, snippet}: full-text search (FTS5 syntax; diacritics ignored), best first.
function cdb.search(query, options)
  if type(query) ~= "string" or query == "" then
    raise("ARG", "cdb.search needs the words to search for (a string)")
  end
  options = check_options(options, { limit = true, document = true }, "cdb.search")
  check_known("document", options.document, "cdb.search")
  local ok, result = cdb.try(collect, [[
    SELECT p.file, p.document, p.first_line AS line, p.last_line AS line_end, p.id AS passage_id,
           snippet(passage_fts, 0, '[', ']', '…', 12) AS snippet
      FROM passage_fts JOIN v_passage p ON p.id = passage_fts.rowid
     WHERE passage_fts MATCH :query AND (:document IS NULL OR p.document = :document)
     ORDER BY rank LIMIT :limit]],
    { query = query, document = options.document or cdb.null, limit = options.limit or 20 })
  if not ok then
    raise("ARG", "cdb.search: the query '" .. query .. "' is not valid FTS5 (" .. result.message
                 .. "); put phrases in double quotes")
  end
  return result
end

-- ----------------------------------------------------------------------------- relations

local relations = {}
cdb.relations = relations

--- cdb.relations.cooccurrence{level=, min_count=, measure=, concept=} → List of
--- {a, b, count, association_strength, jaccard, inclusion}: each pair once (a < b), or the
--- partners of one concept; strongest first by measure.
function relations.cooccurrence(options)
  options = check_options(options, { level = true, min_count = true, measure = true,
                                     concept = true }, "cdb.relations.cooccurrence")
  check_known("concept", options.concept, "cdb.relations.cooccurrence")
  local level = check_level(options.level, "cdb.relations.cooccurrence")
  local measure = options.measure or "association_strength"
  if not MEASURES[measure] then
    raise("ARG", "cdb.relations.cooccurrence: unknown measure '" .. tostring(measure) .. "'")
  end
  return collect(format([[
    SELECT a, b, count, association_strength, jaccard, inclusion FROM v_cooccurrence
     WHERE level = :level AND count >= :min
       AND (CASE WHEN :concept IS NULL THEN a < b ELSE a = :concept END)
     ORDER BY %s DESC, count DESC, a, b]], measure),
    { level = level, min = options.min_count or 1, concept = options.concept or cdb.null })
end

--- cdb.relations.concept_source{level=, concept=, source=, min_weight=} → List of
--- {concept_key, source_key, level, weight, passages, documents}.
function relations.concept_source(options)
  options = check_options(options, { level = true, concept = true, source = true,
                                     min_weight = true }, "cdb.relations.concept_source")
  check_known("concept", options.concept, "cdb.relations.concept_source")
  check_known("source", options.source, "cdb.relations.concept_source")
  local level = check_level(options.level, "cdb.relations.concept_source",
                            { sentence = true, paragraph = true, section = true })
  return collect([[
    SELECT concept_key, source_key, level, weight, passages, documents FROM v_concept_source
     WHERE level = :level AND weight >= :min
       AND (:concept IS NULL OR concept_key = :concept)
       AND (:source IS NULL OR source_key = :source)
     ORDER BY weight DESC, concept_key, source_key]],
    { level = level, min = options.min_weight or 1, concept = options.concept or cdb.null,
      source = options.source or cdb.null })
end

--- cdb.relations.cocitation{min_count=} → List of {a, b, count, documents}, each pair once.
function relations.cocitation(options)
  options = check_options(options, { min_count = true }, "cdb.relations.cocitation")
  return collect([[SELECT a, b, count, documents FROM v_cocitation
                   WHERE a < b AND count >= ? ORDER BY count DESC, a, b]],
                 { options.min_count or 1 })
end

--- cdb.relations.curated{type=} → List of {from, type, to, file, line, line_end, note}.
function relations.curated(options)
  options = check_options(options, { type = true }, "cdb.relations.curated")
  return collect([[SELECT "from", type, "to", file, line, line_end, note FROM v_concept_relation
                   WHERE (:type IS NULL OR type = :type) ORDER BY type, "from", "to"]],
                 { type = options.type or cdb.null })
end
