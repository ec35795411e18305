// tests/export/write_fixture.cpp — writes the fixture table (fixture_table.hpp) in every
// row format into a folder, for read_back.py to read with the real clients:
//   fixture.{csv,tsv,json,ndjson,md,html,xlsx,txt}   default options
//   fixture-excel-nl.csv                               ';' separator, BOM, decimal comma
//   workbook.xlsx                                      several sheets, awkward sheet names
// Usage: export_fixture_writer FOLDER
#include <iostream>
#include <string>

#include "export/atomic_output_file.hpp"
#include "export/row_file.hpp"
#include "export/xlsx_workbook.hpp"
#include "fixture_table.hpp"

namespace {

void write_table(exporter::RowWriter& writer, const std::vector<std::string>& columns,
                 const std::vector<std::vector<store::Value>>& rows) {
  writer.begin(columns);
  for (const auto& row : rows)
    writer.row(row);
  writer.end();
}

void write_fixture(const std::filesystem::path& path, std::string_view format,
                   const exporter::ExportOptions& options = {}) {
  auto writer = exporter::open_row_file(path, format, options);
  write_table(*writer, export_fixture::columns(), export_fixture::rows());
}

// Sheets with names Excel refuses as they are, a name taken twice, and Excel's limits.
void write_workbook(const std::filesystem::path& path) {
  exporter::AtomicOutputFile file(path, exporter::AtomicOutputFile::Access::kByPath);
  exporter::XlsxWorkbook workbook(file.temporary_path());
  write_table(workbook.add_sheet("Fixture"), export_fixture::columns(), export_fixture::rows());
  write_table(workbook.add_sheet("Concepts [draft]: a/b?*\\c with a far too long name"),
              {"concept", "n"}, {{std::string("PLG"), std::int64_t{3}}});
  write_table(workbook.add_sheet("fixture"), {"x"}, {{std::string("second of that name")}});
  const std::string too_long(40000, 'a');
  write_table(workbook.add_sheet("limits"), {"text"},
              {{too_long}, {std::string(10, '\x01') + "end"}});
  workbook.close();
  file.commit();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: export_fixture_writer FOLDER\n";
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  try {
    for (const std::string format : {"csv", "tsv", "json", "ndjson", "md", "html", "xlsx"})
      write_fixture(folder / ("fixture." + format), format);
    write_fixture(folder / "fixture.txt", "table");
    write_fixture(folder / "fixture-excel-nl.csv", "csv",
                  {.separator = ';', .byte_order_mark = true, .decimal_comma = true});
    write_workbook(folder / "workbook.xlsx");
  } catch (const std::exception& e) {
    std::cerr << "export_fixture_writer: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
