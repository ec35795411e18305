-- tests/bench/relations.lua — the relations benchmark: concept:sources() and v_cooccurrence.
--
-- Usage: conceptdb run relations.lua concept=KEY [repeats=N]
-- Prints one line per measurement, "name<TAB>milliseconds<TAB>rows": the fastest of
-- `repeats` runs in CPU time (os.clock; the database work is all in this process), so that
-- a loaded machine adds as little noise as possible.
local key, repeats = cdb.args.concept, tonumber(cdb.args.repeats or 5)
local concept = assert(cdb.concept(key), "no concept " .. tostring(key))

local function fastest(name, fn)
  local best, rows = math.huge, 0
  for _ = 1, repeats do
    local start = os.clock()
    rows = fn()
    best = math.min(best, os.clock() - start)
  end
  print(("%s\t%.3f\t%d"):format(name, best * 1000, rows))
end

fastest("sources", function() return #concept:sources() end)
fastest("sources_sentence", function() return #concept:sources { level = "sentence" } end)
fastest("evidence", function()
  local n = 0
  for _ in cdb.sql.rows([[SELECT file, line, citation_line, mention_text, citation_text
                            FROM v_concept_source_evidence
                           WHERE concept_key = ? AND level = 'paragraph']], { key }) do
    n = n + 1
  end
  return n
end)
fastest("cooccurrence", function() return #concept:cooccurring() end)
