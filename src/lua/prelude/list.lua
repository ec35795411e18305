-- cdb/list.lua — cdb.List: a chainable array for small scripts (after pandoc's List and
-- Obsidian Dataview).
--
-- A List is a Lua array with a metatable: its items sit at 1..#list and are never nil. It may
-- carry a `columns` field, the column order of its records, set by pivot and with_columns and
-- read by printing and by cdb.export. Records stay plain tables. No method changes the list it
-- is called on: each returns a new List (or a plain value). Misuse raises
-- "script.lua:LINE: ARG: ..." at the line of the script that called the method.
local cdb = ...
local getmetatable, setmetatable, pairs, ipairs, rawget, rawequal = getmetatable, setmetatable,
  pairs, ipairs, rawget, rawequal
local select, tostring, type, print = select, tostring, type, print
local math_type, tointeger, huge, abs = math.type, math.tointeger, math.huge, math.abs
local format, rep = string.format, string.rep
local concat, pack, table_sort = table.concat, table.pack, table.sort
local utf8_len = utf8.len
local raise = cdb.raise

local DEFAULT_PRINT_ROWS = 50
local DEFAULT_HEAD_ROWS = 10

local List = {}
local Meta = { __index = List, __name = "cdb.List" }

---------------------------------------------------------------------------------------------
-- Small helpers

-- Raises ARG at `level` frames above the function that calls arg_error (1: its caller).
local function arg_error(level, message)
  raise("ARG", message, level + 1)
end

-- cdb.null is looked up at call time: it is whatever the cdb table holds then.
local function is_null(v)
  local null = cdb.null
  return null ~= nil and rawequal(v, null)
end

local function is_missing(v)
  return v == nil or is_null(v)
end

local function is_list(x)
  return type(x) == "table" and rawequal(getmetatable(x), Meta)
end

local function is_callable(f)
  if type(f) == "function" then return true end
  local mt = getmetatable(f)
  return type(mt) == "table" and rawget(mt, "__call") ~= nil
end

-- A value as error messages name it: `"desc"`, `the number 3`, `a table`, `cdb.null`.
local function describe(v)
  if is_null(v) then return "cdb.null" end
  local t = type(v)
  if t == "string" then
    if #v > 40 then v = v:sub(1, 37) .. "..." end
    return format("%q", v)
  end
  if t == "number" then return "the number " .. tostring(v) end
  if t == "nil" or t == "boolean" then return tostring(v) end
  return "a " .. t
end

local function wrap(items, columns)
  items.columns = columns
  return setmetatable(items, Meta)
end

local function copy_columns(columns)
  if type(columns) ~= "table" then return nil end
  local copy = {}
  for i = 1, #columns do copy[i] = columns[i] end
  return copy
end

-- n ≥ 0 as an integer (whole floats accepted), or nil.
local function whole_count(n)
  if type(n) ~= "number" then return nil end
  local count = tointeger(n)
  if count == nil or count < 0 then return nil end
  return count
end

-- A plain array: a List, or a table without metatable whose keys are exactly 1..#t.
local function is_array(t)
  if is_list(t) then return true end
  if type(t) ~= "table" or getmetatable(t) ~= nil or is_null(t) then return false end
  local n = #t
  for k in pairs(t) do
    if math_type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

local function has_tostring(v)
  local mt = getmetatable(v)
  if mt == nil then return false end
  return type(mt) ~= "table" or rawget(mt, "__tostring") ~= nil
end

-- A record is a row with fields: a table that is not cdb.null, a List or a value that
-- prints itself.
local function is_record(v)
  return type(v) == "table" and not is_null(v) and not is_list(v) and not has_tostring(v)
end

---------------------------------------------------------------------------------------------
-- Keys and ordering

local function check_key(key, method, level, optional)
  if key == nil and optional then return end
  if type(key) ~= "string" and not is_callable(key) then
    arg_error(level + 1, format("%s: the key must be a field name (a string) or a function, got %s",
                                method, describe(key)))
  end
