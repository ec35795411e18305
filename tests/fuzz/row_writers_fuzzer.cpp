// tests/fuzz/row_writers_fuzzer.cpp — the tabular writers (src/export) on tables built from
// the input: column names and values of every kind (integers, any double including NaN and
// infinities, text with any bytes, blobs, NULL). What must hold:
//   CSV/TSV   — the output reads back, with a strict RFC 4180 reader, to exactly the header
//               and the fields (NULL an empty field, "" a quoted empty field); a separator
//               that cannot separate fields is refused with an exception, never written;
//   JSON      — one valid JSON document (valid UTF-8): an array of objects whose keys and
//               string values are the column names and texts (invalid UTF-8 bytes each as
//               U+FFFD), integers exact, NULL/NaN/infinity null;
//   NDJSON    — one such object per line;
//   the rest  — table, md, html write without crashing; their output is valid UTF-8 when
//               every text given is.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "csv_reader.hpp"
#include "export/csv_writer.hpp"
#include "export/json_writer.hpp"
#include "export/ndjson_writer.hpp"
#include "export/row_writer.hpp"
#include "fuzz_check.hpp"
#include "json_reader.hpp"

namespace {

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<store::Value>> rows;
  bool all_text_valid = true;  // every column name and text value is valid UTF-8
};

store::Value make_value(fuzz::ByteReader& in, Table& table) {
  switch (in.below(6)) {
    case 0:
      return store::Null{};
    case 1:
      return in.int64();
    case 2:
      return static_cast<std::int64_t>(static_cast<std::int8_t>(in.byte()));
    case 3:
      return in.real();
    case 4: {
      const std::string bytes = in.string(8);
      return store::Blob{{bytes.begin(), bytes.end()}};
    }
    default: {
      std::string text = in.string(40);
      if (!fuzz::is_valid_utf8(text)) table.all_text_valid = false;
      return text;
    }
  }
}

Table make_table(fuzz::ByteReader& in) {
  Table table;
  const std::size_t columns = 1 + in.below(5);
  for (std::size_t c = 0; c < columns; ++c) {
    table.columns.push_back(in.string(12));
    if (!fuzz::is_valid_utf8(table.columns.back())) table.all_text_valid = false;
  }
  const std::size_t rows = in.below(6);
  for (std::size_t r = 0; r < rows; ++r) {
    std::vector<store::Value> row;
    for (std::size_t c = 0; c < columns; ++c)
      row.push_back(make_value(in, table));
    table.rows.push_back(std::move(row));
  }
  return table;
}

void write_table(exporter::RowWriter& writer, const Table& table) {
  writer.begin(table.columns);
  for (const auto& row : table.rows)
    writer.row(row);
  writer.end();
}

// A float written as text reads back as (nearly) the same number: 15 significant digits.
void check_float_text(std::string text, double expected, bool decimal_comma) {
  if (!std::isfinite(expected)) return;
  if (decimal_comma) {
    for (char& c : text)
      if (c == ',') c = '.';
  }
  fuzz::check(text.find_first_of(".eE") != std::string::npos,
              "a float is written so that it looks like an integer", text);
  char* end = nullptr;
  const double back = std::strtod(text.c_str(), &end);
  fuzz::check(end == text.c_str() + text.size(), "a float does not read back as a number", text);
  // Rounded to 15 digits, a float within 5e292 of the largest double reads back as infinity
  // (1.79769313486232e+308 > DBL_MAX): a limit of the documented 15 digits, accepted here.
  if (std::isinf(back) && std::fabs(expected) > 1.7976931348623e308) return;
  const double tolerance = std::fabs(expected) * 1e-14;
  fuzz::check(std::fabs(back - expected) <= tolerance || back == expected,
              "a float reads back as another number", text);
}

void check_csv_field(const fuzz::CsvField& field, const store::Value& value, bool decimal_comma) {
  if (store::is_null(value)) {
    fuzz::check(field.text.empty() && !field.quoted, "NULL is not an empty unquoted field",
                field.text);
  } else if (const auto* text = std::get_if<std::string>(&value)) {
    fuzz::check(field.text == *text, "a text field does not read back", field.text);
    if (text->empty()) fuzz::check(field.quoted, "the empty string is not written as \"\"");
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    fuzz::check(field.text == std::to_string(*integer), "an integer does not read back exactly",
                field.text);
  } else if (const auto* real = std::get_if<double>(&value)) {
    check_float_text(field.text, *real, decimal_comma);
  } else if (const auto* blob = std::get_if<store::Blob>(&value)) {
    fuzz::check(field.text == "<" + std::to_string(blob->bytes.size()) + " bytes>",
                "a blob is not written as <N bytes>", field.text);
  }
}

bool separator_can_work(char separator) {
  return separator != '"' && separator != '\r' && separator != '\n' &&
         static_cast<unsigned char>(separator) < 0x80;
}

