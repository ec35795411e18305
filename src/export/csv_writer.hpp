// export/csv_writer.hpp — RFC 4180 CSV (or TSV) rows, streamed.
#pragma once

#include "export/row_writer.hpp"

namespace exporter {

struct CsvOptions {
  char separator = ',';
  bool byte_order_mark = false;  // for Excel to read UTF-8
};

class CsvWriter : public RowWriter {
 public:
  CsvWriter(std::ostream& out, CsvOptions options = {}) : out_(out), options_(options) {}
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  void end() override;

 private:
  void field(std::string_view text);

  std::ostream& out_;
  CsvOptions options_;
};

}  // namespace exporter
