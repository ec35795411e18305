// export/json_writer.hpp — rows as a JSON array of objects (one object per row), streamed.
#pragma once

#include "export/row_writer.hpp"

namespace exporter {

// Appends `text` to `out` as a JSON string literal (quotes included). Invalid UTF-8 is
// written as U+FFFD so that the output is always valid JSON.
void append_json_string(std::string& out, std::string_view text);

// Appends one value: numbers as JSON numbers (integers exactly), NULL, NaN and infinities as
// null, text and blobs (to_text) as strings.
void append_json_value(std::string& out, const store::Value& value);

// The column names as JSON string literals, ready to be keys.
std::vector<std::string> json_keys(const std::vector<std::string>& columns);

// Appends one row as an object on one line: {"key": value, ...}.
void append_json_object(std::string& out, const std::vector<std::string>& keys,
                        const std::vector<store::Value>& values);

class JsonWriter : public RowWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  void begin(const std::vector<std::string>& columns) override;
  void row(const std::vector<store::Value>& values) override;
  void end() override;

 private:
  std::ostream& out_;
  std::vector<std::string> keys_;  // the column names, already JSON-quoted
  bool first_row_ = true;
};

}  // namespace exporter
