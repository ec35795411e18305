// export/xlsx_sheet_writer.hpp — one worksheet of an XlsxWorkbook as a RowWriter.
//
// The header row is bold, frozen (it stays in view while scrolling) and carries an
// autofilter over the whole table. Cells:
// - integers as numbers while a double holds them exactly (|v| <= 2^53); larger ones as
//   text with their exact digits, because Excel would round them silently (it keeps 15
//   significant digits) and nothing in the file could tell;
// - floats as numbers; NaN and infinities (which Excel cannot hold) as empty cells;
// - text always as text, never as a formula or a number: "=1+1" and "007" stay as they are
//   (xlsx_cell_text shows what is done to it);
// - NULL as an empty cell, and so the empty string (libxlsxwriter writes no empty text);
// - a blob as "<N bytes>".
// Column widths follow the content: the widest line of any cell in characters, at least
// the header's width plus room for the filter button, at most kMaxColumnWidth.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "export/row_writer.hpp"

struct lxw_worksheet;
struct lxw_format;

namespace exporter {

// The most characters an Excel cell holds.
inline constexpr std::size_t kMaxCellLength = 32767;

// `text` as libxlsxwriter must be given it to come back exactly: invalid UTF-8 as U+FFFD; a
// literal "_xHHHH_" (which Excel reads as the escape of character U+HHHH) with its '_'
// escaped as "_x005F_"; cut to fit kMaxCellLength (UTF-16 units, escapes included), ending
// in "…" when cut. libxlsxwriter itself writes control characters as "_xHHHH_" escapes.
std::string xlsx_cell_text(std::string_view text);

class XlsxSheetWriter : public RowWriter {
 public:
  // Excel's limits.
  static constexpr std::uint32_t kMaxRows = 1048576;  // the header row included
  static constexpr std::size_t kMaxColumns = 16384;
  // Widest column, in characters: wider columns make a sheet hard to scan.
  static constexpr std::size_t kMaxColumnWidth = 60;

  // `sheet` and `header_format` belong to the workbook, which outlives this writer.
  XlsxSheetWriter(lxw_worksheet* sheet, lxw_format* header_format, std::string name)
      : sheet_(sheet), header_format_(header_format), name_(std::move(name)) {}

  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  // Sets the column widths and the autofilter; called by XlsxWorkbook::close() when the
  // caller did not. A second call does nothing.
  void end() override;

  const std::string& name() const { return name_; }

 private:
  void write_cell(std::uint32_t row, std::size_t column, const store::Value& value);
  void write_text(std::uint32_t row, std::size_t column, std::string_view text, lxw_format* format);
  void check(int error, std::uint32_t row, std::size_t column) const;

  lxw_worksheet* sheet_;
  lxw_format* header_format_;
  std::string name_;
  std::uint32_t next_row_ = 0;
  std::vector<std::size_t> widths_;  // per column, in characters
  bool begun_ = false;
  bool ended_ = false;
};

}  // namespace exporter
