// report/html_renderer.cpp — the blocks of a report as HTML elements.
#include "report/html_renderer.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "report/bar_chart_svg.hpp"
#include "report/concept_map_svg.hpp"
#include "report/data_uri.hpp"
#include "report/html_style.hpp"
#include "report/numbers.hpp"
#include "report/svg_fragment.hpp"
#include "report/text.hpp"
#include "report/wording.hpp"

namespace report {

namespace {

constexpr std::size_t kMaxBarsInAltText = 30;
// The width of the text column: .page max-width 50rem less 2 × 3.5rem padding (html_style).
constexpr double kColumnPixels = 688;
// A figure is not shrunk below this share of its natural size (node labels of 14 px stay
// about 10 px), so that the labels of a large
// concept map stay readable; wider than the column, it scrolls sideways on screen (and is
// fitted to the page in print).
constexpr double kSmallestScale = 0.7;

// An id for a heading from its text: lower-case ASCII letters and digits and any non-ASCII
// characters kept, everything else one '-'; "-2", "-3" … added to repeats.
std::string slug(const std::string& text) {
  std::string out;
  for (const char raw : repair_text(text)) {
    const auto c = static_cast<unsigned char>(raw);
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      out += raw;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out.empty() ? "section" : out;
}

// Figures and tables have the ids "figure-N" and "table-N" (and a figure's SVG elements
// "figure-N-…"); heading ids keep out of their way.
bool is_reserved(const std::string& id) {
  for (const std::string_view kind : {"figure", "table"}) {
    if (id.rfind(kind, 0) == 0 && (id.size() == kind.size() || id[kind.size()] == '-')) return true;
  }
  return false;
}

// One id per heading block (empty for other blocks), unique in the page.
std::vector<std::string> heading_ids(const Report& report) {
  std::vector<std::string> ids(report.blocks().size());
  std::set<std::string> used;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const auto* heading = std::get_if<Heading>(&report.blocks()[i]);
    if (!heading) continue;
    std::string base = slug(heading->text);
    if (is_reserved(base)) base = "section-" + base;
    std::string id = base;
    for (int n = 2; used.count(id); ++n)
      id = base + "-" + std::to_string(n);
    used.insert(id);
    ids[i] = id;
  }
  return ids;
}

class HtmlWriter {
 public:
  HtmlWriter(const Report& report, const HtmlOptions& options)
      : report_(report),
        options_(options),
        wording_(wording_for(report.language())),
        heading_ids_(heading_ids(report)) {}

  std::string write() {
    write_head();
    out_ += "<body>\n<div class=\"page\">\n";
    write_masthead();
    write_contents();
    for (current_ = 0; current_ < report_.blocks().size(); ++current_)
      std::visit([this](const auto& block) { write_block(block); }, report_.blocks()[current_]);
    out_ += "</div>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void write_head() {
    out_ += "<!DOCTYPE html>\n<html lang=\"" + escape_xml(report_.language()) + "\">\n<head>\n";
    out_ += "<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<title>" + escape_xml(report_.title()) + "</title>\n";
    out_ += "<style>\n" + std::string(report_stylesheet()) + "</style>\n</head>\n";
  }

  void write_masthead() {
    out_ += "<div class=\"masthead\">\n<h1>" + escape_xml(report_.title()) + "</h1>\n";
    if (!report_.subtitle().empty())
      out_ += "<p class=\"subtitle\">" + escape_xml(report_.subtitle()) + "</p>\n";
    if (!report_.date().empty())
      out_ += "<p class=\"date\">" + escape_xml(report_.date()) + "</p>\n";
    out_ += "</div>\n";
  }

  // Level-2 headings, and level-1 ones as parts above them; only when there are two or more.
  void write_contents() {
    std::string items;
    int count = 0;
    for (std::size_t i = 0; i < report_.blocks().size(); ++i) {
      const auto* heading = std::get_if<Heading>(&report_.blocks()[i]);
      if (!heading || heading->level > 2) continue;
      ++count;
      items += std::string("<li class=\"") + (heading->level == 1 ? "toc-part" : "toc-section") +
               "\"><a href=\"#" + heading_ids_[i] + "\">" + escape_xml(heading->text) +
               "</a></li>\n";
    }
    if (count < 2) return;
    out_ += "<div class=\"toc\" role=\"navigation\">\n<p class=\"toc-title\">" +
            std::string(wording_.contents) + "</p>\n<ul>\n" + items + "</ul>\n</div>\n";
  }

  void write_block(const Heading& heading) {
    const std::string tag = "h" + std::to_string(heading.level);
    out_ += "<" + tag + " id=\"" + escape_xml(heading_ids_[current_]) + "\">" +
            escape_xml(heading.text) + "</" + tag + ">\n";
  }

  void write_block(const Paragraph& paragraph) {
    out_ += "<p>" + escape_xml(paragraph.text) + "</p>\n";
  }

  void write_block(const BulletList& list) {
    if (list.items.empty()) return;
    out_ += "<ul>\n";
    for (const auto& item : list.items)
      out_ += "<li>" + escape_xml(item) + "</li>\n";
    out_ += "</ul>\n";
  }

  void write_block(const Note& note) {
    const std::string title = note.title.empty() ? std::string(wording_.note) : note.title;
    out_ += "<div class=\"note\" role=\"note\">\n<p class=\"note-title\">" + escape_xml(title) +
            "</p>\n<p>" + escape_xml(note.text) + "</p>\n</div>\n";
  }

