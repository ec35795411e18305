-- scripts/concept-sources.lua — the sources cited next to a concept, with the sentences that
-- show it.
--
-- Run:  conceptdb run scripts/concept-sources.lua concept=plg [level=sentence]
-- concept: a key or a label ("professionele leergemeenschap", "PLG"); level: sentence
-- (default), paragraph or section.
local name = cdb.args.concept or "gespreid-leiderschap"
local level = cdb.args.level or "sentence"
local concept = cdb.concept(name)
if not concept then error("no concept is called '" .. name .. "'", 0) end

print(("%s — sources cited in the same %s"):format(concept, level))
for _, s in ipairs(concept:sources{ level = level }) do
  print(("\n%s  (%d× together)  %s"):format(s.source:cite(), s.weight, s.source.title or ""))
  for e in cdb.sql.rows([[
      SELECT file, line, mention_text, citation_text FROM v_concept_source_evidence
      WHERE concept_key = ? AND source_key = ? AND level = ? ORDER BY file, line]],
      { concept.key, s.source.key, level }) do
    print(("  %s:%d  \"%s\" … %s"):format(e.file, e.line, e.mention_text, e.citation_text))
  end
end
