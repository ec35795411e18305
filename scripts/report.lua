-- scripts/report.lua — the overview report: the corpus at a glance, per document its main
-- concepts and most-cited works, the strongest concept–source links with the sentences that
-- show them, the concept map, and notes on the quality of the data.
--
-- Run:  conceptdb run report [format=html|md] [top=8]
-- Writes out/overzicht.html (or .md) under --out. The same database gives the same file.
return {
  description = "Het overzichtsrapport van het corpus (HTML of Markdown)",
  args = {
    format = { type = "string", default = "html", help = "html or md" },
    top = { type = "integer", default = 8, help = "rows per table" },
  },
  main = function(args)
    if args.format ~= "html" and args.format ~= "md" then
      cdb.raise("ARG", "format must be html or md, got " .. args.format)
    end
    local top = args.top
    local value = cdb.sql.value
    local r = cdb.report.new {
      title = "Overzicht van het corpus",
      subtitle = ("%d teksten over leiderschap en leren in organisaties"):format(
        value "SELECT count(*) FROM v_file"),
    }

    -- The corpus at a glance.
    r:heading("In één oogopslag")
    r:figures {
      { "teksten", value "SELECT count(*) FROM v_file" },
      -- A magazine or a book counts by its pieces; a text in one piece counts once.
      { "documenten", value [[SELECT count(*) FROM v_document d
                              WHERE NOT EXISTS (SELECT 1 FROM v_document p WHERE p.parent = d.key)]] },
      { "passages", value "SELECT count(*) FROM v_passage WHERE duplicate_of IS NULL" },
      { "begrippen", value "SELECT count(*) FROM v_concept" },
      { "vermeldingen", value "SELECT count(*) FROM v_mention" },
      { "bronnen", value "SELECT count(*) FROM v_source" },
      { "citaties", value "SELECT count(*) FROM v_citation" },
    }
    r:paragraph("Dit rapport is gemaakt door conceptdb uit de teksten van het corpus. Elk "
      .. "getal, elke tabel en elk citaat komt uit de database; bij elk citaat staan het "
      .. "bestand en de regels waar het staat, zodat een lezer het kan nagaan.")
    r:table(cdb.sql.list [[
      SELECT f.file AS bestand, d.kind AS soort, coalesce(d.title, f.name) AS titel,
             f.lines AS regels, f.passages,
             (SELECT count(*) FROM v_citation c WHERE c.file = f.file) AS citaties
        FROM v_file f JOIN v_document d ON d.key = f.file ORDER BY f.file]],
      { caption = "De teksten" })

    -- The concepts the corpus names most, and the map of those that travel together.
    r:heading("Begrippen")
    r:bar_chart {
      title = "De meest genoemde begrippen",
      data = cdb.sql.list([[SELECT label, mentions FROM v_concept
                            ORDER BY mentions DESC, concept_key LIMIT ?]], { top * 2 }),
      label = "label", value = "mentions", unit = "vermeldingen",
    }
    -- The pairs that share the most paragraphs: about 20 concepts keep the map readable.
    local graph = cdb.graph { level = "paragraph", measure = "count", min_count = 5, top = 20 }
    r:concept_map(graph, { caption = "Begrippen die het vaakst samen in een alinea staan; de "
      .. "grootte volgt het aantal vermeldingen, de lijndikte het aantal gedeelde alinea's." })

    -- Per document: its main concepts and the works it cites most.
    r:heading("Per tekst")
    for _, d in ipairs(cdb.sql.list "SELECT file, title FROM v_document WHERE parent IS NULL ORDER BY file") do
      r:heading(("%s — %s"):format(d.file, d.title or d.file), 3)
      local concepts = cdb.sql.list([[
        SELECT c.label AS begrip, count(*) AS vermeldingen
          FROM v_mention m JOIN v_concept c ON c.concept_key = m.concept_key
         WHERE m.file = ? GROUP BY c.concept_key ORDER BY vermeldingen DESC, c.concept_key
         LIMIT ?]], { d.file, top })
      local cited = cdb.sql.list([[
        SELECT s.authors AS auteurs, s.year AS jaar, s.title AS titel, count(*) AS citaties
          FROM v_citation c JOIN v_source s ON s.source_key = c.source_key
         WHERE c.file = ? GROUP BY s.source_key ORDER BY citaties DESC, s.source_key
         LIMIT ?]], { d.file, top })
      r:table(concepts, { caption = "Hoofdbegrippen" })
      if #cited > 0 then
        r:table(cited, { caption = "Meest geciteerde werken" })
      else
        r:note("Deze tekst citeert geen werken in de auteur-jaarvorm.")
      end
    end

    -- The strongest concept–source links, each with one sentence that shows it.
    r:heading("Begrippen en hun bronnen")
    r:paragraph("Een begrip en een bron horen bij elkaar als de bron geciteerd wordt in de zin "
      .. "waarin het begrip genoemd wordt. Hieronder de sterkste paren, elk met een zin als bewijs.")
    local links = cdb.sql.list([[
      SELECT cs.concept_key, c.label, cs.source_key, cs.weight
        FROM v_concept_source cs JOIN v_concept c ON c.concept_key = cs.concept_key
       WHERE cs.level = 'sentence' ORDER BY cs.weight DESC, cs.concept_key, cs.source_key
       LIMIT ?]], { top })
    for _, link in ipairs(links) do
      local source = cdb.source(link.source_key)
      local evidence = cdb.sql.first([[
        SELECT e.file, s.first_line, s.last_line, s.text
          FROM v_concept_source_evidence e JOIN v_sentence s ON s.id = e.unit_id
         WHERE e.concept_key = ? AND e.source_key = ? AND e.level = 'sentence'
         ORDER BY e.file, s.first_line LIMIT 1]], { link.concept_key, link.source_key })
      r:paragraph(("%s en %s — %d keer in dezelfde zin"):format(link.label, source:cite(),
                                                               link.weight))
      r:quote { text = evidence.text, file = evidence.file, line = evidence.first_line,
                line_end = evidence.last_line, source = source:cite() }
    end

    -- What a careful reader should know about the data.
    r:heading("Over de gegevens")
    local unreferenced = value "SELECT count(*) FROM v_citation WHERE reference_id IS NULL"
    r:list {
      ("%d van de %d citaties verwijzen naar een werk dat in geen literatuurlijst van het "
        .. "corpus staat."):format(unreferenced, value "SELECT count(*) FROM v_citation"),
      ("%d begrippen uit de woordenlijst komen in geen enkele tekst voor."):format(
        value "SELECT count(*) FROM v_concept WHERE mentions = 0"),
      ("%d regels paginaopmaak (koppen, voetteksten, paginanummers) zijn uit de tekst "
        .. "gelaten."):format(value "SELECT count(*) FROM layout_line"),
      "Begrippen worden gevonden via hun namen in de woordenlijst (db/vocabulary); "
        .. "werkwoordsvormen en omschrijvingen worden niet herkend.",
    }
    r:table(cdb.sql.list([[
      SELECT document AS document, count(*) AS citaties FROM v_citation
       WHERE reference_id IS NULL GROUP BY document ORDER BY citaties DESC, document
       LIMIT ?]], { top }), { caption = "Citaties zonder literatuurverwijzing, per document" })

    local path = r:write("overzicht." .. args.format)
    print("wrote " .. path)
  end,
}
