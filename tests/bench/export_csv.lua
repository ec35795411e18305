-- tests/bench/export_csv.lua — the cdb.export side of the export benchmark.
--
-- Usage: conceptdb run export_csv.lua sql=SQL file=NAME.csv how=csv|query [--out DIR]
--   how=csv    cdb.export.csv fed by a row function over cdb.sql.rows (rows stream: one Lua
--              table per row, none kept)
--   how=query  cdb.export.query (rows go from SQLite to the file without becoming Lua values)
-- Prints the number of rows written.
local query, file, how = cdb.args.sql, cdb.args.file, cdb.args.how or "csv"
local written, rows
if how == "query" then
  written, rows = cdb.export.query(file, query)
else
  local next_row, cursor = cdb.sql.rows(query)
  written, rows = cdb.export.csv(function() return next_row(cursor) end, file,
                                 { columns = { "id", "n", "name", "note" } })
end
print(rows)
