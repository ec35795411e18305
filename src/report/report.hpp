// report/report.hpp — the report document model: a title, a little front matter and blocks
// in reading order, rendered by render_html (html_renderer.hpp) and render_markdown
// (markdown_renderer.hpp).
//
// A Report holds plain data and nothing else: no clock, no database, no file. Rendering the
// same Report twice gives byte-identical output. Every block is checked when it is added, so
// a renderer never meets a malformed one; text may contain anything (`<`, `&`, quotes,
// invalid UTF-8) and is escaped by the renderers.
//
//   report::Report r("Gespreid leiderschap");
//   r.set_date("juni 2025");
//   r.add(report::Heading{2, "Kerncijfers"});
//   r.add(report::KeyFigures{{{"documenten", std::int64_t{5}}, {"bronnen", std::int64_t{212}}}});
//   std::string html = report::render_html(r);
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "store/value.hpp"

namespace report {

// A section heading. Level 1 is the level of the report's title; level 2 headings (and
// level 1 ones, when a report uses them) make the table of contents.
struct Heading {
  int level = 2;  // 1, 2 or 3
  std::string text;
};

// One paragraph of plain text; line breaks in it are ordinary spaces.
struct Paragraph {
  std::string text;
};

// A bulleted list, one plain-text item per entry.
struct BulletList {
  std::vector<std::string> items;
};

// An aside set off from the text ("Let op", "Werkwijze"); the title may be empty.
struct Note {
  std::string text;
  std::string title;
};

// Rows of values under named columns. A column whose values are all numbers (or NULL) is
// right-aligned; floats show `decimals` digits after the decimal mark, integers exactly.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<store::Value>> rows;  // each row has one value per column
  std::string caption;                          // optional
  int decimals = 2;                             // 0..6
};

// One tile of a key-figure row: "documenten 5". The value is usually an integer; a float is
// shown with two decimals unless it is whole, text is shown as it is.
struct KeyFigure {
  std::string label;
  store::Value value;
};
struct KeyFigures {
  std::vector<KeyFigure> figures;
};

// A passage quoted from the corpus, always shown with the file and lines it came from.
struct Quotation {
  std::string text;
  std::string file;    // the corpus file, e.g. "kessels_2001.txt"
  int first_line = 0;  // 1-based, inclusive
  int last_line = 0;   // >= first_line
  std::string source;  // optional attribution, e.g. "Kessels (2001)"
};

// A horizontal bar chart: one bar per label, in the order given, lengths proportional to the
// values (which must be finite and >= 0).
struct Bar {
  std::string label;
  double value = 0;
};
struct BarChart {
  std::string title;
  std::vector<Bar> bars;
  std::string unit;  // optional, names the scale, e.g. "vermeldingen"
  int decimals = 2;  // for values that are not whole numbers; 0..6
};

// A network of concepts. Node weight (e.g. mentions) sets the node's size, edge weight (e.g.
// co-occurrence strength) the line's width; nodes of one group share a colour. Weights are
// finite and >= 0; node ids are unique; each pair of nodes has at most one edge.
struct ConceptNode {
  std::string id;     // unique, non-empty; what the edges name
  std::string label;  // shown in the node; the id when empty
  double weight = 1;
  std::string group;  // optional
};
struct ConceptEdge {
  std::string source;  // a node id
  std::string target;  // another node id
  double weight = 1;
};
struct ConceptMap {
  std::string title;
  std::vector<ConceptNode> nodes;
  std::vector<ConceptEdge> edges;  // no edges: rendered as a short "no pairs" note
};

using Block = std::variant<Heading, Paragraph, BulletList, Note, Table, KeyFigures, Quotation,
                           BarChart, ConceptMap>;

// The document. Not thread-safe; cheap to copy.
class Report {
 public:
  // Throws ReportError when `title` is empty.
  explicit Report(std::string title);

  // Free text under the title: a subtitle and a date line, both written by the caller (the
  // report never reads the clock, so that its output is reproducible). Empty hides them.
  void set_subtitle(std::string subtitle) { subtitle_ = std::move(subtitle); }
  void set_date(std::string date) { date_ = std::move(date); }
  // The language of the text, a BCP 47 tag such as "nl" (the default) or "en". It sets the
  // HTML lang attribute and, for "nl" and "nl-…", Dutch captions ("Figuur", "regels") and
  // the decimal comma; any other language gets English captions and the decimal point.
  // Throws ReportError when the tag is empty or has characters other than letters, digits
  // and '-'.
  void set_language(std::string language);

  // Appends a block after checking it; throws ReportError naming the block (its position and
  // kind) and what is wrong with it, and leaves the report unchanged.
  void add(Block block);

  const std::string& title() const { return title_; }
  const std::string& subtitle() const { return subtitle_; }
  const std::string& date() const { return date_; }
  const std::string& language() const { return language_; }
  const std::vector<Block>& blocks() const { return blocks_; }

 private:
  std::string title_;
  std::string subtitle_;
  std::string date_;
  std::string language_ = "nl";
  std::vector<Block> blocks_;
};

// True when the map has something to draw (at least one edge); the renderers show a short
// note instead of a figure otherwise. The same for a chart without bars.
inline bool has_figure(const ConceptMap& map) {
  return !map.edges.empty();
}
inline bool has_figure(const BarChart& chart) {
  return !chart.bars.empty();
}

}  // namespace report
