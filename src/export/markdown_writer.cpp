// export/markdown_writer.cpp — escaping cells, choosing alignment, padding columns.
#include "export/markdown_writer.hpp"

#include <algorithm>

#include "export/table_writer.hpp"
#include "export/utf8_text.hpp"

namespace exporter {

namespace {

// ASCII punctuation that starts inline syntax inside a cell: escapes (\), code spans (`),
// emphasis (* _), strikethrough (~), links ([ ]), raw HTML and autolinks (< >), entities
// (&), and the cell boundary (|). GFM lets a backslash escape any ASCII punctuation.
constexpr std::string_view kEscaped = "\\`*_~[]<>&|";

}  // namespace

std::string markdown_cell(std::string_view text) {
  const std::string valid = valid_utf8(text);
  std::string_view rest = valid;
  std::string out;
  out.reserve(rest.size());
  while (!rest.empty()) {
    if (const std::size_t n = line_break_length(rest); n > 0) {
      out += "<br>";
      rest.remove_prefix(n);
      continue;
    }
    const char c = rest.front();
    if (c == '\t') {
      out += "&#9;";  // a literal tab would be read as a space
    } else {
      if (kEscaped.find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
    rest.remove_prefix(1);
  }
  return out;
}

void MarkdownWriter::begin(const std::vector<std::string>& columns) {
  header_.clear();
  for (const auto& column : columns)
    header_.push_back(markdown_cell(column));
  rows_.clear();
  has_number_.assign(columns.size(), false);
  has_other_.assign(columns.size(), false);
}

void MarkdownWriter::row(const std::vector<store::Value>& values) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < values.size() && i < header_.size(); ++i) {
    if (is_number(values[i])) {
      has_number_[i] = true;
    } else if (!store::is_null(values[i])) {
      has_other_[i] = true;
    }
    cells.push_back(markdown_cell(to_text(values[i])));
  }
  cells.resize(header_.size());
  rows_.push_back(std::move(cells));
}

void MarkdownWriter::write_line(const std::vector<std::string>& cells,
                                const std::vector<std::size_t>& widths, bool align_numbers) {
  std::string line = "|";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::size_t width = display_width(cells[i]);
    const std::string fill(widths[i] - std::min(widths[i], width), ' ');
    const bool right = align_numbers && has_number_[i] && !has_other_[i];
    line += ' ';
    line += right ? fill + cells[i] : cells[i] + fill;
    line += " |";
  }
  line += '\n';
  out_ << line;
}

void MarkdownWriter::end() {
  if (header_.empty()) return;                         // a pipe table needs at least one column
  std::vector<std::size_t> widths(header_.size(), 3);  // "---" is the shortest delimiter
  auto widen = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::size_t width = display_width(cells[i]);
      if (width <= kMaxPaddedWidth) widths[i] = std::max(widths[i], width);
    }
  };
  widen(header_);
  for (const auto& cells : rows_)
    widen(cells);

  write_line(header_, widths, false);
  std::vector<std::string> delimiters;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const bool right = has_number_[i] && !has_other_[i];
    delimiters.push_back(right ? std::string(widths[i] - 1, '-') + ':'
                               : std::string(widths[i], '-'));
  }
  write_line(delimiters, widths, false);
  for (const auto& cells : rows_)
    write_line(cells, widths, true);
  out_.flush();
}

}  // namespace exporter
