// export/row_file.hpp — a table written to a file atomically, in any row format (XLSX too).
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

#include "export/row_writer.hpp"

namespace exporter {

class OutputBudget;

// A writer that writes `format` (one of row_formats()) to `path` through an
// AtomicOutputFile: end() finishes the table and puts the file in place; a writer destroyed
// before end() (an exception half-way) leaves whatever was at `path` untouched and no
// temporary file behind. For xlsx the table is one sheet, named options.sheet_name or
// else the file's stem.
// Throws std::invalid_argument for an unknown format, std::runtime_error naming the path
// and the reason when the file cannot be created (here) or written (in row() or end()).
// With a `budget` (not owned; it must outlive the writer), the file's bytes are charged to
// it and end() throws OutputLimitError past it (see AtomicOutputFile).
std::unique_ptr<RowWriter> open_row_file(const std::filesystem::path& path, std::string_view format,
                                         const ExportOptions& options = {},
                                         OutputBudget* budget = nullptr);

}  // namespace exporter