void check_csv(const Table& table, char separator, bool bom, bool decimal_comma) {
  std::ostringstream out;
  exporter::ExportOptions options;
  options.separator = separator;
  options.byte_order_mark = bom;
  options.decimal_comma = decimal_comma;
  std::unique_ptr<exporter::RowWriter> writer;
  try {
    writer = exporter::make_row_writer("csv", out, options);
    write_table(*writer, table);
  } catch (const std::invalid_argument& e) {
    fuzz::check(!separator_can_work(separator), "a usable separator is refused", e.what());
    return;
  }
  fuzz::check(separator_can_work(separator), "a separator that cannot separate fields is accepted",
              std::string(1, separator));
  std::string text = out.str();
  if (bom) {
    fuzz::check(text.rfind("\xEF\xBB\xBF", 0) == 0, "--bom does not start with the BOM");
    text.erase(0, 3);
  }
  std::string error;
  const auto records = fuzz::read_csv(text, separator, error);
  fuzz::check(records.has_value(), "CSV output is not strict RFC 4180", error + ": " + text);
  fuzz::check(records->size() == table.rows.size() + 1, "CSV has another number of records", text);
  const auto& header = records->front();
  fuzz::check(header.size() == table.columns.size(), "the CSV header has another width", text);
  for (std::size_t c = 0; c < header.size(); ++c)
    fuzz::check(header[c].text == table.columns[c], "a column name does not read back", text);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& record = (*records)[r + 1];
    fuzz::check(record.size() == table.columns.size(), "a CSV record has another width", text);
    for (std::size_t c = 0; c < record.size(); ++c)
      check_csv_field(record[c], table.rows[r][c], decimal_comma);
  }
}

void check_json_value(const fuzz::Json& json, const store::Value& value) {
  using Kind = fuzz::Json::Kind;
  if (store::is_null(value)) {
    fuzz::check(json.kind == Kind::kNull, "NULL is not null in JSON");
  } else if (const auto* text = std::get_if<std::string>(&value)) {
    fuzz::check(json.kind == Kind::kString && json.text == fuzz::repaired_utf8(*text),
                "a text value does not read back from JSON", json.text);
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    fuzz::check(json.kind == Kind::kNumber && json.text == std::to_string(*integer),
                "an integer does not read back exactly from JSON", json.text);
  } else if (const auto* real = std::get_if<double>(&value)) {
    if (!std::isfinite(*real)) {
      fuzz::check(json.kind == Kind::kNull, "NaN or infinity is not null in JSON", json.text);
    } else {
      fuzz::check(json.kind == Kind::kNumber, "a float is not a JSON number", json.text);
      check_float_text(json.text, *real, false);
    }
  } else {
    fuzz::check(json.kind == Kind::kString, "a blob is not a JSON string");
  }
}

void check_json_object(const fuzz::Json& json, const Table& table, std::size_t r) {
  fuzz::check(json.kind == fuzz::Json::Kind::kObject, "a JSON row is not an object");
  fuzz::check(json.keys.size() == table.columns.size(), "a JSON row has another width");
  for (std::size_t c = 0; c < json.keys.size(); ++c) {
    fuzz::check(json.keys[c] == fuzz::repaired_utf8(table.columns[c]),
                "a JSON key is not its column name", json.keys[c]);
    check_json_value(json.items[c], table.rows[r][c]);
  }
}

void check_json(const Table& table) {
  std::ostringstream out;
  exporter::JsonWriter writer(out);
  write_table(writer, table);
  std::string error;
  const auto json = fuzz::read_json(out.str(), error);
  fuzz::check(json.has_value(), "JSON output is not valid JSON", error + ": " + out.str());
  fuzz::check(json->kind == fuzz::Json::Kind::kArray && json->items.size() == table.rows.size(),
              "JSON output is not an array of one object per row", out.str());
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    check_json_object(json->items[r], table, r);
}

void check_ndjson(const Table& table) {
  std::ostringstream out;
  exporter::NdjsonWriter writer(out);
  write_table(writer, table);
  const std::string text = out.str();
  std::size_t start = 0;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::size_t end = text.find('\n', start);
    fuzz::check(end != std::string::npos, "an NDJSON line is missing", text);
    std::string error;
    const auto json = fuzz::read_json(std::string_view(text).substr(start, end - start), error);
    fuzz::check(json.has_value(), "an NDJSON line is not valid JSON", error + ": " + text);
    check_json_object(*json, table, r);
    start = end + 1;
  }
  fuzz::check(start == text.size(), "NDJSON has more lines than rows", text);
}

void check_other_formats(const Table& table) {
  for (const char* format : {"table", "tsv", "md", "html"}) {
    std::ostringstream out;
    auto writer = exporter::make_row_writer(format, out);
    fuzz::check(writer != nullptr, "a listed format has no writer", format);
    write_table(*writer, table);
    if (table.all_text_valid) {
      fuzz::check(fuzz::is_valid_utf8(out.str()), "valid text gives invalid UTF-8 output",
                  std::string(format) + ": " + out.str());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const char separator = static_cast<char>(in.byte());
  const std::uint8_t flags = in.byte();
  const Table table = make_table(in);
  check_csv(table, separator, (flags & 1) != 0, (flags & 2) != 0);
  check_json(table);
  check_ndjson(table);
  check_other_formats(table);
  return 0;
}
