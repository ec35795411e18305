// export/row_writer.hpp — the interface every tabular writer implements: header, rows, end.
//
// Writers format the rows they are given and know nothing of where the rows come from.
// Streaming writers (CSV, JSON) write each row as it arrives, so memory stays flat however
// many rows there are; the aligned table must see every row before it can write any.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/value.hpp"

namespace exporter {

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void begin(const std::vector<std::string>& columns) = 0;
  virtual void row(const std::vector<store::Value>& values) = 0;
  virtual void end() = 0;
};

// The formats `conceptdb query --format` knows, by name.
const std::vector<std::string_view>& row_formats();

// A writer for `format` (one of row_formats()) writing to `out`; nullptr for an unknown one.
std::unique_ptr<RowWriter> make_row_writer(std::string_view format, std::ostream& out);

// A value as plain text: integers exactly, floats with up to 15 significant digits, NULL
// as the empty string, a blob as "<N bytes>".
std::string to_text(const store::Value& value);

}  // namespace exporter
