#!/usr/bin/env python3
"""tests/export/read_back.py — every row format of the fixture table read back by the
client a user reads it with, value by value:

  CSV, TSV      Python's csv module (delimiter ',' / ';' / tab)
  JSON, NDJSON  Python's json module: numbers as numbers, integers exact, NULL as None
  Markdown      pandoc -f gfm (the table's cells and column alignment)
  HTML          Python's html.parser (thead/tbody, cell classes)
  XLSX          openpyxl: numbers as numbers, text as text (never formulas), bold and
                frozen header, autofilter, column widths, sheet names, several sheets

The fixture is written out here again, independently of tests/export/fixture_table.hpp,
so that a mistake in one shows up against the other.

Usage: read_back.py PATH/TO/export_fixture_writer   (run by ctest as export_clients)
"""

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from html.parser import HTMLParser

import openpyxl
from openpyxl.utils.escape import unescape

LONG_TEXT = "gespreid leiderschap en leren in organisaties; " * 10

COLUMNS = ["kind", 'text, "raw"', "integer", "float"]

# kind, text (None: NULL), integer (None: NULL), float (None: NULL), the float as written
# in text formats: up to 15 significant digits, a float always recognisable as one.
ROWS = [
    ("diacritics", "coöperatie één", 1, 0.1, "0.1"),
    ("double quote", 'zeg "hoi"', 0, 1e-7, "1e-07"),
    ("single quote", "'t Hooft's", -42, 2.0, "2.0"),
    ("separators", "a,b;c\td|e", 2**62, -0.5, "-0.5"),
    ("crlf", "regel 1\r\nregel 2", 2**53, 1 / 3, "0.333333333333333"),
    ("lf", "regel 1\nregel 2", 2**53 + 1, 123456789012345.0, "123456789012345.0"),
    ("empty string", "", None, None, None),
    ("null", None, None, None, None),
    ("leading zero", "007", 7, 0.0, "0.0"),
    ("formula", "=1+1", -(2**63), None, None),
    ("markup", "<b>&amp;</b> *x* _y_ [z](u) `c` \\ ~~s~~", None, None, None),
    ("excel escape", "_x0041_ and _x000D_", None, None, None),
    ("long text", LONG_TEXT, None, None, None),
    ("spaces", "  two  spaces  ", None, None, None),
    ("blob", "<3 bytes>", None, None, None),  # a blob is shown as its size
]

WRITER = None
FOLDER = None


def setUpModule():
    global FOLDER
    FOLDER = tempfile.TemporaryDirectory(prefix="conceptdb-export-")
    subprocess.run([WRITER, FOLDER.name], check=True)


def tearDownModule():
    FOLDER.cleanup()


def path(name):
    return os.path.join(FOLDER.name, name)


def as_text(value):
    """What a text format holds for a value: NULL is the empty string."""
    return "" if value is None else str(value)


def text_row(row, decimal_comma=False):
    kind, text, integer, _, float_text = row
    if decimal_comma and float_text is not None:
        float_text = float_text.replace(".", ",")
    return [kind, as_text(text), as_text(integer), as_text(float_text)]


class DelimitedTest(unittest.TestCase):
    def read(self, name, delimiter, encoding="utf-8"):
        with open(path(name), newline="", encoding=encoding) as f:
            return list(csv.reader(f, delimiter=delimiter))

    def test_csv_reads_back_every_value(self):
        rows = self.read("fixture.csv", ",")
        self.assertEqual(rows[0], COLUMNS)
        self.assertEqual(rows[1:], [text_row(r) for r in ROWS])

    def test_tsv_reads_back_every_value(self):
        rows = self.read("fixture.tsv", "\t")
        self.assertEqual(rows[0], COLUMNS)
        self.assertEqual(rows[1:], [text_row(r) for r in ROWS])

    def test_csv_for_a_dutch_excel(self):
        with open(path("fixture-excel-nl.csv"), "rb") as f:
            self.assertTrue(f.read().startswith(b"\xef\xbb\xbfkind;"))
        rows = self.read("fixture-excel-nl.csv", ";", encoding="utf-8-sig")
        self.assertEqual(rows[0], COLUMNS)
        self.assertEqual(rows[1:], [text_row(r, decimal_comma=True) for r in ROWS])

    def test_records_end_with_crlf_and_empty_string_differs_from_null(self):
        with open(path("fixture.csv"), "rb") as f:
            data = f.read()
        self.assertTrue(data.endswith(b"\r\n"))
        self.assertIn(b'\r\nempty string,"",,\r\n', data)
        self.assertIn(b"\r\nnull,,,\r\n", data)