end

-- The key of every item: item[key] for a field name, key(item) for a function, the item
-- itself for no key. Returns the keys (an array that may hold nils) and the item count.
local function key_values(list, key, method, level)
  local n = #list
  local keys = {}
  if key == nil then
    for i = 1, n do keys[i] = list[i] end
  elseif type(key) == "string" then
    for i = 1, n do
      local item = list[i]
      local t = type(item)
      if (t ~= "table" and t ~= "userdata") or is_null(item) then
        arg_error(level + 1, format("%s: item %d is %s, which has no field %q; give a function "
                                    .. "as the key", method, i, describe(item), key))
      end
      keys[i] = item[key]
    end
  else
    for i = 1, n do keys[i] = key(list[i]) end
  end
  return keys, n
end

-- A total order on non-nil values: numbers and strings in their natural order, false before
-- true, other values by their text; values of different types by their type's name.
local function less(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a < b end
  if ta == "boolean" then return b and not a end
  return tostring(a) < tostring(b)
end

-- Table keys for grouping: nil and cdb.null share one slot, and so do all NaNs.
local NIL_SLOT, NAN_SLOT = {}, {}
local function slot(k)
  if is_missing(k) then return NIL_SLOT end
  if k ~= k then return NAN_SLOT end
  return k
end

-- Groups item indices by key, in first-appearance order: { {key = k, indices = {...}}, ... }.
-- A cdb.null key is reported as nil (a record field cannot hold NULL otherwise).
local function group_indices(keys, n)
  local groups, by_slot = {}, {}
  for i = 1, n do
    local s = slot(keys[i])
    local group = by_slot[s]
    if group == nil then
      group = { key = s ~= NIL_SLOT and keys[i] or nil, indices = {} }
      by_slot[s] = group
      groups[#groups + 1] = group
    end
    group.indices[#group.indices + 1] = i
  end
  return groups
end

local function items_at(list, indices)
  local items = {}
  for j = 1, #indices do items[j] = list[indices[j]] end
  return items
end

---------------------------------------------------------------------------------------------
-- Construction

local function construct(level, ...)
  if select("#", ...) == 0 then return wrap({}) end
  local t = ...
  if type(t) ~= "table" or is_null(t) then
    arg_error(level + 1, "cdb.List needs a table (an array of items), got " .. describe(t))
  end
  local n = #t
  local declared = rawget(t, "n")
  if not is_list(t) and math_type(declared) == "integer" and declared > n then n = declared end
  local items, m = {}, 0
  for i = 1, n do
    local v = t[i]
    if v ~= nil then
      m = m + 1
      items[m] = v
    end
  end
  return wrap(items, is_list(t) and copy_columns(rawget(t, "columns")) or nil)
end

--- cdb.List.new(t) → List: a List of a copy of the array t (nil holes are dropped; a List's
--- columns are kept). With no argument, an empty List. Raises ARG if t is not a table.
function List.new(...)
  local list = construct(1, ...)
  return list
end

--- cdb.List.of(...) → List: a List of the arguments (nil arguments are dropped).
function List.of(...)
  local args = pack(...)
  local items, m = {}, 0
  for i = 1, args.n do
    if args[i] ~= nil then
      m = m + 1
      items[m] = args[i]
    end
  end
  return wrap(items)
end

--- cdb.List.is(x) → boolean: whether x is a List.
function List.is(x)
  return is_list(x)
end

setmetatable(List, {
  __call = function(_, ...)
    local list = construct(1, ...)
    return list
  end,
})

local function check_self(self, method)
  if not is_list(self) then
    arg_error(2, format("%s is a List method: call it with a colon, as in list:%s(...)",
                        method, method))
  end
end

---------------------------------------------------------------------------------------------
-- Methods

--- list:map(fn) → List of fn(item, i) for every item; nil results are dropped.
function List:map(fn)
  check_self(self, "map")
  if not is_callable(fn) then
    arg_error(1, "map: give a function(item, i), got " .. describe(fn))
  end
  local out, m = {}, 0
  for i = 1, #self do
    local v = fn(self[i], i)
    if v ~= nil then
      m = m + 1
      out[m] = v
    end
  end
  return wrap(out)
end

-- A predicate from {field = value, ...}: every field must equal its value; a function value
-- tests the field's value; cdb.null matches a missing field.
local function field_predicate(conditions)
  local fields = {}
  for field, wanted in pairs(conditions) do fields[#fields + 1] = { field, wanted } end
  return function(item)
    local t = type(item)
    if (t ~= "table" and t ~= "userdata") or is_null(item) then return false end
    for _, condition in ipairs(fields) do
      local actual, wanted = item[condition[1]], condition[2]
      if type(wanted) == "function" then
        if not wanted(actual) then return false end
      elseif is_null(wanted) then
        if not is_missing(actual) then return false end
      elseif actual ~= wanted then
        return false
      end
    end
    return true
  end
end

--- list:filter(fn | {field = value, ...}) → List of the items for which fn(item, i) is true,
--- or whose fields equal the given values (a function value is called with the field's
--- value; cdb.null matches a missing field). Keeps columns.
function List:filter(predicate)
  check_self(self, "filter")
  local keep
  if is_callable(predicate) then
    keep = predicate
  elseif type(predicate) == "table" and not is_null(predicate) and not is_list(predicate) then
    keep = field_predicate(predicate)
  else
    arg_error(1, "filter: give a function(item, i) or a table of field = value, got "
                 .. describe(predicate))
  end
  local out, m = {}, 0
  for i = 1, #self do
    local item = self[i]
    if keep(item, i) then
      m = m + 1
      out[m] = item
    end
  end
  return wrap(out, copy_columns(rawget(self, "columns")))
end

--- list:sort([key [, "asc"|"desc"]]) → List sorted by key (a field name or fn(item); no key:
--- the items themselves). Stable; nil, cdb.null and NaN keys go last in both orders.
function List:sort(key, order)
  check_self(self, "sort")
  check_key(key, "sort", 1, true)
  if order ~= nil and order ~= "asc" and order ~= "desc" then
    arg_error(1, 'sort: the order must be "asc" or "desc", got ' .. describe(order))
  end
  local descending = order == "desc"
  local keys, n = key_values(self, key, "sort", 1)
  local order_of = {}
  for i = 1, n do
    local k = keys[i]
    if is_null(k) or k ~= k then keys[i] = nil end
    order_of[i] = i
  end
  table_sort(order_of, function(i, j)
    local a, b = keys[i], keys[j]
    if a == nil or b == nil then
      if a == nil and b == nil then return i < j end
      return b == nil
    end
    if less(a, b) then return not descending end
    if less(b, a) then return descending end
    return i < j
  end)
  local out = {}
  for position, i in ipairs(order_of) do out[position] = self[i] end
  return wrap(out, copy_columns(rawget(self, "columns")))
end

--- list:group_by([key]) → List of {key = k, items = List}, one per distinct key in order of
--- first appearance (nil and cdb.null keys form one group with key nil). The items keep the
--- list's columns; the groups' columns are {"key", "items"}.
function List:group_by(key)
  check_self(self, "group_by")
  check_key(key, "group_by", 1, true)
  local keys, n = key_values(self, key, "group_by", 1)
  local columns = rawget(self, "columns")
  local out = {}
  for g, group in ipairs(group_indices(keys, n)) do
    local items = wrap(items_at(self, group.indices), copy_columns(columns))
    out[g] = { key = group.key, items = items }
  end
  return wrap(out, { "key", "items" })
end

--- list:count_by([key]) → List of {key = k, count = n}, by count (highest first), then key
--- (nil last).
function List:count_by(key)
  check_self(self, "count_by")
  check_key(key, "count_by", 1, true)
  local keys, n = key_values(self, key, "count_by", 1)
  local out = {}
  for g, group in ipairs(group_indices(keys, n)) do
    out[g] = { key = group.key, count = #group.indices, first = g }
  end
  table_sort(out, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    if a.key == nil or b.key == nil then
      if a.key ~= nil then return true end
      if b.key ~= nil then return false end
    elseif less(a.key, b.key) then
      return true
    elseif less(b.key, a.key) then
      return false
    end
    return a.first < b.first
  end)
  for _, row in ipairs(out) do row.first = nil end
  return wrap(out, { "key", "count" })
end

-- The sum of the numbers among values[1..n] (nil and cdb.null skipped); `what(i)` names
-- the i-th value in the error for a value that is not a number.
local function sum_values(values, n, method, what, level)
  local total = 0
  for i = 1, n do
    local v = values[i]
    if not is_missing(v) then
      if type(v) ~= "number" then
        arg_error(level + 1, format("%s: %s is %s, not a number", method, what(i), describe(v)))
      end
      total = total + v
    end
  end
  return total
end

local function pivot_value_kind(value)
  if value == nil then return "count" end
  if type(value) == "string" then return "sum" end
  if is_callable(value) then return "function" end
  return nil
end

--- list:pivot(row_key, column_key [, value]) → List of rows {[row_key] = r, [c1] = v, ...},
--- one per distinct row key in order of first appearance, one field per distinct column key.
--- value: nil counts the items of a cell, a field name sums that field, fn(items) computes
--- the cell from a List of its items. Missing cells are 0 for counts and sums, nil for fn.
--- Items with a nil column key are left out of the cells. columns = {row_key, sorted columns}
--- (a function row_key names its column "key").
function List:pivot(row_key, column_key, value)
  check_self(self, "pivot")
  check_key(row_key, "pivot", 1)
  check_key(column_key, "pivot", 1)
  local kind = pivot_value_kind(value)
  if kind == nil then
    arg_error(1, "pivot: the value must be nil (count), a field name (sum) or a "
                 .. "function(items), got " .. describe(value))
  end
  local row_keys, n = key_values(self, row_key, "pivot", 1)
  local column_keys = key_values(self, column_key, "pivot", 1)
  local values = kind == "sum" and key_values(self, value, "pivot", 1) or nil

  local columns, seen_column = {}, {}
  local rows = group_indices(row_keys, n)
  for _, row in ipairs(rows) do
    row.cells = {}
    for _, i in ipairs(row.indices) do
      local c = column_keys[i]
      if not is_missing(c) and c == c then
        if not seen_column[c] then
          seen_column[c] = true
          columns[#columns + 1] = c
        end
        local cell = row.cells[c] or {}
        row.cells[c] = cell
        cell[#cell + 1] = i
      end
    end
  end
  table_sort(columns, less)

  local function item_field(i)
    return format("item %d's field %q", i, value)
  end
  local row_name = type(row_key) == "string" and row_key or "key"
  local out = {}
  for r, row in ipairs(rows) do
    local record = {}
    for _, c in ipairs(columns) do
      local cell = row.cells[c]
      if kind == "count" then
        record[c] = cell and #cell or 0
      elseif kind == "sum" then
        local indices, cell_values = cell or {}, {}
        for j, i in ipairs(indices) do cell_values[j] = values[i] end
        record[c] = sum_values(cell_values, #indices, "pivot",
                               function(j) return item_field(indices[j]) end, 1)
      elseif cell then
        record[c] = value(wrap(items_at(self, cell)))
      end
    end
    record[row_name] = row.key
    out[r] = record
  end
  local out_columns = { row_name }
  for _, c in ipairs(columns) do out_columns[#out_columns + 1] = c end
  return wrap(out, out_columns)
end

local function join_options(options)
  if options == nil then return "inner" end
  if type(options) ~= "table" or is_null(options) then return nil, describe(options) end
  local how = options.how
  if how == nil then return "inner" end
  if how ~= "inner" and how ~= "left" then return nil, describe(how) end
  return how
end

-- A new record with the fields of right, then those of left (left wins on a clash).
local function merge(left, right)
  local record = {}
  if right ~= nil then
    for k, v in pairs(right) do record[k] = v end
  end
  for k, v in pairs(left) do record[k] = v end
  return record
end

local function check_records(list, method, side, level)
  for i = 1, #list do
    if not is_record(list[i]) then
      arg_error(level + 1, format("%s: item %d of the %s list is %s, not a record", method, i,
                                  side, describe(list[i])))
    end
  end
end

--- list:join(other, key [, other_key] [, {how = "inner"|"left"}]) → List of records with the
--- fields of both, for every pair of a left and a right record whose keys are equal (nil keys
--- never match); the left record wins a field both have. how = "left" also keeps the left
--- records that match nothing. Rows follow the left list; a left record's matches follow the
--- right list.
function List:join(other, key, other_key, options)
  check_self(self, "join")
  if not is_array(other) then
    arg_error(1, "join: the other list must be a List or an array, got " .. describe(other))
  end
  if options == nil and type(other_key) == "table" and not is_callable(other_key) then
    options, other_key = other_key, nil
  end
  check_key(key, "join", 1)
  if other_key == nil then other_key = key end
  check_key(other_key, "join", 1)
  local how, bad = join_options(options)
  if how == nil then
    arg_error(1, 'join: the options must be a table like {how = "left"} with how "inner" or '
                 .. '"left", got ' .. bad)
  end
  check_records(self, "join", "left", 1)
  check_records(other, "join", "right", 1)

  local right_keys, right_n = key_values(other, other_key, "join", 1)
  local matches = {}
  for j = 1, right_n do
    local k = right_keys[j]
    if not is_missing(k) and k == k then
      local bucket = matches[k] or {}
      matches[k] = bucket
      bucket[#bucket + 1] = other[j]
    end
  end
  local left_keys, n = key_values(self, key, "join", 1)
  local out = {}
  for i = 1, n do
    local k = left_keys[i]
    local bucket = (not is_missing(k) and k == k) and matches[k] or nil
    if bucket then
      for _, right in ipairs(bucket) do out[#out + 1] = merge(self[i], right) end
    elseif how == "left" then
      out[#out + 1] = merge(self[i], nil)
    end
  end

  local left_columns, right_columns = rawget(self, "columns"), rawget(other, "columns")
  local columns = nil
  if is_list(other) and type(left_columns) == "table" and type(right_columns) == "table" then
    columns = copy_columns(left_columns)
    local seen = {}
    for _, c in ipairs(columns) do seen[c] = true end
    for _, c in ipairs(right_columns) do
      if not seen[c] then columns[#columns + 1] = c end
    end
  end
  return wrap(out, columns)
end

--- list:head([n]) → List of the first n items (default 10). Keeps columns.
function List:head(n)
  check_self(self, "head")
  local count = n == nil and DEFAULT_HEAD_ROWS or whole_count(n)
  if count == nil then
    arg_error(1, "head: n must be a whole number 0 or more, got " .. describe(n))
  end
  local out = {}
  for i = 1, count < #self and count or #self do out[i] = self[i] end
  return wrap(out, copy_columns(rawget(self, "columns")))
end

--- list:unique([key]) → List of the first item for each distinct key (no key: distinct
--- items; tables compare by identity). Keeps columns.
function List:unique(key)
  check_self(self, "unique")
  check_key(key, "unique", 1, true)
  local keys, n = key_values(self, key, "unique", 1)
  local seen, out = {}, {}
  for i = 1, n do
    local s = slot(keys[i])
    if not seen[s] then
      seen[s] = true
      out[#out + 1] = self[i]
    end
  end
  return wrap(out, copy_columns(rawget(self, "columns")))
end

--- list:flatten() → List with the items of nested Lists and plain arrays spliced in, one
--- level deep (records and other values stay as they are).
function List:flatten()
  check_self(self, "flatten")
  local out = {}
  for i = 1, #self do
    local item = self[i]
    if is_array(item) then
      for j = 1, #item do out[#out + 1] = item[j] end
    else
      out[#out + 1] = item
    end
  end
  return wrap(out)
end

--- list:sum([key]) → number: the sum of the items (or of their key), nil and cdb.null
--- skipped; 0 for an empty list. Raises ARG for a value that is not a number.
function List:sum(key)
  check_self(self, "sum")
  check_key(key, "sum", 1, true)
  local values, n = key_values(self, key, "sum", 1)
  local function what(i)
    if key == nil then return format("item %d", i) end
    if type(key) == "string" then return format("item %d's field %q", i, key) end
    return format("the key of item %d", i)
  end
  local total = sum_values(values, n, "sum", what, 1)
  return total
end

--- list:count() → the number of items.
function List:count()
  check_self(self, "count")
  return #self
end

--- list:first() → the first item, or nil for an empty list.
function List:first()
  check_self(self, "first")
  return self[1]
end

--- list:each(fn) → the list itself, after calling fn(item, i) for every item.
function List:each(fn)
  check_self(self, "each")
  if not is_callable(fn) then
    arg_error(1, "each: give a function(item, i), got " .. describe(fn))
  end
  for i = 1, #self do fn(self[i], i) end
  return self
end

--- list:totable() → a plain array of the items (no metatable, no columns).
function List:totable()
  check_self(self, "totable")
  local out = {}
  for i = 1, #self do out[i] = self[i] end
  return out
end

--- list:with_columns{name, ...} (or with_columns(name, ...)) → a copy of the list whose
--- columns (for printing and export) are the given names, in that order.
function List:with_columns(...)
  check_self(self, "with_columns")
  local names = ...
  if select("#", ...) ~= 1 or type(names) ~= "table" then names = pack(...) end
  local columns, seen = {}, {}
  for i = 1, names.n or #names do
    local name = names[i]
    if (type(name) ~= "string" and type(name) ~= "number") or name ~= name then
      arg_error(1, format("with_columns: column %d must be a field name, got %s", i,
                          describe(name)))
    end
    if seen[name] then
      arg_error(1, format("with_columns: column %s is given twice", describe(name)))
    end
    seen[name] = true
    columns[i] = name
  end
  if #columns == 0 then arg_error(1, "with_columns: give at least one column name") end
  local out = {}
  for i = 1, #self do out[i] = self[i] end
  return wrap(out, columns)
end

---------------------------------------------------------------------------------------------
-- Printing

local function format_number(v)
  if math_type(v) == "integer" then return format("%d", v) end
  if v ~= v then return "nan" end
  if v == huge then return "inf" end
  if v == -huge then return "-inf" end
  if abs(v) >= 1e15 then return format("%.14g", v) end
  local text = format("%.3f", v):gsub("0+$", ""):gsub("%.$", "")
  return text == "-0" and "0" or text
end

local cell_text

-- An array inside a cell: its scalar items joined by commas, else its size.
local function inline_array(array)
  local n = #array
  local parts = {}
  for i = 1, n do
    local item = array[i]
    if type(item) == "table" and not is_null(item) and not has_tostring(item) then
      return format("[%d %s]", n, n == 1 and "item" or "items")
    end
    parts[i] = cell_text(item)
  end
  return concat(parts, ", ")
end

-- The text of one value in a table cell or on a line of its own: one line, no control
-- characters.
function cell_text(v)
  if is_missing(v) then return "" end
  local t = type(v)
  if t == "number" then return format_number(v) end
  local text
  if t == "string" then
    text = v
  elseif t == "table" and (is_list(v) or is_array(v)) then
    text = inline_array(v)
  elseif has_tostring(v) then
    text = tostring(v)
  elseif t == "table" then
    text = "{…}"
  else
    text = tostring(v)
  end
  return (text:gsub("%c", " "))
end

local function width(text)
  return utf8_len(text) or #text
end

local function sorted_keys(keys)
  table_sort(keys, less)
  return keys
end

-- The columns of records without a `columns` field: the first record's keys, sorted, then
-- the other records' keys not seen yet, sorted (Lua tables do not keep their key order).
local function discover_columns(list, n)
  local seen, first, rest = {}, {}, {}
  local bucket = nil
  for i = 1, n do
    local row = list[i]
    if is_record(row) then
      bucket = bucket == nil and first or rest
      for k in pairs(row) do
        if not seen[k] then
          seen[k] = true
          bucket[#bucket + 1] = k
        end
      end
    end
  end
  local columns = sorted_keys(first)
  for _, k in ipairs(sorted_keys(rest)) do columns[#columns + 1] = k end
  return columns
end

local function pad(text, size, right_aligned)
  local fill = rep(" ", size - width(text))
  return right_aligned and fill .. text or text .. fill
end

local function table_lines(list, columns, shown)
  local header, widths, numbers, others = {}, {}, {}, {}
  for c, name in ipairs(columns) do
    header[c] = cell_text(name)
    widths[c] = width(header[c])
  end
  local grid = {}
  for i = 1, shown do
    local row, cells = list[i], {}
    for c, name in ipairs(columns) do
      local v
      if is_record(row) then
        v = row[name]
      elseif c == 1 then
        v = row
      end
      cells[c] = cell_text(v)
      if type(v) == "number" then
        numbers[c] = true
      elseif cells[c] ~= "" then
        others[c] = true
      end
      if width(cells[c]) > widths[c] then widths[c] = width(cells[c]) end
    end
    grid[i] = cells
  end
  local function line(cells)
    local parts = {}
    for c = 1, #columns do parts[c] = pad(cells[c], widths[c], numbers[c] and not others[c]) end
    return (concat(parts, "  "):gsub(" +$", ""))
  end
  local lines, rule = { line(header) }, {}
  for c = 1, #columns do rule[c] = rep("-", widths[c]) end
  lines[2] = concat(rule, "  ")
  for i = 1, shown do lines[#lines + 1] = line(grid[i]) end
  return lines
end

-- The list as text: records as an aligned table, other values one per line; at most
-- max_rows rows (all for nil), then a line saying how many were left out.
local function render(list, max_rows)
  local n = #list
  local shown = (max_rows ~= nil and max_rows < n) and max_rows or n
  local columns = rawget(list, "columns")
  if type(columns) ~= "table" or #columns == 0 then
    columns = nil
    for i = 1, n do
      if is_record(list[i]) then
        columns = discover_columns(list, n)
        break
      end
    end
  end
  local lines
  if columns ~= nil then
    lines = table_lines(list, columns, shown)
  elseif n == 0 then
    lines = { "(no rows)" }
  else
    lines = {}
    for i = 1, shown do lines[i] = cell_text(list[i]) end
  end
  if shown < n then
    lines[#lines + 1] = format("… %d more %s", n - shown, n - shown == 1 and "row" or "rows")
  end
  return concat(lines, "\n")
end

Meta.__tostring = function(list)
  return render(list, nil)
end

--- list:print([max_rows]) → the list itself, after printing it as tostring(list) does but
--- with at most max_rows rows (default 50).
function List:print(max_rows)
  check_self(self, "print")
  local limit = max_rows == nil and DEFAULT_PRINT_ROWS or whole_count(max_rows)
  if limit == nil then
    arg_error(1, "print: max_rows must be a whole number 0 or more, got " .. describe(max_rows))
  end
  print(render(self, limit))
  return self
end

cdb.List = List

--- cdb.sql.list(query [, params]) → List of every row, its columns in the SELECT's order.
cdb.sql.list = cdb.sql._make_list(Meta)
cdb.sql._make_list = nil
