#!/usr/bin/env python3
"""tests/report/client_check.py — the fixture report read by real clients.

  client_check.py html-xmllint REPORT.html            xmllint --html --noout says nothing
  client_check.py svg-xmllint  REPORT.html INLINE.html DIR
                                                      every SVG (data: URIs, inline <svg>,
                                                      DIR/*.svg) is well-formed XML
  client_check.py screenshot   REPORT.html OUT.png    headless Chromium: a 1200x2000 PNG
                                                      that is not blank
  client_check.py pdf          REPORT.html OUT.pdf    headless Chromium prints a PDF
  client_check.py markdown-pandoc REPORT.md           pandoc (GFM) reads the Markdown as
                                                      meant: tables, quotes, escaped text,
                                                      images that exist beside it

Uses only the standard library (the PNG is decoded here with zlib), so it runs wherever
python3, xmllint and chromium are installed (scripts/install-deps).
"""
import base64
import glob
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SCREEN_WIDTH, SCREEN_HEIGHT = 1200, 2000


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run(argv, timeout=90):
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout)


def check_html_xmllint(html_path):
    result = run(["xmllint", "--html", "--noout", html_path])
    if result.returncode != 0 or result.stdout or result.stderr:
        fail("xmllint --html reported (exit %d):\n%s%s" %
             (result.returncode, result.stdout, result.stderr))
    print("xmllint --html: no messages on " + html_path)


def svgs_in(html_path):
    """The SVG documents of an HTML report: decoded data: URIs and inline <svg> elements."""
    with open(html_path, encoding="utf-8") as f:
        html = f.read()
    found = [base64.b64decode(m).decode("utf-8")
             for m in re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)]
    found += re.findall(r"<svg\b.*?</svg>", html, flags=re.S)
    return found


def check_svg_xmllint(html_path, inline_html_path, folder):
    documents = svgs_in(html_path) + svgs_in(inline_html_path)
    files = sorted(glob.glob(os.path.join(folder, "*.svg")))
    if len(svgs_in(html_path)) < 2 or len(svgs_in(inline_html_path)) < 2 or len(files) < 2:
        fail("expected the bar chart and the concept map in each form; found %d data: URIs, "
             "%d inline SVGs, %d files" % (len(svgs_in(html_path)),
                                           len(svgs_in(inline_html_path)), len(files)))
    with tempfile.TemporaryDirectory() as tmp:
        for i, svg in enumerate(documents):
            path = os.path.join(tmp, "figure-%d.svg" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(svg)
            files.append(path)
        for path in files:
            result = run(["xmllint", "--noout", path])
            if result.returncode != 0 or result.stderr:
                fail("xmllint on %s:\n%s" % (path, result.stderr))
    print("xmllint: %d SVG documents are well-formed XML" % len(files))


def chromium(args, timeout=90):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        fail("chromium is not installed (scripts/install-deps installs it)")
    # A profile of our own, so that a Chromium someone else is running does not interfere.
    with tempfile.TemporaryDirectory() as profile:
        return run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile] + args, timeout)


def png_pixels(path):
    """(width, height, rows of bytes) of an 8-bit RGB or RGBA PNG, unfiltered."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(path + " is not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]:
            fail(path + ": damaged chunk " + kind.decode("latin-1"))
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        fail("%s: unexpected PNG format (depth %d, colour type %d, interlace %d)" %
             (path, depth, colour, interlace))
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[x] = (line[x] + predictor) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def check_screenshot(html_path, png_path):
    if os.path.exists(png_path):
        os.remove(png_path)
    result = chromium(["--screenshot=" + png_path,
                       "--window-size=%d,%d" % (SCREEN_WIDTH, SCREEN_HEIGHT),
                       "file://" + os.path.abspath(html_path)])
    if not os.path.exists(png_path):
        fail("chromium wrote no screenshot (exit %d):\n%s" % (result.returncode, result.stderr))
    width, height, channels, rows = png_pixels(png_path)
    if (width, height) != (SCREEN_WIDTH, SCREEN_HEIGHT):
        fail("the screenshot is %dx%d, expected %dx%d" % (width, height, SCREEN_WIDTH,
                                                          SCREEN_HEIGHT))
    colours = set()
    dark = 0
    for row in rows[::4]:
        for x in range(0, len(row), channels * 4):
            pixel = row[x:x + 3]
            colours.add(pixel)
            dark += sum(pixel) < 200
    # A page of text, tables and figures has many colours and a fair share of dark (text)
    # pixels; a blank or error page has one or two colours and no text.
    if len(colours) < 50 or dark < 500:
        fail("the screenshot looks blank: %d colours, %d dark pixels sampled" %
             (len(colours), dark))
    print("screenshot %s: %dx%d, %d colours, %d dark pixels sampled" %
          (png_path, width, height, len(colours), dark))


def check_pdf(html_path, pdf_path):
    if os.path.exists(pdf_path):
        os.remove(pdf_path)
    result = chromium(["--print-to-pdf=" + pdf_path, "--no-pdf-header-footer",
                       "file://" + os.path.abspath(html_path)])
    if not os.path.exists(pdf_path):
        fail("chromium wrote no PDF (exit %d):\n%s" % (result.returncode, result.stderr))
    with open(pdf_path, "rb") as f:
        data = f.read()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        fail(pdf_path + " is not a complete PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    if len(data) < 10000 or pages < 1:
        fail("%s is nearly empty: %d bytes, %d pages" % (pdf_path, len(data), pages))
    print("pdf %s: %d bytes, %d pages" % (pdf_path, len(data), pages))


def check_markdown_pandoc(md_path):
    if not shutil.which("pandoc"):
        fail("pandoc is not installed (scripts/install-deps installs it)")
    result = run(["pandoc", "-f", "gfm", "-t", "html", md_path])
    if result.returncode != 0:
        fail("pandoc failed on %s:\n%s" % (md_path, result.stderr))
    html = result.stdout
    expected = {
        "<table>": 3,                     # two tables and the bar chart's data
        "<blockquote>": 2,                # the quotation and the note
        "<em>": 4,                        # the subtitle and three "nothing to show" notes
        "<h2 ": 3, "<h3 ": 1,
        "&lt;gespreid&gt;": 1,            # escaped text comes back as text, not as a tag
        "<td>kennis | kunde</td>": 1,     # a '|' inside a cell
        "leiderschap_essay.txt, regels 112\u2013114": 1,
        '<th style="text-align: right;">': 4,  # three number columns, the chart's values
    }
    for needle, count in expected.items():
        if html.count(needle) != count:
            fail("pandoc's HTML has %r %d times, expected %d:\n%s" %
                 (needle, html.count(needle), count, html))
    images = re.findall(r'<img src="([^"]+)"', html)
    if len(images) != 2:
        fail("expected 2 figure images, found %r" % images)
    for image in images:
        if not os.path.exists(os.path.join(os.path.dirname(md_path), image)):
            fail("the Markdown links to %s, which is not beside it" % image)
    print("pandoc reads %s as meant (%d figure files beside it)" % (md_path, len(images)))


def main(argv):
    commands = {"html-xmllint": (check_html_xmllint, 1), "svg-xmllint": (check_svg_xmllint, 3),
                "screenshot": (check_screenshot, 2), "pdf": (check_pdf, 2),
                "markdown-pandoc": (check_markdown_pandoc, 1)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        print(__doc__)
        return 2
    commands[argv[1]][0](*argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
