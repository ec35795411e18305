// export/html_writer.cpp — one <tr> per row, written as the row arrives.
#include "export/html_writer.hpp"

#include "export/utf8_text.hpp"

namespace exporter {

std::string html_text(std::string_view text) {
  const std::string valid = valid_utf8(text);
  std::string_view rest = valid;
  std::string out;
  out.reserve(rest.size());
  while (!rest.empty()) {
    if (const std::size_t n = line_break_length(rest); n > 0) {
      out += "<br>";
      rest.remove_prefix(n);
      continue;
    }
    switch (const char c = rest.front()) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
    rest.remove_prefix(1);
  }
  return out;
}

void HtmlWriter::begin(const std::vector<std::string>& columns) {
  std::string head = "<table>\n<thead>\n<tr>";
  for (const auto& column : columns) {
    head += "<th>";
    head += html_text(column);
    head += "</th>";
  }
  head += "</tr>\n</thead>\n<tbody>\n";
  out_ << head;
}

void HtmlWriter::row(const std::vector<store::Value>& values) {
  std::string line = "<tr>";
  for (const store::Value& value : values) {
    if (store::is_null(value)) {
      line += "<td class=\"null\"></td>";
      continue;
    }
    line += is_number(value) ? "<td class=\"num\">" : "<td>";
    line += html_text(to_text(value));
    line += "</td>";
  }
  line += "</tr>\n";
  out_ << line;
}

void HtmlWriter::end() {
  out_ << "</tbody>\n</table>\n";
  out_.flush();
}

}  // namespace exporter
