// report/html_renderer.hpp — a Report as one self-contained HTML file.
//
// The file needs nothing beside it: the stylesheet is inline, the figures are SVG inside the
// page, there are no scripts and no web fonts. It declares UTF-8 and the report's language,
// has a table of contents when there are two or more level-1/2 headings, numbers tables
// and figures ("Tabel 1", "Figuur 1") in reading order, and prints well (see html_style.hpp).
// A figure is shown at no less than 80% of its own size: a concept map wider than the text
// column then scrolls sideways on screen (in print it is fitted to the page).
// Only HTML elements that HTML 4 parsers know are used (div, not section), so that
// `xmllint --html --noout` has nothing to report about the default output.
#pragma once

#include <string>

#include "report/report.hpp"

namespace report {

struct HtmlOptions {
  // false (the default): each figure is an <img> whose src is the SVG as a data: URI.
  // true: each figure is an inline <svg> element, so its text can be searched and selected
  // and cut labels show their full text on hover; HTML-4-era validators such as
  // `xmllint --html` then report the SVG elements as unknown tags, though browsers render
  // both the same.
  bool inline_svg = false;
};

// The HTML document, "<!DOCTYPE html>" to "</html>\n". The same report gives the same
// bytes. Throws ReportError only when Graphviz fails on a concept map.
std::string render_html(const Report& report, const HtmlOptions& options = {});

}  // namespace report
