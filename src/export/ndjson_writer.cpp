// export/ndjson_writer.cpp — one JSON object per line; line breaks inside values are escaped
// by JSON itself, so a record never spans two lines.
#include "export/ndjson_writer.hpp"

#include "export/json_writer.hpp"

namespace exporter {

void NdjsonWriter::begin(const std::vector<std::string>& columns) {
  keys_ = json_keys(columns);
}

void NdjsonWriter::row(const std::vector<store::Value>& values) {
  std::string line;
  append_json_object(line, keys_, values);
  line += '\n';
  out_ << line;
}

void NdjsonWriter::end() {
  out_.flush();
}

}  // namespace exporter
