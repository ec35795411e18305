// report/html_style.cpp — the CSS of the HTML report.
//
// Screen: a white page on a warm grey ground, text at a comfortable measure, tables with
// zebra rows and right-aligned numbers. Print: no backgrounds or shadows, no page breaks
// inside figures, tables, quotations and key figures, headings kept with what follows,
// link targets written out.
#include "report/html_style.hpp"

namespace report {

std::string_view report_stylesheet() {
  return R"css(:root { color-scheme: light; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #f3f2ef; color: #1f2328;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem; line-height: 1.6;
}
.page {
  box-sizing: border-box; max-width: 50rem; margin: 2.5rem auto; padding: 2.5rem 3.5rem 3rem;
  background: #ffffff; border-radius: 6px; box-shadow: 0 1px 4px rgba(31, 35, 40, 0.12);
}
p, li, blockquote, .note { max-width: 70ch; }
p { margin: 0 0 1rem; }
h1, h2, h3 { line-height: 1.25; color: #14181d; font-weight: 650; }
h1 { font-size: 2.1rem; margin: 0 0 0.35rem; letter-spacing: -0.01em; }
h2 { font-size: 1.45rem; margin: 2.4rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid #d8dee4; }
h3 { font-size: 1.15rem; margin: 1.8rem 0 0.5rem; }
.masthead { border-bottom: 3px solid #2f6ea5; padding-bottom: 1.1rem; margin-bottom: 1.8rem; }
.masthead p { margin: 0; }
.subtitle { font-size: 1.2rem; color: #424a53; }
.date { margin-top: 0.4rem !important; font-size: 0.95rem; color: #656d76; }
a { color: #1f5f99; text-decoration-thickness: 1px; text-underline-offset: 2px; }
.toc { background: #f4f7fa; border-left: 3px solid #2f6ea5; border-radius: 0 4px 4px 0; padding: 0.8rem 1.3rem; margin: 0 0 2rem; }
.toc-title { font-weight: 650; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.06em; color: #424a53; margin: 0 0 0.3rem; }
.toc ul { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0.15rem 0; }
.toc li.toc-part { font-weight: 650; margin-top: 0.4rem; }
.toc li.toc-section { padding-left: 1rem; }
.toc a { text-decoration: none; }
.toc a:hover { text-decoration: underline; }
ul { padding-left: 1.4rem; margin: 0 0 1rem; }
li { margin: 0.2rem 0; }
.table-wrap { overflow-x: auto; margin: 1.2rem 0 1.6rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; line-height: 1.45; font-variant-numeric: tabular-nums; }
caption, .caption { caption-side: top; text-align: left; font-size: 0.92rem; color: #424a53; padding: 0 0 0.45rem; }
.caption-label { font-weight: 650; color: #1f2328; }
th, td { padding: 0.4rem 0.7rem; text-align: left; vertical-align: top; border-bottom: 1px solid #e4e8ec; }
thead th { font-weight: 650; border-bottom: 2px solid #8c959f; background: #ffffff; }
tbody tr:nth-child(even) { background: #f6f8fa; }
th.num, td.num { text-align: right; white-space: nowrap; }
td.empty { color: #656d76; font-style: italic; }
p.empty { color: #656d76; font-style: italic; }
.keyfigures { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 1.2rem 0 1.8rem; }
.keyfigure { flex: 1 1 8rem; min-width: 8rem; box-sizing: border-box; padding: 0.8rem 1rem; border: 1px solid #d8dee4; border-top: 3px solid #2f6ea5; border-radius: 6px; background: #f8fafc; }
.keyfigure-value { display: block; font-size: 1.9rem; font-weight: 700; line-height: 1.15; color: #1f4e79; font-variant-numeric: tabular-nums; }
.keyfigure-label { display: block; font-size: 0.9rem; color: #57606a; }
blockquote { margin: 1.4rem 0; padding: 0.7rem 1.2rem; border-left: 4px solid #c9a449; background: #fbf8ef; border-radius: 0 4px 4px 0; }
blockquote p { margin: 0; }
blockquote p.attribution { margin-top: 0.5rem; font-size: 0.9rem; color: #57606a; }
.locator { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; white-space: nowrap; }
.note { margin: 1.4rem 0; padding: 0.8rem 1.1rem; background: #eef5fb; border: 1px solid #c6dbee; border-radius: 6px; }
.note p { margin: 0; }
.note p.note-title { font-weight: 650; color: #1f4e79; margin-bottom: 0.25rem; }
.figure { margin: 1.6rem 0 2rem; }
.figure img, .figure svg { display: block; max-width: 100%; height: auto; }
.figure .caption { padding: 0.5rem 0 0; }
.figure-scroll { overflow-x: auto; }
.legend { list-style: none; padding: 0; margin: 0.4rem 0 0; font-size: 0.88rem; color: #424a53; }
.legend li { display: inline-block; margin: 0 1rem 0.2rem 0; }
.swatch { display: inline-block; width: 0.85em; height: 0.85em; margin-right: 0.35em; vertical-align: -0.08em; border: 1.5px solid; border-radius: 3px; }
@media (max-width: 40rem) {
  .page { margin: 0; padding: 1.2rem; border-radius: 0; box-shadow: none; }
}
@media print {
  @page { margin: 2cm 1.8cm; }
  body { background: none; color: #000000; font-size: 11pt; line-height: 1.45; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  .toc, blockquote, .note, .keyfigure, tbody tr:nth-child(even), thead th { background: none; }
  h1, h2, h3, .caption, caption { break-after: avoid; page-break-after: avoid; }
  .figure, table, blockquote, .note, .keyfigures, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap, .figure-scroll { overflow: visible; }
  .figure-scroll > div { width: auto !important; }
  a { color: #000000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  .toc a::after { content: none; }
}
)css";
}

}  // namespace report
