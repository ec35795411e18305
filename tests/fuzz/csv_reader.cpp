// tests/fuzz/csv_reader.cpp — strict RFC 4180 reading, field by field.
#include "csv_reader.hpp"

namespace fuzz {

namespace {

// Reads one quoted field starting after its opening quote; `i` ends after the closing quote.
bool read_quoted(std::string_view text, std::size_t& i, std::string& out) {
  while (i < text.size()) {
    const char c = text[i++];
    if (c != '"') {
      out += c;
      continue;
    }
    if (i < text.size() && text[i] == '"') {
      out += '"';
      ++i;
      continue;
    }
    return true;
  }
  return false;  // no closing quote
}

}  // namespace

std::optional<std::vector<CsvRecord>> read_csv(std::string_view text, char separator,
                                               std::string& error) {
  std::vector<CsvRecord> records;
  std::size_t i = 0;
  while (i < text.size()) {
    CsvRecord record;
    for (;;) {
      CsvField field;
      if (i < text.size() && text[i] == '"') {
        ++i;
        field.quoted = true;
        if (!read_quoted(text, i, field.text)) {
          error = "a quoted field has no closing quote";
          return std::nullopt;
        }
      } else {
        while (i < text.size() && text[i] != separator && text[i] != '\r' && text[i] != '\n') {
          if (text[i] == '"') {
            error = "a quote inside an unquoted field at byte " + std::to_string(i);
            return std::nullopt;
          }
          field.text += text[i++];
        }
      }
      record.push_back(std::move(field));
      if (i < text.size() && text[i] == separator) {
        ++i;
        continue;
      }
      if (text.substr(i, 2) == "\r\n") {
        i += 2;
        break;
      }
      error = "a record does not end with CRLF at byte " + std::to_string(i);
      return std::nullopt;
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace fuzz
