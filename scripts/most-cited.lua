-- scripts/most-cited.lua — the works each document cites most, for a file's pieces or
-- chapters.
--
-- Run:  conceptdb run scripts/most-cited.lua [file=004] [top=3]
local file = cdb.args.file or "004"
local top = tonumber(cdb.args.top or "3")
for _, d in ipairs(cdb.documents{ file = file }) do
  local cited = d:citations()
    :filter(function(c) return c.source ~= nil end)
    :count_by(function(c) return c.source:cite() end)
    :head(top)
  if cited:count() > 0 then
    print(("%s  %s"):format(d.key, d.title or ""))
    for _, c in ipairs(cited) do print(("  %3d  %s"):format(c.count, c.key)) end
  end
end
