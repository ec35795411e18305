-- scripts/concept-matrix.lua — a concept × document matrix of mention counts, for a theme.
--
-- Run:  conceptdb run scripts/concept-matrix.lua [theme=leiderschap] [file=001]
local theme = cdb.args.theme or "leiderschap"
local file = cdb.args.file

local rows = {}
for m in cdb.sql.rows([[
    SELECT m.concept_key, m.document FROM v_mention m JOIN v_concept c USING (concept_key)
    WHERE c.theme = ? AND (? IS NULL OR m.file = ?)]], { theme, file or cdb.null, file or cdb.null }) do
  rows[#rows + 1] = { concept = m.concept_key, document = m.document }
end
cdb.List(rows):pivot("concept", "document"):print(100)
