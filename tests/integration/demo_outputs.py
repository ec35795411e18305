"""tests/integration/demo_outputs.py — what `make demo` and scripts/export-all.lua hand to
users, checked on the real corpus by the tools users open them with.

The database is built from the corpus with the conceptdb binary into a temporary folder;
then scripts/report.lua writes the overview report (HTML and Markdown) and
scripts/export-all.lua every export. Each test reads one output with its real client:
xmllint and headless Chromium for the report, openpyxl for the workbook, Python's csv and
json for tables, pandoc --citeproc for the bibliographies, networkx for GraphML, rdflib for
SKOS. Counts are checked against the database itself (sqlite3), never against numbers
copied from an earlier run.

Run by ctest: python3 demo_outputs.py CONCEPTDB_BINARY CORPUS_DIR SOURCE_DIR
"""
import csv
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

BINARY, CORPUS, SOURCE = sys.argv[1:4]
del sys.argv[1:4]
WORK = tempfile.mkdtemp(prefix="conceptdb-demo-")
DB = os.path.join(WORK, "conceptdb.sqlite")
OUT = os.path.join(WORK, "out")


def conceptdb(*args, out=OUT):
    result = subprocess.run([BINARY, *args, "--db", DB, "--out", out] if args[0] == "run"
                            else [BINARY, *args], cwd=SOURCE, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"conceptdb {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def count(sql):
    with sqlite3.connect(f"file:{DB}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchone()[0]


def setUpModule():
    conceptdb("build", "--corpus", CORPUS, "--db", DB)
    conceptdb("run", "report")
    conceptdb("run", "report", "format=md")
    conceptdb("run", "export-all")


def tearDownModule():
    shutil.rmtree(WORK, ignore_errors=True)


def png_pixels(path):
    """Width, height and the set of distinct RGB(A) pixel values of an 8-bit PNG (no filter
    reconstruction beyond what distinctness needs: filter bytes are skipped, so a row's
    bytes count as raw values — enough to tell a blank image from a drawn one)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw[: min(len(raw), 4_000_000)]))


class Report(unittest.TestCase):
    def html(self):
        with open(os.path.join(OUT, "overzicht.html"), encoding="utf-8") as f:
            return f.read()

    def test_the_html_report_is_valid_html(self):
        result = subprocess.run(["xmllint", "--html", "--noout",
                                 os.path.join(OUT, "overzicht.html")],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")

    def test_the_report_has_every_part_the_reader_expects(self):
        html = self.html()
        for heading in ["In één oogopslag", "Begrippen", "Per tekst",
                        "Begrippen en hun bronnen", "Over de gegevens"]:
            self.assertIn(heading, html)
        # Each corpus file has its section, the concept map and the bar chart are figures.
        with sqlite3.connect(f"file:{DB}?mode=ro", uri=True) as db:
            for (title,) in db.execute("SELECT title FROM v_document WHERE parent IS NULL"):
                self.assertIn(title.replace("&", "&amp;"), html)
        self.assertGreaterEqual(html.count("<svg") + html.count("data:image/svg+xml"), 2)
        # Quotations show where they come from.
        self.assertRegex(html, r"regels? \d+")
        # Self-contained: nothing is fetched from elsewhere.
        self.assertNotRegex(html, r"<(link|script)\b")
        self.assertNotRegex(html, r"src=\"https?:")

    def test_the_report_is_the_same_bytes_every_time(self):
        first = self.html()
        again = os.path.join(WORK, "again")
        conceptdb("run", "report", out=again)
        with open(os.path.join(again, "overzicht.html"), encoding="utf-8") as f:
            self.assertEqual(f.read(), first)

    def test_the_markdown_report_has_its_figures_beside_it(self):
        with open(os.path.join(OUT, "overzicht.md"), encoding="utf-8") as f:
            markdown = f.read()
        self.assertTrue(markdown.startswith("# Overzicht van het corpus"))
        figures = [name for name in os.listdir(OUT) if name.startswith("overzicht-figure-")]
        self.assertGreaterEqual(len(figures), 2)
        for name in figures:
            self.assertIn(f"({name})", markdown)

    def test_chromium_renders_the_report(self):
        shot = os.path.join(WORK, "report.png")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--screenshot={shot}", "--window-size=1200,1600",
                        "file://" + os.path.join(OUT, "overzicht.html")],
                       capture_output=True, timeout=120)
        width, height, distinct = png_pixels(shot)
        self.assertEqual((width, height), (1200, 1600))
        self.assertGreater(distinct, 8, "the screenshot is blank")


class Tables(unittest.TestCase):
    def test_the_workbook_opens_in_openpyxl_with_typed_cells(self):
        import openpyxl
        book = openpyxl.load_workbook(os.path.join(OUT, "conceptdb.xlsx"), read_only=True)
        self.assertEqual(book.sheetnames[:3], ["documents", "concepts", "labels"])
        concepts = book["concepts"]
        rows = list(concepts.iter_rows(values_only=True))
        self.assertEqual(rows[0][:3], ("concept_key", "label", "label_en"))
        self.assertEqual(len(rows) - 1, count("SELECT count(*) FROM v_concept"))
        mentions = rows[0].index("mentions")
        self.assertTrue(all(isinstance(r[mentions], int) for r in rows[1:]))
        # Diacritics survive.
        labels = {r[1] for r in rows[1:]}
        self.assertTrue(any(any(ch in (label or "") for ch in "éëïöü") for label in labels))

    def test_every_csv_reads_back_with_the_database_row_counts(self):
        views = {"concepts": "v_concept", "sources": "v_source", "citations": "v_citation",
                 "mentions": "v_mention", "labels": "v_label"}
        for name, view in views.items():
            with open(os.path.join(OUT, "csv", name + ".csv"), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            self.assertEqual(len(rows) - 1, count(f"SELECT count(*) FROM {view}"), name)
            self.assertTrue(all(len(r) == len(rows[0]) for r in rows), name)

    def test_the_vosviewer_file_is_json_with_items_and_links(self):
        with open(os.path.join(OUT, "concept-network.vosviewer.json"), encoding="utf-8") as f:
            network = json.load(f)["network"]
        ids = {item["id"] for item in network["items"]}
        self.assertTrue(network["links"])
        for link in network["links"]:
            self.assertIn(link["source_id"], ids)
            self.assertIn(link["target_id"], ids)


class DomainFormats(unittest.TestCase):
    def citeproc(self, bibliography):
        doc = os.path.join(WORK, "cite.md")
        with open(doc, "w", encoding="utf-8") as f:
            f.write("---\nnocite: '@*'\n---\n")
        return subprocess.run(["pandoc", "--citeproc", "--bibliography", bibliography,
                               "-t", "plain", doc], capture_output=True, text=True)

    def test_pandoc_cites_every_source_from_bibtex_and_csl_json(self):
        sources = count("SELECT count(*) FROM v_source")
        for name in ["sources.bib", "sources.json"]:
            result = self.citeproc(os.path.join(OUT, name))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertNotIn("WARNING", result.stderr.upper(), name)
            entries = [p for p in result.stdout.split("\n\n") if p.strip()]
            self.assertEqual(len(entries), sources, name)

    def test_networkx_reads_the_graphml(self):
        import networkx
        graph = networkx.read_graphml(os.path.join(OUT, "concept-network.graphml"))
        self.assertGreater(graph.number_of_edges(), 0)
        node = next(iter(graph.nodes(data=True)))[1]
        self.assertIsInstance(node["weight"], float)

    def test_rdflib_reads_one_skos_concept_per_concept(self):
        import rdflib
        from rdflib.namespace import RDF, SKOS
        graph = rdflib.Graph().parse(os.path.join(OUT, "vocabulary.ttl"), format="turtle")
        concepts = set(graph.subjects(RDF.type, SKOS.Concept))
        self.assertEqual(len(concepts), count("SELECT count(*) FROM v_concept"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
