// export/csv_writer.cpp — quoting per RFC 4180: fields with the separator, a quote or a line
// break are quoted, quotes doubled; records end with CRLF.
#include "export/csv_writer.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>

namespace exporter {

CsvWriter::CsvWriter(std::ostream& out, CsvOptions options) : out_(out), options_(options) {
  const char separator = options_.separator;
  if (separator == '"' || separator == '\r' || separator == '\n' ||
      static_cast<unsigned char>(separator) >= 0x80) {
    throw std::invalid_argument(
        "the CSV separator must be one ASCII character other than a double quote or a line "
        "break, such as ',' or ';' (got byte " +
        std::to_string(static_cast<unsigned char>(separator)) + ")");
  }
}

namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;

}  // namespace

void CsvWriter::flush_block(bool force) {
  if (pending_.empty() || (!force && pending_.size() < kBlockBytes)) return;
  const auto size = static_cast<std::streamsize>(pending_.size());
  // As operator<< would: nothing more reaches a stream that failed; it stays bad.
  if (out_.good() && out_.rdbuf()->sputn(pending_.data(), size) != size) {
    out_.setstate(std::ios::badbit);
  }
  pending_.clear();
}

void CsvWriter::field(std::string_view text) {
  const char separator = options_.separator;
  bool quote = false;
  for (const char c : text) {
    if (c == separator || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    pending_.append(text);
    return;
  }
  pending_ += '"';
  for (const char c : text) {
    if (c == '"') pending_ += '"';  // doubled
    pending_ += c;
  }
  pending_ += '"';
}

// Formats every value in place (no std::string per cell), with to_text's rules.
void CsvWriter::value(const store::Value& value) {
  struct Visitor {
    CsvWriter& writer;
    const store::Value& value;
    void operator()(store::Null) const {}
    void operator()(std::int64_t v) const {
      char buffer[24];
      const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
      // Quoted like any field: the separator may be a digit or '-' (a fuzzer found "-110"
      // written bare with separator '0').
      writer.field(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
    }
    void operator()(double v) const {
      FloatText text;
      const std::string_view shown = float_text(v, text);
      if (writer.options_.decimal_comma) {
        std::replace(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(shown.size()), '.',
                     ',');
      }
      writer.field(shown);
    }
    void operator()(const std::string& v) const {
      if (v.empty()) {
        writer.pending_ += "\"\"";  // the empty string, told apart from NULL (an empty field)
      } else {
        writer.field(v);
      }
    }
    void operator()(const store::Blob&) const { writer.field(to_text(value)); }
  };
  std::visit(Visitor{*this, value}, value);
}

void CsvWriter::begin(const std::vector<std::string>& columns) {
  pending_.reserve(kBlockBytes + 4096);
  if (options_.byte_order_mark) pending_ += "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) pending_ += options_.separator;
    field(columns[i]);
  }
  pending_ += "\r\n";
  flush_block(false);
}

void CsvWriter::row(const std::vector<store::Value>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) pending_ += options_.separator;
    value(values[i]);
  }
  pending_ += "\r\n";
  flush_block(false);
}

void CsvWriter::end() {
  flush_block(true);
  out_.flush();
}

}  // namespace exporter
