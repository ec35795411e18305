-- scripts/export-all.lua — every table a researcher wants, as one XLSX workbook (a sheet per
-- table) and as CSV files, plus the sources for a reference manager, the vocabulary as SKOS
-- and the concept network for Gephi and VOSviewer.
--
-- Run:  conceptdb run export-all [excel=nl]   (files go under --out, default out/)
-- excel=nl writes the CSV files for a Dutch Excel: `;` between fields, decimal commas and a
-- byte order mark; the default is plain RFC 4180 CSV with commas.
return {
  description = "All tables as one XLSX workbook and CSV files, plus BibTeX, CSL-JSON, RIS, "
    .. "SKOS, GraphML and VOSviewer files",
  args = { excel = { type = "string", default = "", help = "nl for CSV that a Dutch Excel opens" } },
  main = function(args)
    local sql = cdb.sql.list
    local tables = {
      { name = "documents", data = sql [[
          SELECT file, key, parent, kind, title, authors, year, first_line, last_line, passages
            FROM v_document ORDER BY file, first_line]] },
      { name = "concepts", data = sql [[
          SELECT concept_key, label, label_en, theme, definition, mentions, documents
            FROM v_concept ORDER BY concept_key]] },
      { name = "labels", data = sql [[
          SELECT concept_key, kind, language, text, mentions FROM v_label
           ORDER BY concept_key, kind, language, text]] },
      { name = "concept_relations", data = sql [[
          SELECT "from", type, "to", file, line, line_end, note FROM v_concept_relation
           ORDER BY type, "from", "to"]] },
      { name = "mentions", data = sql [[
          SELECT concept_key, file, document, line, line_end, text, label, rule
            FROM v_mention ORDER BY file, line, start, concept_key]] },
      { name = "sources", data = sql [[
          SELECT source_key, authors, year, title, kind, container, publisher, url, citations,
                 documents FROM v_source ORDER BY source_key]] },
      { name = "citations", data = sql [[
          SELECT file, document, line, line_end, text, authors, year, source_key,
                 reference_id IS NOT NULL AS in_reference_list
            FROM v_citation ORDER BY file, line]] },
      { name = "concept_sources", data = sql [[
          SELECT concept_key, source_key, level, weight, passages, documents
            FROM v_concept_source ORDER BY level, weight DESC, concept_key, source_key]] },
      { name = "cooccurrence", data = sql [[
          SELECT a, b, level, count, association_strength, jaccard, inclusion
            FROM v_cooccurrence WHERE a < b ORDER BY level, count DESC, a, b]] },
    }

    local csv = args.excel == "nl" and { separator = ";", decimal_comma = true, bom = true } or nil
    print(("workbook %s"):format((cdb.export.workbook("conceptdb.xlsx", tables))))
    for _, t in ipairs(tables) do
      local path, rows = cdb.export.csv(t.data, "csv/" .. t.name .. ".csv", csv)
      print(("%-40s %7d rows"):format(path, rows))
    end

    -- Sources for Zotero, pandoc and other reference managers; the vocabulary as a thesaurus.
    print((cdb.export.bibtex("sources.bib")))
    print((cdb.export.csl_json("sources.json")))
    print((cdb.export.ris("sources.ris")))
    print((cdb.export.skos("vocabulary.ttl")))
    -- The concept network for Gephi (GraphML) and VOSviewer (JSON).
    local graph = cdb.graph { level = "paragraph", min_count = 2 }
    print((graph:write("concept-network.graphml")))
    print((graph:write("concept-network.vosviewer.json")))
  end,
}
