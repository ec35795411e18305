// report/markdown_renderer.cpp — the blocks of a report as Markdown text.
#include "report/markdown_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "report/bar_chart_svg.hpp"
#include "report/concept_map_svg.hpp"
#include "report/error.hpp"
#include "report/numbers.hpp"
#include "report/text.hpp"
#include "report/wording.hpp"

namespace report {

namespace {

bool is_file_name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

class MarkdownWriter {
 public:
  // `figure_stem` empty: no figure files.
  MarkdownWriter(const Report& report, std::string figure_stem)
      : report_(report), wording_(wording_for(report.language())), stem_(std::move(figure_stem)) {}

  MarkdownWithFigures write() {
    out_ += "# " + escape_markdown(report_.title()) + "\n";
    if (!report_.subtitle().empty()) out_ += "\n*" + escape_markdown(report_.subtitle()) + "*\n";
    if (!report_.date().empty()) out_ += "\n" + escape_markdown(report_.date()) + "\n";
    for (const auto& block : report_.blocks()) {
      out_ += "\n";
      std::visit([this](const auto& b) { write_block(b); }, block);
    }
    return MarkdownWithFigures{std::move(out_), std::move(figures_)};
  }

 private:
  void write_block(const Heading& heading) {
    out_ += std::string(static_cast<std::size_t>(heading.level), '#') + " " +
            escape_markdown(heading.text) + "\n";
  }

  void write_block(const Paragraph& paragraph) { out_ += escape_markdown(paragraph.text) + "\n"; }

  void write_block(const BulletList& list) {
    for (const auto& item : list.items)
      out_ += "- " + escape_markdown(item) + "\n";
  }

  void write_block(const Note& note) {
    const std::string title = note.title.empty() ? std::string(wording_.note) : note.title;
    std::string shown = escape_markdown(title);
    if (shown.empty() || std::string_view(".:!?").find(shown.back()) == std::string_view::npos)
      shown += '.';
    out_ += "> **" + shown + "** " + escape_markdown(note.text) + "\n";
  }

  void write_block(const Table& table) {
    ++tables_;
    out_ += caption(wording_.table, tables_, table.caption) + "\n\n";
    const std::vector<bool> numeric = numeric_columns(table);
    std::vector<std::string> header;
    for (const auto& column : table.columns)
      header.push_back(escape_markdown_cell(column));
    if (!header.empty()) {
      write_table_row(header);
      write_alignment_row(numeric);
    }
    for (const auto& row : table.rows) {
      std::vector<std::string> cells;
      for (const auto& value : row)
        cells.push_back(
            escape_markdown_cell(format_value(value, table.decimals, wording_.decimal_mark)));
      write_table_row(cells);
    }
    if (table.rows.empty())
      out_ += std::string(header.empty() ? "" : "\n") + "*" + std::string(wording_.no_rows) + "*\n";
  }

  void write_block(const KeyFigures& figures) {
    for (const auto& figure : figures.figures) {
      std::string value;
      if (const auto* d = std::get_if<double>(&figure.value))
        value = format_measure(*d, 2, wording_.decimal_mark);
      else
        value = format_value(figure.value, 2, wording_.decimal_mark);
      out_ += "- " + escape_markdown(figure.label) + ": **" + escape_markdown(value) + "**\n";
    }
  }

  void write_block(const Quotation& quotation) {
    out_ += "> " + escape_markdown(quotation.text) + "\n>\n> \xE2\x80\x94 ";
    if (!quotation.source.empty()) out_ += escape_markdown(quotation.source) + " ";
    out_ += "(" +
            escape_markdown(
                locator(wording_, quotation.file, quotation.first_line, quotation.last_line)) +
            ")\n";
  }

  void write_block(const BarChart& chart) {
    if (!has_figure(chart)) {
      write_empty_figure(chart.title, wording_.no_bars);
      return;
    }
    ++figure_count_;
    out_ += caption(wording_.figure, figure_count_, chart.title) + "\n\n";
    if (!stem_.empty()) add_figure(render_bar_chart_svg(chart, wording_.decimal_mark), chart.title);
    const bool whole = std::all_of(chart.bars.begin(), chart.bars.end(), [](const Bar& bar) {
      return bar.value == std::trunc(bar.value);
    });
    std::string value_header(wording_.value);
    if (!chart.unit.empty()) value_header += " (" + chart.unit + ")";
    write_table_row({std::string(wording_.label), escape_markdown_cell(value_header)});
    write_alignment_row({false, true});
    for (const auto& bar : chart.bars) {
      const std::string value =
          whole ? format_measure(bar.value, 0, wording_.decimal_mark)
                : format_decimal(bar.value, chart.decimals, wording_.decimal_mark);
      write_table_row({escape_markdown_cell(bar.label), value});
    }
  }

