-- scripts/literature-age.lua — how old the cited literature is, per document: the median
-- year and the share of works from the last ten years before the document appeared.
--
-- Run:  conceptdb run scripts/literature-age.lua
local out = {}
-- A piece of a magazine issue or a chapter of a book takes the year of the whole.
for d in cdb.sql.rows([[
    SELECT d.key, d.title, coalesce(d.year, p.year) AS year FROM v_document d
    LEFT JOIN v_document p ON p.key = d.parent
    WHERE coalesce(d.year, p.year) IS NOT NULL ORDER BY d.file, d.first_line]]) do
  local years = {}
  for c in cdb.sql.rows([[
      SELECT CAST(substr(year, 1, 4) AS INTEGER) AS y FROM v_citation
      WHERE document = ? AND year GLOB '[12][0-9][0-9][0-9]*']], { d.key }) do
    years[#years + 1] = c.y
  end
  if #years > 0 then
    table.sort(years)
    local recent = 0
    for _, y in ipairs(years) do if y >= d.year - 10 then recent = recent + 1 end end
    out[#out + 1] = { document = d.key, year = d.year, citations = #years,
                      median = years[(#years + 1) // 2],
                      recent = ("%d%%"):format(math.floor(100 * recent / #years + 0.5)) }
  end
end
cdb.List(out):with_columns{ "document", "year", "citations", "median", "recent" }:print()
