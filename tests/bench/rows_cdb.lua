-- tests/bench/rows_cdb.lua — the cdb.sql.rows loop of the row-iteration benchmark.
--
-- Usage: conceptdb run rows_cdb.lua sql=SQL expected=N
-- Touches the same columns as rows_luasql.lua and the raw C++ loop of rows_bench, and fails
-- when the row count differs from `expected`.
local query, expected = cdb.args.sql, tonumber(cdb.args.expected)
local rows, sum = 0, 0
for row in cdb.sql.rows(query) do
  local id, n, name, note = row.id, row.n, row.name, row.note
  rows = rows + 1
  sum = sum + n + #name + (note and 1 or 0) + (id > 0 and 0 or 1)
end
if rows ~= expected then
  error(("read %d rows, expected %d"):format(rows, expected))
end
