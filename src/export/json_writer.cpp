// export/json_writer.cpp — JSON text per RFC 8259; NULL is null, numbers stay numbers.
#include "export/json_writer.hpp"

#include "store/utf8.hpp"

#include <cmath>
#include <cstdio>

namespace exporter {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  while (!text.empty()) {
    const char c = text[0];
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", u);
      out += escape;
    } else if (u >= 0x80) {
      const std::size_t n = store::utf8_sequence_length(text);
      if (n == 0) {
        out += "\\ufffd";
        text.remove_prefix(1);
        continue;
      }
      out.append(text.substr(0, n));
      text.remove_prefix(n);
      continue;
    } else {
      out += c;
    }
    text.remove_prefix(1);
  }
  out += '"';
}

void JsonWriter::begin(const std::vector<std::string>& columns) {
  keys_.clear();
  for (const auto& column : columns) {
    std::string key;
    append_json_string(key, column);
    keys_.push_back(std::move(key));
  }
  out_ << '[';
  first_row_ = true;
}

void JsonWriter::row(const std::vector<store::Value>& values) {
  std::string line = first_row_ ? "\n  {" : ",\n  {";
  first_row_ = false;
  for (std::size_t i = 0; i < values.size() && i < keys_.size(); ++i) {
    if (i > 0) line += ", ";
    line += keys_[i];
    line += ": ";
    const store::Value& v = values[i];
    if (store::is_null(v)) {
      line += "null";
    } else if (const auto* d = std::get_if<double>(&v); d != nullptr && !std::isfinite(*d)) {
      line += "null";  // JSON has no NaN or infinity
    } else if (std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v)) {
      line += to_text(v);
    } else {
      append_json_string(line, to_text(v));
    }
  }
  line += '}';
  out_ << line;
}

void JsonWriter::end() {
  out_ << (first_row_ ? "]\n" : "\n]\n");
  out_.flush();
}

}  // namespace exporter
