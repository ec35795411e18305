-- scripts/cocitation.lua — works cited together in the same passage, most often first.
--
-- Run:  conceptdb run scripts/cocitation.lua [min=2]
for _, p in ipairs(cdb.relations.cocitation{ min_count = tonumber(cdb.args.min or "2") }) do
  print(("%3d×  %-32s %-32s (%d documents)"):format(p.count, cdb.source(p.a):cite(),
                                                   cdb.source(p.b):cite(), p.documents))
end
