-- scripts/glossary.lua — a glossary: every concept of a theme with its labels, definition and
-- the first place the corpus names it.
--
-- Run:  conceptdb run scripts/glossary.lua [theme=onderwijs]
local theme = cdb.args.theme
for _, c in ipairs(cdb.concepts{ theme = theme }) do
  local first = c:mentions()[1]
  local alts = c:labels():filter{ kind = "alt" }:map(function(l) return l.text end)
  print(("%s%s — %s"):format(c.label, c.label_en and (" (" .. c.label_en .. ")") or "",
                             c.definition))
  if alts:count() > 0 then print("  ook: " .. table.concat(alts:totable(), ", ")) end
  if first then print(("  eerst genoemd: %s:%d \"%s\""):format(first.file, first.line, first.text)) end
end
