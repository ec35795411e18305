// export/row_writer.hpp — the interface every tabular writer implements: header, rows, end;
// the format names, their options, and choosing a writer by name or by file extension.
//
// Writers format the rows they are given and know nothing of where the rows come from.
// Streaming writers (CSV, TSV, JSON, NDJSON, HTML, XLSX) write each row as it arrives, so
// memory stays flat however many rows there are; the aligned terminal table and the Markdown
// table must see every row before they can write any (column widths and alignment).
//
// Values, the same in every format: integers exact (64-bit), floats with up to 15
// significant digits (to_text), a blob as "<N bytes>". NULL is an empty cell in CSV, TSV,
// Markdown, HTML and XLSX, and null in JSON and NDJSON.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/value.hpp"

namespace exporter {

// Writes one table: begin() once with the column names, row() for each row (as many values
// as columns), end() once. Writers throw std::runtime_error (or a subclass) on failure; what
// they wrote before the failure is incomplete, which is why files are written atomically
// (AtomicOutputFile, open_row_file).
class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void begin(const std::vector<std::string>& columns) = 0;
  virtual void row(const std::vector<store::Value>& values) = 0;
  virtual void end() = 0;
};

// How a table is written; each field applies to the formats named and is ignored by others.
struct ExportOptions {
  // CSV: the field separator. ';' is what Excel expects in Dutch (and other comma-decimal)
  // locales. TSV always uses a tab.
  char separator = ',';
  // CSV, TSV: start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8
  // (without it, Excel reads "één" as "Ã©Ã©n").
  bool byte_order_mark = false;
  // CSV, TSV: floats with a decimal comma ("0,25"), as Excel reads numbers in a Dutch
  // locale; with it a Dutch Excel does not take "0.125" for 125. Integers are unchanged.
  bool decimal_comma = false;
  // XLSX: the name of the sheet (made valid: see sheet_name.hpp); empty: the file's stem.
  std::string sheet_name = {};
};

// The formats by name: table, csv, tsv, json, ndjson, md, html, xlsx.
const std::vector<std::string_view>& row_formats();

// True for a name in row_formats().
bool is_row_format(std::string_view format);

// False for the formats that must be written to a file of their own (xlsx: a zip archive
// is written whole by libxlsxwriter); true for those that can go to any stream.
bool writes_to_stream(std::string_view format);

// The format for a file name, by its extension (case-insensitive): .csv, .tsv (.tab),
// .json, .ndjson (.jsonl), .md (.markdown), .html (.htm), .xlsx. Empty when the extension
// is none of these.
std::string format_from_extension(const std::filesystem::path& path);

// A writer for `format` writing to `out`; nullptr for a name not in row_formats(). Throws
// std::invalid_argument for xlsx, which needs a file (open_row_file, XlsxWorkbook).
std::unique_ptr<RowWriter> make_row_writer(std::string_view format, std::ostream& out,
                                           const ExportOptions& options = {});

// A value as plain text: integers exactly, floats with up to 15 significant digits (and a
// ".0" when they would look like integers), NULL as the empty string, a blob as "<N bytes>".
std::string to_text(const store::Value& value);

// to_text of a float, written into `buffer` (no allocation, for writers on a hot path); the
// text returned points into the buffer.
using FloatText = std::array<char, 40>;
std::string_view float_text(double value, FloatText& buffer);

// True for integers and floats (the values a spreadsheet or a table aligns as numbers).
bool is_number(const store::Value& value);

}  // namespace exporter
