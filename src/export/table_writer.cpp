// export/table_writer.cpp — column widths from the widest cell, long cells cut with '…'.
#include "export/table_writer.hpp"

#include <algorithm>

namespace exporter {

namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Cuts `text` to at most `width` characters, ending in '…' when it was cut; line breaks
// become spaces so that one row stays one line.
std::string fit(std::string text, std::size_t width) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');
  if (display_width(text) <= width) return text;
  std::size_t kept = 0;
  std::size_t i = 0;
  while (i < text.size() && kept + 1 < width) {
    ++i;
    while (i < text.size() && is_continuation_byte(text[i]))
      ++i;
    ++kept;
  }
  return text.substr(0, i) + "\xE2\x80\xA6";
}

void pad(std::ostream& out, const std::string& text, std::size_t width, bool right) {
  const std::size_t fill = width - std::min(width, display_width(text));
  if (right)
    out << std::string(fill, ' ') << text;
  else
    out << text << std::string(fill, ' ');
}

}  // namespace

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

void TableWriter::begin(const std::vector<std::string>& columns) {
  columns_ = columns;
  cells_.clear();
  numeric_.assign(columns.size(), true);
}

void TableWriter::row(const std::vector<store::Value>& values) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < values.size() && i < columns_.size(); ++i) {
    const bool number = std::holds_alternative<std::int64_t>(values[i]) ||
                        std::holds_alternative<double>(values[i]);
    if (!number && !store::is_null(values[i])) numeric_[i] = false;
    cells.push_back(fit(to_text(values[i]), max_cell_width_));
  }
  cells_.push_back(std::move(cells));
}

void TableWriter::end() {
  std::vector<std::size_t> widths;
  for (const auto& column : columns_)
    widths.push_back(display_width(column));
  for (const auto& cells : cells_) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(cells[i]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells, bool header) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out_ << "  ";
      const bool last = i + 1 == cells.size();
      if (last && !numeric_[i])
        out_ << cells[i];  // no trailing spaces
      else
        pad(out_, cells[i], widths[i], numeric_[i] && !header);
    }
    out_ << '\n';
  };
  line(columns_, true);
  std::vector<std::string> rule;
  for (std::size_t w : widths)
    rule.push_back(std::string(w, '-'));
  line(rule, true);
  for (const auto& cells : cells_)
    line(cells, false);
  out_ << "(" << cells_.size() << (cells_.size() == 1 ? " row)\n" : " rows)\n");
  out_.flush();
}

}  // namespace exporter
