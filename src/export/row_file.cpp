// export/row_file.cpp — a RowWriter that owns its AtomicOutputFile (and XlsxWorkbook).
#include "export/row_file.hpp"

#include <stdexcept>
#include <string>

#include "export/atomic_output_file.hpp"
#include "export/xlsx_workbook.hpp"

namespace exporter {

namespace {

// Any streamed format: the format's writer on the temporary file's stream.
class StreamFileWriter : public RowWriter {
 public:
  StreamFileWriter(const std::filesystem::path& path, std::string_view format,
                   const ExportOptions& options, OutputBudget* budget)
      : file_(path, AtomicOutputFile::Access::kStream, budget),
        writer_(make_row_writer(format, file_.stream(), options)) {}

  void begin(const std::vector<std::string>& columns) override { writer_->begin(columns); }
  void row(const std::vector<store::Value>& values) override { writer_->row(values); }
  void end() override {
    writer_->end();
    file_.commit();
  }

 private:
  AtomicOutputFile file_;
  std::unique_ptr<RowWriter> writer_;
};

// XLSX: a workbook of one sheet, written to the temporary file by libxlsxwriter.
class XlsxFileWriter : public RowWriter {
 public:
  XlsxFileWriter(const std::filesystem::path& path, const ExportOptions& options,
                 OutputBudget* budget)
      : file_(path, AtomicOutputFile::Access::kByPath, budget),
        workbook_(file_.temporary_path()),
        sheet_(workbook_.add_sheet(options.sheet_name.empty() ? path.stem().string()
                                                              : options.sheet_name)) {}

  void begin(const std::vector<std::string>& columns) override { sheet_.begin(columns); }
  void row(const std::vector<store::Value>& values) override { sheet_.row(values); }
  void end() override {
    sheet_.end();
    try {
      workbook_.close();
    } catch (const std::runtime_error& e) {
      throw std::runtime_error("cannot write " + file_.target().string() + ": " + e.what());
    }
    file_.commit();
  }

 private:
  AtomicOutputFile file_;  // declared first: removed last, after the workbook is freed
  XlsxWorkbook workbook_;
  RowWriter& sheet_;
};

}  // namespace

std::unique_ptr<RowWriter> open_row_file(const std::filesystem::path& path, std::string_view format,
                                         const ExportOptions& options, OutputBudget* budget) {
  if (!is_row_format(format)) {
    throw std::invalid_argument("unknown table format '" + std::string(format) + "' for " +
                                path.string());
  }
  if (format == "xlsx") return std::make_unique<XlsxFileWriter>(path, options, budget);
  return std::make_unique<StreamFileWriter>(path, format, options, budget);
}

}  // namespace exporter