  void write_block(const Table& table) {
    ++tables_;
    const std::string number = std::to_string(tables_);
    const std::vector<bool> numeric = numeric_columns(table);
    out_ += "<div class=\"table-wrap\">\n<table id=\"table-" + number + "\">\n";
    out_ += "<caption>" + caption_html(wording_.table, number, table.caption) + "</caption>\n";
    if (!table.columns.empty()) {
      out_ += "<thead>\n<tr>";
      for (std::size_t c = 0; c < table.columns.size(); ++c)
        out_ += std::string("<th scope=\"col\"") + (numeric[c] ? " class=\"num\"" : "") + ">" +
                escape_xml(table.columns[c]) + "</th>";
      out_ += "</tr>\n</thead>\n";
    }
    out_ += "<tbody>\n";
    for (const auto& row : table.rows) {
      out_ += "<tr>";
      for (std::size_t c = 0; c < row.size(); ++c)
        out_ += std::string("<td") + (numeric[c] ? " class=\"num\"" : "") + ">" +
                escape_xml(format_value(row[c], table.decimals, wording_.decimal_mark)) + "</td>";
      out_ += "</tr>\n";
    }
    if (table.rows.empty())
      out_ += "<tr><td class=\"empty\" colspan=\"" +
              std::to_string(std::max<std::size_t>(1, table.columns.size())) + "\">" +
              std::string(wording_.no_rows) + "</td></tr>\n";
    out_ += "</tbody>\n</table>\n</div>\n";
  }

  void write_block(const KeyFigures& figures) {
    if (figures.figures.empty()) return;
    out_ += "<div class=\"keyfigures\">\n";
    for (const auto& figure : figures.figures) {
      out_ += "<div class=\"keyfigure\"><span class=\"keyfigure-value\">" +
              escape_xml(key_figure_text(figure.value)) +
              "</span><span class=\"keyfigure-label\">" + escape_xml(figure.label) +
              "</span></div>\n";
    }
    out_ += "</div>\n";
  }

  void write_block(const Quotation& quotation) {
    out_ += "<blockquote>\n<p>" + escape_xml(quotation.text) + "</p>\n<p class=\"attribution\">";
    if (!quotation.source.empty()) out_ += "\xE2\x80\x94 " + escape_xml(quotation.source) + " ";
    out_ +=
        "<span class=\"locator\">(" +
        escape_xml(locator(wording_, quotation.file, quotation.first_line, quotation.last_line)) +
        ")</span></p>\n</blockquote>\n";
  }

  void write_block(const BarChart& chart) {
    if (!has_figure(chart)) {
      write_empty_figure(chart.title, wording_.no_bars);
      return;
    }
    ++figures_;
    std::string alt = chart.title;
    for (std::size_t i = 0; i < chart.bars.size() && i < kMaxBarsInAltText; ++i) {
      alt += (i == 0 ? ": " : "; ") + chart.bars[i].label + " " +
             format_measure(chart.bars[i].value, chart.decimals, wording_.decimal_mark);
    }
    write_figure(render_bar_chart_svg(chart, wording_.decimal_mark), alt, chart.title, "");
  }

  void write_block(const ConceptMap& map) {
    if (!has_figure(map)) {
      write_empty_figure(map.title, wording_.no_pairs);
      return;
    }
    ++figures_;
    const std::string prefix = "figure-" + std::to_string(figures_) + "-";
    std::string legend;
    const auto colours = group_colours(map);
    if (!colours.empty()) {
      legend = "<ul class=\"legend\" aria-label=\"" + std::string(wording_.groups) + "\">\n";
      for (const auto& colour : colours)
        legend += "<li><span class=\"swatch\" style=\"background: " + colour.fill +
                  "; border-color: " + colour.stroke + "\"></span>" + escape_xml(colour.group) +
                  "</li>\n";
      legend += "</ul>\n";
    }
    write_figure(render_concept_map_svg(map, prefix), map.title, map.title, legend);
  }

  void write_figure(const std::string& svg, const std::string& alt, const std::string& title,
                    const std::string& legend) {
    const std::string number = std::to_string(figures_);
    out_ += "<div class=\"figure\" id=\"figure-" + number + "\">\n";
    const double smallest_width = svg_width_in_pixels(svg) * kSmallestScale;
    const bool scrolls = smallest_width > kColumnPixels;
    if (scrolls)
      out_ += "<div class=\"figure-scroll\"><div style=\"width: " +
              format_decimal(smallest_width, 0, '.') + "px\">\n";
    if (options_.inline_svg)
      out_ += svg;
    else
      out_ += "<img src=\"" + svg_data_uri(svg) + "\" alt=\"" + escape_xml(alt) + "\">\n";
    if (scrolls) out_ += "</div></div>\n";
    out_ += "<p class=\"caption\">" + caption_html(wording_.figure, number, title) + "</p>\n";
    out_ += legend + "</div>\n";
  }

  void write_empty_figure(const std::string& title, std::string_view message) {
    out_ += "<p class=\"empty\">";
    if (!title.empty()) out_ += escape_xml(title) + ": ";
    out_ += std::string(message) + "</p>\n";
  }

  std::string caption_html(std::string_view kind, const std::string& number,
                           const std::string& text) const {
    std::string html =
        "<span class=\"caption-label\">" + std::string(kind) + " " + number + ".</span>";
    if (!text.empty()) html += " " + escape_xml(text);
    return html;
  }

  std::string key_figure_text(const store::Value& value) const {
    if (const auto* d = std::get_if<double>(&value))
      return format_measure(*d, 2, wording_.decimal_mark);
    return format_value(value, 2, wording_.decimal_mark);
  }

  const Report& report_;
  const HtmlOptions& options_;
  const Wording& wording_;
  const std::vector<std::string> heading_ids_;
  std::size_t current_ = 0;
  int tables_ = 0;
  int figures_ = 0;
  std::string out_;
};

}  // namespace

std::string render_html(const Report& report, const HtmlOptions& options) {
  return HtmlWriter(report, options).write();
}

}  // namespace report
