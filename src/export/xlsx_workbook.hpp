// export/xlsx_workbook.hpp — an Excel workbook (.xlsx) of one or more sheets, written with
// libxlsxwriter.
//
// The workbook is built in libxlsxwriter's constant-memory mode: each row goes to a
// temporary file as soon as the next one starts, so memory stays flat however many rows a
// sheet has. Column widths can still be set at the end of a sheet, because the library
// writes them when it assembles the file in close(). The temporary files are made in the
// folder of the workbook (where the workbook must fit anyway), not in a /tmp that may be
// small. (Where they cannot be made, libxlsxwriter silently keeps the rows in memory.)
//
// Not safe for use from several threads. Write a file through AtomicOutputFile (or use
// open_row_file) so that a failure half-way leaves an old file as it was.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "export/row_writer.hpp"

struct lxw_workbook;
struct lxw_format;

namespace exporter {

class XlsxSheetWriter;

class XlsxWorkbook {
 public:
  // A workbook that close() will write to `path`. Nothing is written before close().
  // Throws std::runtime_error when libxlsxwriter cannot start one.
  explicit XlsxWorkbook(std::filesystem::path path);
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;
  // Without close(): frees everything and writes no file.
  ~XlsxWorkbook();

  // Adds a sheet named `name` made valid and unique (valid_sheet_name: see sheet_name.hpp;
  // sheet_names() tells the name it got) and returns the writer for it, which lives as
  // long as the workbook. Call begin(), row() ..., end() on it; sheets may be written one
  // after another or side by side. Throws std::runtime_error after close().
  RowWriter& add_sheet(std::string_view name);

  // The names of the sheets, in order, as they are in the file.
  const std::vector<std::string>& sheet_names() const { return names_; }

  // Ends every sheet not yet ended and writes the file. Throws std::runtime_error naming
  // the path and libxlsxwriter's reason when it cannot. The workbook is finished either
  // way: no sheet can be added or written after it.
  void close();

  const std::filesystem::path& path() const { return path_; }

 private:
  struct WorkbookDeleter {
    void operator()(lxw_workbook* workbook) const noexcept;
  };

  std::filesystem::path path_;
  std::string temporary_folder_;  // must outlive the workbook, which keeps a pointer to it
  std::unique_ptr<lxw_workbook, WorkbookDeleter> workbook_;
  lxw_format* header_format_ = nullptr;  // owned by the workbook
  std::vector<std::unique_ptr<XlsxSheetWriter>> sheets_;
  std::vector<std::string> names_;
};

}  // namespace exporter
