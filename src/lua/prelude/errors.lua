-- cdb/errors.lua — error values with codes, for scripts that want to go on after an error.
--
-- Every error conceptdb raises reads "script.lua:12: CODE: message" (CODE is SQL, ARG,
-- NOT_FOUND, AMBIGUOUS, READONLY, IO, LIMIT_TIME, LIMIT_MEM, LIMIT_ROWS, LIMIT_OUTPUT; a
-- limit error is raised again at once, so cdb.try cannot catch it). cdb.raise is how the Lua
-- modules raise one at the caller's line; cdb.try runs a function and returns ok plus its
-- results, or false plus an error value with code, message and where.
local cdb = ...
local error, pcall, setmetatable, type, tostring = error, pcall, setmetatable, type, tostring
local pack, unpack = table.pack, table.unpack

local Error = {}
Error.__index = Error
Error.__tostring = function(e) return e.text end
Error.__name = "cdb.Error"

-- "where: CODE: message" → { where, code, message }; a plain Lua error gets code "LUA".
local function error_value(raised)
  if type(raised) == "table" then return raised end
  local text = tostring(raised)
  local where, rest = text:match("^([^:]+:%d+): (.*)$")
  rest = rest or text
  local code, message = rest:match("^([A-Z_]+): (.*)$")
  return setmetatable({ code = code or "LUA", message = message or rest, where = where,
                        text = text }, Error)
end

--- Raises an error with a code at the line of the script that called the API function.
--- `level` counts from the API function (default 1: the caller of the function that calls raise).
function cdb.raise(code, message, level)
  error(code .. ": " .. message, (level or 1) + 2)
end

--- cdb.try(fn, ...) → true, results... | false, err (err.code, err.message, err.where)
function cdb.try(fn, ...)
  if type(fn) ~= "function" then
    cdb.raise("ARG", "cdb.try needs a function as its first argument, got " .. type(fn))
  end
  local results = pack(pcall(fn, ...))
  if results[1] then return unpack(results, 1, results.n) end
  return false, error_value(results[2])
end

--- cdb._call(level, fn, ...) → fn's results; an error of fn (a C++ binding called from a Lua
--- module) is raised again at the script's line: `level` counts as for cdb.raise.
function cdb._call(level, fn, ...)
  local results = pack(pcall(fn, ...))
  if results[1] then return unpack(results, 2, results.n) end
  local message = tostring(results[2]):gsub("^[^\n]-:%d+: ", "", 1)
  error(message, level + 2)
end
