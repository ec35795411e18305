-- scripts/unreferenced-citations.lua — citations whose work no reference list in the corpus
-- describes, per document: the works a reader would have to look up elsewhere.
--
-- Run:  conceptdb run scripts/unreferenced-citations.lua [file=001]
local file = cdb.args.file
local rows = {}
for c in cdb.sql.rows([[
    SELECT document, line, text, source_key FROM v_citation
    WHERE reference_id IS NULL AND (? IS NULL OR file = ?) ORDER BY file, line]],
    { file or cdb.null, file or cdb.null }) do
  rows[#rows + 1] = c
end
local list = cdb.List(rows)
print(("%d citations without a reference entry"):format(list:count()))
list:count_by("document"):print()
