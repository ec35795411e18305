-- scripts/shared-concepts.lua — the concepts two documents have in common, with how often
-- each names them.
--
-- Run:  conceptdb run scripts/shared-concepts.lua a=000 b=002
local a = cdb.document(cdb.args.a or "000")
local b = cdb.document(cdb.args.b or "002")
if not (a and b) then error("give two document keys, e.g. a=000 b=001-p04", 0) end

local in_b = {}
for _, row in ipairs(b:concepts()) do in_b[row.concept.key] = row.mentions end

local shared = a:concepts()
  :filter(function(row) return in_b[row.concept.key] ~= nil end)
  :map(function(row)
    return { concept = row.concept.label, [a.key] = row.mentions, [b.key] = in_b[row.concept.key] }
  end)
  :with_columns{ "concept", a.key, b.key }
print(("%d concepts shared by %s and %s"):format(shared:count(), a, b))
shared:print()
