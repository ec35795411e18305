// export/row_writer.cpp — choosing a writer by format name; values as text.
#include "export/row_writer.hpp"

#include <cstdio>

#include "export/csv_writer.hpp"
#include "export/json_writer.hpp"
#include "export/table_writer.hpp"

namespace exporter {

const std::vector<std::string_view>& row_formats() {
  static const std::vector<std::string_view> formats = {"table", "csv", "tsv", "json"};
  return formats;
}

std::unique_ptr<RowWriter> make_row_writer(std::string_view format, std::ostream& out) {
  if (format == "table") return std::make_unique<TableWriter>(out);
  if (format == "csv") return std::make_unique<CsvWriter>(out);
  if (format == "tsv") return std::make_unique<CsvWriter>(out, CsvOptions{.separator = '\t'});
  if (format == "json") return std::make_unique<JsonWriter>(out);
  return nullptr;
}

std::string to_text(const store::Value& value) {
  struct Visitor {
    std::string operator()(store::Null) const { return {}; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const {
      char buffer[40];
      std::snprintf(buffer, sizeof buffer, "%.15g", v);
      std::string text = buffer;
      // Keep a float recognisable as one: 2.0 stays "2.0", not "2".
      if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
      return text;
    }
    std::string operator()(const std::string& v) const { return v; }
    std::string operator()(const store::Blob& v) const {
      return "<" + std::to_string(v.bytes.size()) + " bytes>";
    }
  };
  return std::visit(Visitor{}, value);
}

}  // namespace exporter
