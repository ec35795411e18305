-- scripts/concept-network.lua — the strongest pairs of concepts that occur together, at a
-- level of your choice, with the measures that say how strongly.
--
-- Run:  conceptdb run scripts/concept-network.lua [level=paragraph] [min=3] [top=20]
local level = cdb.args.level or "paragraph"
cdb.relations.cooccurrence{ level = level, min_count = tonumber(cdb.args.min or "3") }
  :head(tonumber(cdb.args.top or "20"))
  :with_columns{ "a", "b", "count", "association_strength", "jaccard", "inclusion" }
  :print()
