-- scripts/search.lua — full-text search over every passage, with the lines to look at.
--
-- Run:  conceptdb run scripts/search.lua q='"lerende organisatie"' [limit=10]
-- The query is FTS5: words, "a phrase", prefix*, AND / OR / NOT; diacritics are ignored.
local q = cdb.args.q or '"gespreid leiderschap"'
local hits = cdb.search(q, { limit = tonumber(cdb.args.limit or "10") })
print(("%d passages for %s"):format(hits:count(), q))
for _, h in ipairs(hits) do
  print(("%s:%d-%d  %s"):format(h.file, h.line, h.line_end, h.snippet))
end
