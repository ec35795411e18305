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

void append_json_value(std::string& out, const store::Value& value) {
  if (store::is_null(value)) {
    out += "null";
  } else if (const auto* d = std::get_if<double>(&value); d != nullptr && !std::isfinite(*d)) {
    out += "null";  // JSON has no NaN or infinity
  } else if (is_number(value)) {
    out += to_text(value);
  } else {
    append_json_string(out, to_text(value));
  }
}

std::vector<std::string> json_keys(const std::vector<std::string>& columns) {
  std::vector<std::string> keys;
  for (const auto& column : columns) {
    std::string key;
    append_json_string(key, column);
    keys.push_back(std::move(key));
  }
  return keys;
}

void append_json_object(std::string& out, const std::vector<std::string>& keys,
                        const std::vector<store::Value>& values) {
  out += '{';
  for (std::size_t i = 0; i < values.size() && i < keys.size(); ++i) {
    if (i > 0) out += ", ";
    out += keys[i];
    out += ": ";
    append_json_value(out, values[i]);
  }
  out += '}';
}

void JsonWriter::begin(const std::vector<std::string>& columns) {
  keys_ = json_keys(columns);
  out_ << '[';
  first_row_ = true;
}

void JsonWriter::row(const std::vector<store::Value>& values) {
  std::string line = first_row_ ? "\n  " : ",\n  ";
  first_row_ = false;
  append_json_object(line, keys_, values);
  out_ << line;
}

void JsonWriter::end() {
  out_ << (first_row_ ? "]\n" : "\n]\n");
  out_.flush();
}

}  // namespace exporter
