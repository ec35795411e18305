// report/markdown_renderer.hpp — a Report as Markdown (CommonMark with GitHub pipe tables).
//
// What each block becomes:
//   heading      "#", "##" or "###" (the title is "#"); subtitle in italics, date below
//   paragraph    one line of escaped text; list: "- item"; note: "> **Opmerking.** text"
//   table        "**Tabel N.** caption" then a pipe table, number columns right-aligned
//                ("---:"), '|' escaped; no rows: the header and "*Geen rijen.*"
//   key figures  a list "- label: **value**"
//   quotation    a "> " block, then "> — source (file, regels a–b)"
//   bar chart    "**Figuur N.** title" then a table of label and value (unit in its header)
//   concept map  "**Figuur N.** title" then a list of the strongest links (at most
//                kMaxLinksInMarkdown), strongest first: "- A – B: 0,45"
// With render_markdown_with_figures, every chart and map is also an SVG file beside the
// Markdown file, shown by an image line "![Figuur N. title](STEM-figure-N.svg)" above its
// table or list. Empty charts and maps are a line "title: *Geen … om te tonen.*".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.hpp"

namespace report {

inline constexpr std::size_t kMaxLinksInMarkdown = 15;

// The Markdown text, without figure files (charts and maps as tables and lists only).
std::string render_markdown(const Report& report);

// An SVG figure that the Markdown refers to by `name`, a bare file name (no folder): write
// `svg` to that name in the folder of the .md file.
struct FigureFile {
  std::string name;  // e.g. "rapport-figure-1.svg"
  std::string svg;
};

struct MarkdownWithFigures {
  std::string markdown;
  std::vector<FigureFile> figures;  // in figure order; one per chart or map with data
};

// The Markdown text with image links to SVG figures named "<figure_stem>-figure-N.svg",
// and those figures. `figure_stem` is usually the .md file's name without ".md"; it may
// hold only ASCII letters, digits, '.', '_' and '-' (it goes into a link as it is), else
// ReportError. Throws ReportError when Graphviz fails on a concept map.
MarkdownWithFigures render_markdown_with_figures(const Report& report,
                                                 std::string_view figure_stem);

}  // namespace report