class JsonTest(unittest.TestCase):
    def check_object(self, got, row):
        kind, text, integer, number, float_text = row
        self.assertEqual(list(got), COLUMNS)  # keys in column order
        self.assertEqual(got["kind"], kind)
        self.assertEqual(got['text, "raw"'], text)
        self.assertEqual(got["integer"], integer)
        if integer is not None:
            self.assertIs(type(got["integer"]), int)
        if number is None:
            self.assertIsNone(got["float"])
        else:
            self.assertIs(type(got["float"]), float, kind)
            self.assertEqual(got["float"], float(float_text))

    def test_json_is_an_array_of_objects(self):
        with open(path("fixture.json"), encoding="utf-8") as f:
            data = json.load(f)
        self.assertEqual(len(data), len(ROWS))
        for got, row in zip(data, ROWS):
            self.check_object(got, row)

    def test_ndjson_is_one_object_per_line(self):
        with open(path("fixture.ndjson"), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        self.assertEqual(lines[-1], "")  # the last line ends with \n too
        self.assertEqual(len(lines) - 1, len(ROWS))
        for line, row in zip(lines, ROWS):
            self.check_object(json.loads(line), row)


def markdown_expected(value):
    """What a pipe table can carry: line breaks as <br> (read back as one \\n), spaces at
    either end dropped, runs of spaces shown as one."""
    text = re.sub(r"\r\n|\r", "\n", as_text(value))
    return re.sub(r" +", " ", text).strip(" ")


def pandoc_text(inlines):
    out = ""
    for inline in inlines:
        kind = inline["t"]
        if kind == "Str":
            out += inline["c"]
        elif kind in ("Space", "SoftBreak"):
            out += " "
        elif kind == "RawInline" and inline["c"] == ["html", "<br>"]:
            out += "\n"
        else:
            raise AssertionError("unexpected Markdown element %r" % inline)
    return out


def pandoc_cells(row):
    cells = []
    for cell in row[1]:
        blocks = cell[4]
        cells.append(pandoc_text(blocks[0]["c"]) if blocks else "")
    return cells


class MarkdownTest(unittest.TestCase):
    def test_pandoc_reads_the_pipe_table(self):
        result = subprocess.run(
            ["pandoc", "-f", "gfm", "-t", "json", path("fixture.md")],
            check=True, capture_output=True, text=True)
        blocks = json.loads(result.stdout)["blocks"]
        self.assertEqual([b["t"] for b in blocks], ["Table"])
        _, _, colspecs, head, bodies, _ = blocks[0]["c"]
        self.assertEqual([spec[0]["t"] for spec in colspecs],
                         ["AlignDefault", "AlignDefault", "AlignRight", "AlignRight"])
        self.assertEqual(pandoc_cells(head[1][0]), COLUMNS)
        body = [pandoc_cells(row) for row in bodies[0][3]]
        self.assertEqual(body, [[markdown_expected(v) for v in text_row(r)] for r in ROWS])


class TableParser(HTMLParser):
    """Collects the cells of an HTML table: (section, tag, class, text) per cell."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections, self.rows, self.cell = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("thead", "tbody"):
            self.sections.append(tag)
        elif tag == "tr":
            self.rows.append((self.sections[-1], []))
        elif tag in ("th", "td"):
            self.cell = [tag, dict(attrs).get("class"), ""]
        elif tag == "br":
            self.cell[2] += "\n"
        elif tag != "table":
            raise AssertionError("unexpected tag <%s>" % tag)

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.rows[-1][1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[2] += data
        elif data.strip():
            raise AssertionError("text outside a cell: %r" % data)


class HtmlTest(unittest.TestCase):
    def test_html_parser_reads_the_table(self):
        parser = TableParser()
        with open(path("fixture.html"), encoding="utf-8") as f:
            parser.feed(f.read())
        parser.close()
        self.assertEqual(parser.sections, ["thead", "tbody"])
        head, *body = parser.rows
        self.assertEqual(head, ("thead", [("th", None, c) for c in COLUMNS]))
        self.assertEqual(len(body), len(ROWS))
        for (section, cells), row in zip(body, ROWS):
            self.assertEqual(section, "tbody")
            expected = []
            for i, value in enumerate(row[:4]):
                shown = row[4] if i == 3 else value
                css = "null" if value is None else ("num" if i >= 2 else None)
                expected.append(("td", css, re.sub(r"\r\n|\r", "\n", as_text(shown))))
            self.assertEqual(cells, expected)


def excel_text(cell):
    """Text as Excel shows it: openpyxl leaves the _xHHHH_ escapes of the file as they are,
    Excel and LibreOffice read them as the characters they stand for."""
    return None if cell.value is None else unescape(cell.value)


class XlsxTest(unittest.TestCase):
    def check_header(self, sheet, columns):
        header = list(sheet[1])
        self.assertEqual([c.value for c in header], columns)
        self.assertTrue(all(c.font.b for c in header), sheet.title)
        self.assertEqual(sheet.freeze_panes, "A2", sheet.title)
        last = openpyxl.utils.get_column_letter(len(columns))
        self.assertEqual(sheet.auto_filter.ref, "A1:%s%d" % (last, sheet.max_row), sheet.title)

    def check_fixture_sheet(self, sheet):
        self.check_header(sheet, COLUMNS)
        self.assertEqual(sheet.max_row, len(ROWS) + 1)
        for cells, row in zip(sheet.iter_rows(min_row=2), ROWS):
            kind, text, integer, number, _ = row
            self.assertFalse(any(c.font.b for c in cells))
            self.assertEqual(cells[0].value, kind)
            # Text stays text: "=1+1" is no formula, "007" no number. The empty string is an
            # empty cell, as NULL is (an .xlsx file has no empty text cells).
            self.assertEqual(cells[1].data_type, "s" if text else "n", kind)
            self.assertEqual(excel_text(cells[1]), text or None, kind)
            if integer is None:
                self.assertIsNone(cells[2].value)
            elif abs(integer) <= 2**53:
                self.assertIs(type(cells[2].value), int, kind)
                self.assertEqual(cells[2].value, integer)
            else:  # beyond a double's exact integers: text with the exact digits
                self.assertEqual(cells[2].value, str(integer))
            if number is None:
                self.assertIsNone(cells[3].value)
            else:  # Excel's numbers are doubles: 2.0 may come back as int 2, equal all the same
                self.assertIn(type(cells[3].value), (int, float), kind)
                self.assertEqual(cells[3].value, number, kind)

    def test_single_sheet_file(self):
        book = openpyxl.load_workbook(path("fixture.xlsx"))
        self.assertEqual(book.sheetnames, ["fixture"])  # named after the file
        self.check_fixture_sheet(book["fixture"])

    def test_column_widths_follow_the_content(self):
        sheet = openpyxl.load_workbook(path("fixture.xlsx"))["fixture"]
        widths = [sheet.column_dimensions[c].width for c in "ABCD"]
        # Excel adds a little padding (libxlsxwriter: 0.71) to the width in characters.
        expected = [
            len("excel escape"),          # the widest kind; "kind" + filter button is less
            60,                           # the long text, capped
            len("-9223372036854775808"),  # the widest integer
            len("123456789012345.0"),     # the widest float
        ]
        for got, want in zip(widths, expected):
            self.assertGreaterEqual(got, want)
            self.assertLess(got, want + 1)

    def test_workbook_of_several_sheets(self):
        book = openpyxl.load_workbook(path("workbook.xlsx"))
        self.assertEqual(book.sheetnames,
                         ["Fixture", "Concepts _draft__ a_b___c with", "fixture (2)", "limits"])
        self.check_fixture_sheet(book["Fixture"])

        concepts = book["Concepts _draft__ a_b___c with"]
        self.check_header(concepts, ["concept", "n"])
        self.assertEqual([c.value for c in concepts[2]], ["PLG", 3])

        second = book["fixture (2)"]
        self.check_header(second, ["x"])
        self.assertEqual(second["A2"].value, "second of that name")

    def test_excel_limits(self):
        sheet = openpyxl.load_workbook(path("workbook.xlsx"))["limits"]
        self.check_header(sheet, ["text"])
        too_long = excel_text(sheet["A2"])
        self.assertEqual(len(too_long), 32767)  # the most a cell holds
        self.assertEqual(too_long, "a" * 32766 + "…")
        self.assertEqual(excel_text(sheet["A3"]), "\x01" * 10 + "end")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    WRITER = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
