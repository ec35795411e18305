-- scripts/overview.lua — the corpus at a glance: its files, their documents and passages.
--
-- Run:  conceptdb run scripts/overview.lua
-- Reads the public views (v_file, v_document, v_section, v_passage, v_sentence, v_citation,
-- v_source, v_reference) and the layout_line audit table.

local function count(sql) return cdb.sql.value(sql) end

print(string.format("conceptdb %s — corpus overview", cdb.version))
print(string.format("%d files, %d documents, %d sections, %d passages, %d sentences",
  count "SELECT count(*) FROM v_file",
  count "SELECT count(*) FROM v_document",
  count "SELECT count(*) FROM v_section",
  count "SELECT count(*) FROM v_passage WHERE duplicate_of IS NULL",
  count "SELECT count(*) FROM v_sentence"))
print(string.format("left out of the text: %d lines of page furniture; %d repeated passages "
                    .. "(pull quotes) kept but not counted\n",
  count "SELECT count(*) FROM layout_line",
  count "SELECT count(*) FROM v_passage WHERE duplicate_of IS NOT NULL"))

-- One line per file, then one line per part of a compound file (an issue, a book).
local line = "%-8s %-12s %6s %9s  %s"
print(string.format(line, "file", "kind", "lines", "passages", "title"))
for file in cdb.sql.rows "SELECT file, name, lines FROM v_file ORDER BY file" do
  local whole = cdb.sql.first("SELECT kind, title, passages FROM v_document WHERE key = ?",
                              { file.file })
  print(string.format(line, file.file, whole.kind, file.lines,
    cdb.sql.value("SELECT count(*) FROM v_passage WHERE file = ? AND duplicate_of IS NULL",
                  { file.file }),
    whole.title or file.name))
  for part in cdb.sql.rows([[
      SELECT key, kind, title, authors, first_line, last_line, passages
      FROM v_document WHERE parent = ? ORDER BY first_line]], { file.file }) do
    local span = string.format("%d-%d", part.first_line, part.last_line)
    local who = part.authors and ("  — " .. part.authors) or ""
    print(string.format("  %-9s %-10s %9s %6d    %s%s", part.key, part.kind, span,
                        part.passages, part.title or "", who))
  end
end

-- Citations and sources: how many, and the works the corpus cites most.
print(string.format("\n%d citations of %d sources (%d cited in more than one document); "
                    .. "%d reference entries",
  count "SELECT count(*) FROM v_citation",
  count "SELECT count(*) FROM v_source",
  count "SELECT count(*) FROM v_source WHERE documents > 1",
  count "SELECT count(*) FROM v_reference"))
print("most cited:")
for s in cdb.sql.rows [[
    SELECT source_key, authors, year, citations, documents FROM v_source
    ORDER BY citations DESC, documents DESC, source_key LIMIT 8]] do
  print(string.format("  %-24s %3d citations in %d documents  %s (%s)", s.source_key,
                      s.citations, s.documents, s.authors, s.year or "z.j."))
end

-- Concepts: the vocabulary by theme, the concepts the corpus names most, and the pairs that
-- travel together most strongly within paragraphs.
print(string.format("\n%d concepts in %d themes, %d relations; %d mentions",
  count "SELECT count(*) FROM v_concept",
  count "SELECT count(DISTINCT theme) FROM v_concept",
  count "SELECT count(*) FROM v_concept_relation",
  count "SELECT count(*) FROM v_mention"))
for t in cdb.sql.rows [[
    SELECT theme, count(*) AS concepts, sum(mentions) AS mentions FROM v_concept
    GROUP BY theme ORDER BY theme]] do
  print(string.format("  %-22s %4d concepts %6d mentions", t.theme, t.concepts, t.mentions))
end
print("most mentioned:")
for c in cdb.sql.rows [[
    SELECT concept_key, label, mentions, documents FROM v_concept
    ORDER BY mentions DESC, concept_key LIMIT 8]] do
  print(string.format("  %-32s %4d mentions in %2d documents  %s", c.concept_key, c.mentions,
                      c.documents, c.label))
end
print("together in the same paragraphs (at least 5 times, strongest first):")
for p in cdb.sql.rows [[
    SELECT a, b, count, association_strength FROM v_cooccurrence
    WHERE level = 'paragraph' AND count >= 5 AND a < b
    ORDER BY association_strength DESC, count DESC LIMIT 8]] do
  print(string.format("  %-30s %-30s %3d  strength %.1f", p.a, p.b, p.count,
                      p.association_strength))
end