  void write_block(const ConceptMap& map) {
    if (!has_figure(map)) {
      write_empty_figure(map.title, wording_.no_pairs);
      return;
    }
    ++figure_count_;
    out_ += caption(wording_.figure, figure_count_, map.title) + "\n\n";
    if (!stem_.empty())
      add_figure(render_concept_map_svg(map, "figure-" + std::to_string(figure_count_) + "-"),
                 map.title);
    std::map<std::string, std::string> labels;
    for (const auto& node : map.nodes)
      labels[node.id] = node.label.empty() ? node.id : node.label;
    std::vector<ConceptEdge> edges = map.edges;
    // Strongest first; equal weights in the order the caller gave, so the list is stable.
    std::stable_sort(edges.begin(), edges.end(), [](const ConceptEdge& a, const ConceptEdge& b) {
      return a.weight > b.weight;
    });
    const std::size_t shown = std::min(edges.size(), kMaxLinksInMarkdown);
    out_ += std::string(wording_.strongest_links);
    if (shown < edges.size())
      out_ += " (" + std::to_string(shown) + "/" + std::to_string(edges.size()) + ")";
    out_ += ":\n\n";
    const bool whole = std::all_of(edges.begin(), edges.end(), [](const ConceptEdge& e) {
      return e.weight == std::trunc(e.weight);
    });
    for (std::size_t i = 0; i < shown; ++i) {
      const std::string weight = whole ? format_measure(edges[i].weight, 0, wording_.decimal_mark)
                                       : format_decimal(edges[i].weight, 2, wording_.decimal_mark);
      out_ += "- " + escape_markdown(labels[edges[i].source]) + " \xE2\x80\x93 " +
              escape_markdown(labels[edges[i].target]) + ": " + weight + "\n";
    }
  }

  void write_empty_figure(const std::string& title, std::string_view message) {
    if (!title.empty()) out_ += escape_markdown(title) + ": ";
    out_ += "*" + std::string(message) + "*\n";
  }

  void add_figure(std::string svg, const std::string& title) {
    const std::string name = stem_ + "-figure-" + std::to_string(figure_count_) + ".svg";
    std::string alt = std::string(wording_.figure) + " " + std::to_string(figure_count_) + ".";
    if (!title.empty()) alt += " " + escape_markdown(title);
    out_ += "![" + alt + "](" + name + ")\n\n";
    figures_.push_back(FigureFile{name, std::move(svg)});
  }

  std::string caption(std::string_view kind, int number, const std::string& text) const {
    std::string line = "**" + std::string(kind) + " " + std::to_string(number) + ".**";
    if (!text.empty()) line += " " + escape_markdown(text);
    return line;
  }

  void write_table_row(const std::vector<std::string>& cells) {
    out_ += "|";
    for (const auto& cell : cells)
      out_ += " " + cell + " |";
    out_ += "\n";
  }

  void write_alignment_row(const std::vector<bool>& right_aligned) {
    out_ += "|";
    for (const bool right : right_aligned)
      out_ += right ? " ---: |" : " --- |";
    out_ += "\n";
  }

  const Report& report_;
  const Wording& wording_;
  const std::string stem_;
  int tables_ = 0;
  int figure_count_ = 0;
  std::string out_;
  std::vector<FigureFile> figures_;
};

}  // namespace

std::string render_markdown(const Report& report) {
  return MarkdownWriter(report, "").write().markdown;
}

MarkdownWithFigures render_markdown_with_figures(const Report& report,
                                                 std::string_view figure_stem) {
  if (figure_stem.empty() ||
      !std::all_of(figure_stem.begin(), figure_stem.end(), is_file_name_character))
    throw ReportError("\"" + std::string(figure_stem) +
                      "\" cannot start the names of figure files; use only ASCII letters, "
                      "digits, '.', '_' and '-', e.g. the Markdown file's name without .md");
  return MarkdownWriter(report, std::string(figure_stem)).write();
}

}  // namespace report
