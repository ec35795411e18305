-- cdb/spec.lua — scripts that declare themselves: return { description=, args=, writes=, main= }.
--
-- The runner calls cdb._run_spec when a script's chunk returns such a table: the key=value
-- arguments are checked against `args` (unknown names and bad values are ARG errors),
-- converted to their types, defaulted, and passed to `main` (also as cdb.args).
--   args = { concept = { type = "string", default = "plg", help = "a key or label" },
--            top = { type = "integer", default = 10 }, verbose = "boolean" }
-- The types concept, source and document look the value up (cdb.concept, cdb.source,
-- cdb.document) and pass the object; a value that names none is a NOT_FOUND error.
local cdb = ...
local error, pairs, type, tostring, tonumber, sort, concat =
  error, pairs, type, tostring, tonumber, table.sort, table.concat
local math_type = math.type

local function fail(message) error("ARG: " .. message, 0) end

-- Lookups for the domain types: the object, or nil plus why not.
local LOOKUP = {
  concept = function(text) return cdb.concept(text), "no concept with the key or label" end,
  source = function(text) return cdb.source(text), "no source with the key" end,
  document = function(text) return cdb.document(text), "no document with the key" end,
}

local CONVERT = {
  string = function(text) return text end,
  number = function(text) return tonumber(text) end,
  integer = function(text)
    local n = tonumber(text)
    if n and math_type(n) == "float" and n == math.floor(n) then n = math.tointeger(n) end
    return math_type(n) == "integer" and n or nil
  end,
  boolean = function(text)
    if text == "true" or text == "yes" or text == "1" then return true end
    if text == "false" or text == "no" or text == "0" then return false end
    return nil
  end,
}

-- An argument's declaration in its long form: { type =, default =, required =, help = }.
local function declaration(name, decl)
  if type(decl) == "string" and CONVERT[decl] then return { type = decl } end
  if type(decl) ~= "table" then
    local t = math_type(decl) or type(decl)
    if t == "float" then t = "number" end
    if not CONVERT[t] then fail("the spec's argument '" .. name .. "' must be a table or a default") end
    return { type = t, default = decl }
  end
  if decl.type ~= nil and not CONVERT[decl.type] and not LOOKUP[decl.type] then
    fail("the spec's argument '" .. name .. "' has unknown type '" .. tostring(decl.type)
         .. "' (string, number, integer, boolean, concept, source or document)")
  end
  return decl
end

function cdb._run_spec(spec, raw)
  if type(spec.main) ~= "function" then fail("the script's spec needs main = function(args) ... end") end
  local declared = {}
  for name, decl in pairs(spec.args or {}) do declared[name] = declaration(name, decl) end
  for name in pairs(raw) do
    if not declared[name] then
      local known = {}
      for k in pairs(declared) do known[#known + 1] = k end
      sort(known)
      fail(("unknown argument '%s' (this script takes: %s)"):format(
        name, #known > 0 and concat(known, ", ") or "no arguments"))
    end
  end
  local args = {}
  for name, decl in pairs(declared) do
    local text = raw[name]
    -- A domain argument's default is a key or label, looked up like a given value.
    if text == nil and LOOKUP[decl.type] and type(decl.default) == "string" then
      text = decl.default
    end
    if text == nil then
      if decl.required then fail(("the argument %s=... is required%s"):format(
        name, decl.help and (" (" .. decl.help .. ")") or "")) end
      args[name] = decl.default
    elseif LOOKUP[decl.type] then
      local object, why = LOOKUP[decl.type](text)
      if object == nil then error(("NOT_FOUND: %s=%s: %s '%s' (see `conceptdb run search "
        .. "words=...` or cdb.%ss())"):format(name, text, why, text, decl.type), 0) end
      args[name] = object
    else
      local value = CONVERT[decl.type or "string"](text)
      if value == nil then
        fail(("%s=%s is not a valid %s"):format(name, text, decl.type or "string"))
      end
      args[name] = value
    end
  end
  cdb.args = args
  return spec.main(args)
end
