// export/xlsx_sheet_writer.cpp — cells, header, widths and filter of one worksheet.
#include "export/xlsx_sheet_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "export/utf8_text.hpp"

namespace exporter {

namespace {

constexpr std::int64_t kMaxExactInteger = std::int64_t{1} << 53;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
// Room for the filter button Excel draws at the right of each header cell, and for bold.
constexpr std::size_t kHeaderExtraWidth = 3;

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// True when `text` starts with the form "_xHHHH_" that Excel reads as an escape.
bool starts_with_escape_form(std::string_view text) {
  return text.size() >= 7 && text[0] == '_' && text[1] == 'x' && is_hex_digit(text[2]) &&
         is_hex_digit(text[3]) && is_hex_digit(text[4]) && is_hex_digit(text[5]) && text[6] == '_';
}

// Length in bytes of the UTF-8 character that starts with `lead` (valid UTF-8 assumed).
std::size_t character_length(char lead) {
  const auto c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

}  // namespace

std::string xlsx_cell_text(std::string_view text) {
  const std::string valid = valid_utf8(text);
  std::string_view rest = valid;
  std::string out;
  out.reserve(std::min(rest.size(), kMaxCellLength * 4));
  std::size_t units = 0;  // UTF-16 units in `out`
  while (!rest.empty()) {
    const bool escape = starts_with_escape_form(rest);
    const std::size_t length = character_length(rest.front());
    const std::size_t added = (escape ? 6 : 0) + (length == 4 ? 2 : 1);  // "_x005F" is 6
    // Keep one unit for the ellipsis unless this is the last character.
    const std::size_t reserve = rest.size() > length ? 1 : 0;
    if (units + added + reserve > kMaxCellLength) {
      out += kEllipsis;
      return out;
    }
    if (escape) out += "_x005F";
    out += rest.substr(0, length);
    units += added;
    rest.remove_prefix(length);
  }
  return out;
}

void XlsxSheetWriter::check(int error, std::uint32_t row, std::size_t column) const {
  if (error == LXW_NO_ERROR) return;
  throw std::runtime_error("cannot write cell " + column_letters(column) + std::to_string(row + 1) +
                           " of sheet '" + name_ +
                           "': " + lxw_strerror(static_cast<lxw_error>(error)));
}

void XlsxSheetWriter::write_text(std::uint32_t row, std::size_t column, std::string_view text,
                                 lxw_format* format) {
  const std::string cell = xlsx_cell_text(text);
  check(worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(column), cell.c_str(), format),
        row, column);
}

void XlsxSheetWriter::begin(const std::vector<std::string>& columns) {
  if (begun_) throw std::logic_error("XlsxSheetWriter::begin called twice for " + name_);
  begun_ = true;
  if (columns.size() > kMaxColumns) {
    throw std::runtime_error("sheet '" + name_ + "': " + std::to_string(columns.size()) +
                             " columns, more than the " + std::to_string(kMaxColumns) +
                             " an Excel sheet holds; select fewer columns");
  }
  widths_.clear();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    write_text(0, i, columns[i], header_format_);
    widths_.push_back(longest_line_width(columns[i]) + kHeaderExtraWidth);
  }
  worksheet_freeze_panes(sheet_, 1, 0);
  next_row_ = 1;
}

void XlsxSheetWriter::write_cell(std::uint32_t row, std::size_t column, const store::Value& value) {
  const auto col = static_cast<lxw_col_t>(column);
  std::string shown;  // what the cell shows, for the column width
  if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    shown = to_text(value);
    if (*integer >= -kMaxExactInteger && *integer <= kMaxExactInteger) {
      check(worksheet_write_number(sheet_, row, col, static_cast<double>(*integer), nullptr), row,
            column);
    } else {
      write_text(row, column, shown, nullptr);
    }
  } else if (const auto* real = std::get_if<double>(&value)) {
    if (!std::isfinite(*real)) return;
    shown = to_text(value);
    check(worksheet_write_number(sheet_, row, col, *real, nullptr), row, column);
  } else if (!store::is_null(value)) {
    shown = to_text(value);
    if (shown.empty()) return;
    write_text(row, column, shown, nullptr);
  }
  widths_[column] = std::max(widths_[column], longest_line_width(shown));
}

void XlsxSheetWriter::row(const std::vector<store::Value>& values) {
  if (!begun_ || ended_) throw std::logic_error("XlsxSheetWriter::row outside begin..end");
  if (next_row_ >= kMaxRows) {
    throw std::runtime_error("sheet '" + name_ + "': more than " + std::to_string(kMaxRows - 1) +
                             " rows, the most an Excel sheet holds below its header; "
                             "export fewer rows (LIMIT) or split them over several sheets");
  }
  for (std::size_t i = 0; i < values.size() && i < widths_.size(); ++i)
    write_cell(next_row_, i, values[i]);
  ++next_row_;
}

void XlsxSheetWriter::end() {
  if (ended_ || !begun_) return;
  ended_ = true;
  if (widths_.empty()) return;
  for (std::size_t i = 0; i < widths_.size(); ++i) {
    const auto col = static_cast<lxw_col_t>(i);
    const double width = static_cast<double>(std::min(widths_[i], kMaxColumnWidth));
    check(worksheet_set_column(sheet_, col, col, width, nullptr), 0, i);
  }
  const auto last_column = static_cast<lxw_col_t>(widths_.size() - 1);
  check(worksheet_autofilter(sheet_, 0, 0, next_row_ - 1, last_column), 0, 0);
}

}  // namespace exporter
