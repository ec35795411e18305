// export/xlsx_workbook.cpp — the libxlsxwriter workbook handle, its sheets and its close.
#include "export/xlsx_workbook.hpp"

#include <xlsxwriter.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "export/sheet_name.hpp"
#include "export/xlsx_sheet_writer.hpp"

namespace exporter {

namespace {

// The errors that come from a failed system call, whose errno says why (disk full ...).
bool is_file_error(lxw_error error) {
  switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return true;
    default:
      return false;
  }
}

}  // namespace

void XlsxWorkbook::WorkbookDeleter::operator()(lxw_workbook* workbook) const noexcept {
  lxw_workbook_free(workbook);
}

XlsxWorkbook::XlsxWorkbook(std::filesystem::path path) : path_(std::move(path)) {
  const auto folder = path_.parent_path();
  temporary_folder_ = folder.empty() ? "." : folder.string();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = temporary_folder_.data();
  workbook_.reset(workbook_new_opt(path_.c_str(), &options));
  if (!workbook_) {
    throw std::runtime_error("cannot start the workbook " + path_.string() +
                             ": libxlsxwriter is out of memory");
  }
  header_format_ = workbook_add_format(workbook_.get());
  if (header_format_ == nullptr) {
    throw std::runtime_error("cannot start the workbook " + path_.string() +
                             ": libxlsxwriter is out of memory");
  }
  format_set_bold(header_format_);
}

XlsxWorkbook::~XlsxWorkbook() = default;

RowWriter& XlsxWorkbook::add_sheet(std::string_view name) {
  if (!workbook_) {
    throw std::runtime_error("cannot add sheet '" + std::string(name) + "' to " + path_.string() +
                             ": the workbook is already closed");
  }
  std::string valid = valid_sheet_name(name, names_);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_.get(), valid.c_str());
  if (sheet == nullptr) {
    // The name is valid, so libxlsxwriter ran out of memory (its message is on stderr).
    throw std::runtime_error("cannot add sheet '" + valid + "' to " + path_.string() +
                             ": libxlsxwriter refused it");
  }
  sheets_.push_back(std::make_unique<XlsxSheetWriter>(sheet, header_format_, valid));
  names_.push_back(std::move(valid));
  return *sheets_.back();
}

void XlsxWorkbook::close() {
  if (!workbook_) throw std::runtime_error("the workbook " + path_.string() + " is already closed");
  for (auto& sheet : sheets_)
    sheet->end();
  errno = 0;
  // workbook_close frees the workbook whatever it returns.
  const lxw_error error = workbook_close(workbook_.release());
  const int system_error = errno;
  sheets_.clear();
  if (error == LXW_NO_ERROR) return;
  std::string message = "cannot write the workbook " + path_.string() + ": " + lxw_strerror(error);
  if (is_file_error(error) && system_error != 0) {
    message += std::string(" (") + std::strerror(system_error) + ")";
  }
  throw std::runtime_error(message);
}

}  // namespace exporter
