// export/table_writer.hpp — rows as an aligned plain-text table for the terminal.
#pragma once

#include "export/row_writer.hpp"

namespace exporter {

class TableWriter : public RowWriter {
 public:
  explicit TableWriter(std::ostream& out, std::size_t max_cell_width = 60)
      : out_(out), max_cell_width_(max_cell_width) {}
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  void end() override;

 private:
  std::ostream& out_;
  std::size_t max_cell_width_;
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> cells_;
  std::vector<bool> numeric_;  // per column: right-align when every value is a number
};

// Number of characters (code points) in UTF-8 text: its width on a terminal, roughly.
std::size_t display_width(std::string_view text);

}  // namespace exporter
