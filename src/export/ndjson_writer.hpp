// export/ndjson_writer.hpp — rows as newline-delimited JSON (NDJSON, JSON Lines): one object
// per line, streamed; the same values as JsonWriter. No rows: no lines (an empty file).
#pragma once

#include "export/row_writer.hpp"

namespace exporter {

class NdjsonWriter : public RowWriter {
 public:
  explicit NdjsonWriter(std::ostream& out) : out_(out) {}
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  void end() override;

 private:
  std::ostream& out_;
  std::vector<std::string> keys_;  // the column names, already JSON-quoted
};

}  // namespace exporter
