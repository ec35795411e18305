-- tests/bench/rows_luasql.lua — the LuaSQL reference of the row-iteration benchmark.
--
-- Usage: lua5.4 rows_luasql.lua DB SQL EXPECTED_ROWS [fresh]
-- Reads every row of SQL the way LuaSQL is used at its fastest (one table reused by
-- cur:fetch(row, "a")), touching the same columns as the cdb.sql.rows loop of rows_bench,
-- and fails when the row count differs from EXPECTED_ROWS. With "fresh", every row is a new
-- table (cur:fetch({}, "a")): what cdb.sql.rows gives, rows a script may keep.
local database, query, expected = arg[1], arg[2], tonumber(arg[3])
local fresh = arg[4] == "fresh"
local driver = require("luasql.sqlite3")
local env = assert(driver.sqlite3())
local con = assert(env:connect(database))
local cur = assert(con:execute(query))
local rows, sum = 0, 0
local row = cur:fetch({}, "a")
while row do
  local id, n, name, note = row.id, row.n, row.name, row.note
  rows = rows + 1
  sum = sum + n + #name + (note and 1 or 0) + (id > 0 and 0 or 1)
  row = cur:fetch(fresh and {} or row, "a")
end
cur:close()
con:close()
env:close()
if rows ~= expected then
  io.stderr:write(("rows_luasql.lua: read %d rows, expected %d\n"):format(rows, expected))
  os.exit(1)
end
