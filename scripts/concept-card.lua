-- scripts/concept-card.lua — everything about one concept on one screen: labels, definition,
-- curated relations with their evidence, where it is discussed most, its closest neighbours.
--
-- Run:  conceptdb run concept-card concept="professionele ruimte"
-- The script declares its arguments (the spec at the bottom): a misspelt argument name is
-- an error that lists the ones it takes.
local function main(args)
  local c = cdb.concept(args.concept)
  if not c then error("no concept is called '" .. args.concept .. "'", 0) end

  print(("%s — %s"):format(c, c.label_en or ""))
  print(c.definition)
  if c.scope_note then print("scope: " .. c.scope_note) end
  print(("%d mentions in %d documents (vocabulary: %s)"):format(c:count(), c.document_count,
                                                                c.vocabulary))
  print("\nlabels:")
  c:labels():print()
  print("\nrelations:")
  for _, r in ipairs(c:related()) do
    print(("  %-3s %-15s %-40s %s:%d"):format(r.direction, r.type, tostring(r.concept), r.file, r.line))
  end
  print("\nmost discussed in:")
  c:documents():head(5):print()
  print("\ntogether in paragraphs with:")
  c:cooccurring{ level = "paragraph", min_count = 2 }:head(8)
    :map(function(n)
      return { concept = n.concept.key, count = n.count,
               strength = n.association_strength, jaccard = n.jaccard }
    end)
    :with_columns{ "concept", "count", "strength", "jaccard" }:print()
end

return {
  description = "everything about one concept on one screen",
  args = { concept = { type = "string", default = "professionele-ruimte",
                       help = "a concept key, label or abbreviation" } },
  main = main,
}
