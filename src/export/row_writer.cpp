// export/row_writer.cpp — choosing a writer by format name or file extension; values as text.
#include "export/row_writer.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

#include "export/csv_writer.hpp"
#include "export/html_writer.hpp"
#include "export/json_writer.hpp"
#include "export/markdown_writer.hpp"
#include "export/ndjson_writer.hpp"
#include "export/table_writer.hpp"

namespace exporter {

const std::vector<std::string_view>& row_formats() {
  static const std::vector<std::string_view> formats = {"table",  "csv", "tsv",  "json",
                                                        "ndjson", "md",  "html", "xlsx"};
  return formats;
}

bool is_row_format(std::string_view format) {
  const auto& formats = row_formats();
  return std::find(formats.begin(), formats.end(), format) != formats.end();
}

bool writes_to_stream(std::string_view format) {
  return is_row_format(format) && format != "xlsx";
}

std::string format_from_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  struct Known {
    std::string_view extension;
    std::string_view format;
  };
  static constexpr Known kKnown[] = {{".csv", "csv"},   {".tsv", "tsv"},       {".tab", "tsv"},
                                     {".json", "json"}, {".ndjson", "ndjson"}, {".jsonl", "ndjson"},
                                     {".md", "md"},     {".markdown", "md"},   {".html", "html"},
                                     {".htm", "html"},  {".xlsx", "xlsx"}};
  for (const Known& known : kKnown) {
    if (extension == known.extension) return std::string(known.format);
  }
  return {};
}

std::unique_ptr<RowWriter> make_row_writer(std::string_view format, std::ostream& out,
                                           const ExportOptions& options) {
  if (format == "table") return std::make_unique<TableWriter>(out);
  if (format == "csv") {
    return std::make_unique<CsvWriter>(out, CsvOptions{.separator = options.separator,
                                                       .byte_order_mark = options.byte_order_mark,
                                                       .decimal_comma = options.decimal_comma});
  }
  if (format == "tsv") {
    return std::make_unique<CsvWriter>(out, CsvOptions{.separator = '\t',
                                                       .byte_order_mark = options.byte_order_mark,
                                                       .decimal_comma = options.decimal_comma});
  }
  if (format == "json") return std::make_unique<JsonWriter>(out);
  if (format == "ndjson") return std::make_unique<NdjsonWriter>(out);
  if (format == "md") return std::make_unique<MarkdownWriter>(out);
  if (format == "html") return std::make_unique<HtmlWriter>(out);
  if (format == "xlsx") {
    throw std::invalid_argument(
        "xlsx is written to a file of its own, not to a stream: use open_row_file(path, "
        "\"xlsx\") or XlsxWorkbook");
  }
  return nullptr;
}

std::string_view float_text(double value, FloatText& buffer) {
  const int written = std::snprintf(buffer.data(), buffer.size() - 2, "%.15g", value);
  auto size = static_cast<std::size_t>(written);
  // Keep a float recognisable as one: 2.0 stays "2.0", not "2".
  if (std::string_view(buffer.data(), size).find_first_of(".eEn") == std::string_view::npos) {
    buffer[size++] = '.';
    buffer[size++] = '0';
  }
  return {buffer.data(), size};
}

std::string to_text(const store::Value& value) {
  struct Visitor {
    std::string operator()(store::Null) const { return {}; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const {
      FloatText buffer;
      return std::string(float_text(v, buffer));
    }
    std::string operator()(const std::string& v) const { return v; }
    std::string operator()(const store::Blob& v) const {
      return "<" + std::to_string(v.bytes.size()) + " bytes>";
    }
  };
  return std::visit(Visitor{}, value);
}

bool is_number(const store::Value& value) {
  return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
}

}  // namespace exporter
