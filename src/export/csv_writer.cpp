// export/csv_writer.cpp — quoting per RFC 4180: fields with the separator, a quote or a line
// break are quoted, quotes doubled; records end with CRLF.
#include "export/csv_writer.hpp"

#include <algorithm>

namespace exporter {

void CsvWriter::field(std::string_view text) {
  const char specials[] = {options_.separator, '"', '\n', '\r'};
  const bool quote =
      text.find_first_of(std::string_view(specials, sizeof specials)) != std::string_view::npos;
  if (!quote) {
    out_ << text;
    return;
  }
  out_ << '"';
  for (char c : text) {
    if (c == '"') out_ << '"';
    out_ << c;
  }
  out_ << '"';
}

void CsvWriter::value(const store::Value& value) {
  if (const auto* text = std::get_if<std::string>(&value); text != nullptr && text->empty()) {
    out_ << "\"\"";  // the empty string, told apart from NULL (an empty field)
    return;
  }
  std::string text = to_text(value);
  if (options_.decimal_comma && std::holds_alternative<double>(value)) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  field(text);
}

void CsvWriter::begin(const std::vector<std::string>& columns) {
  if (options_.byte_order_mark) out_ << "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out_ << options_.separator;
    field(columns[i]);
  }
  out_ << "\r\n";
}

void CsvWriter::row(const std::vector<store::Value>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out_ << options_.separator;
    value(values[i]);
  }
  out_ << "\r\n";
}

void CsvWriter::end() {
  out_.flush();
}

}  // namespace exporter
