// Tests the export writers (CSV/TSV, JSON, aligned table), make_row_writer and to_text.
// (The other formats, options, XLSX and atomic files: tests/export.)
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "export/csv_writer.hpp"
#include "export/json_writer.hpp"
#include "export/row_writer.hpp"
#include "export/table_writer.hpp"

namespace {

using exporter::to_text;
using store::Value;
using Row = std::vector<Value>;
using Columns = std::vector<std::string>;

const Value kNull = store::Null{};
Value integer(std::int64_t v) {
  return v;
}
Value text(const std::string& v) {
  return v;
}

// Runs `writer` over a header and rows and returns what it wrote to `out`.
std::string write_all(exporter::RowWriter& writer, std::ostringstream& out, const Columns& columns,
                      const std::vector<Row>& rows) {
  writer.begin(columns);
  for (const auto& row : rows)
    writer.row(row);
  writer.end();
  return out.str();
}

std::string csv(const Columns& columns, const std::vector<Row>& rows,
                exporter::CsvOptions options = {}) {
  std::ostringstream out;
  exporter::CsvWriter writer(out, options);
  return write_all(writer, out, columns, rows);
}

std::string json(const Columns& columns, const std::vector<Row>& rows) {
  std::ostringstream out;
  exporter::JsonWriter writer(out);
  return write_all(writer, out, columns, rows);
}

std::string table(const Columns& columns, const std::vector<Row>& rows,
                  std::size_t max_cell_width = 60) {
  std::ostringstream out;
  exporter::TableWriter writer(out, max_cell_width);
  return write_all(writer, out, columns, rows);
}

// `s` with every byte outside printable ASCII shown as \xNN, for failure messages.
std::string visible(const std::string& s) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) {
      out += c;
    } else {
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::string json_string(const std::string& s) {
  std::string out;
  exporter::append_json_string(out, s);
  return out;
}

// ------------------------------------------------------------------------ CSV

TEST(ExportTest, CsvPlainFieldsAndCrlfRecords) {
  EXPECT_EQ(csv({"id", "name"}, {{integer(1), text("alpha")}, {integer(2), text("beta")}}),
            "id,name\r\n1,alpha\r\n2,beta\r\n");
}

TEST(ExportTest, CsvQuotesFieldsWithCommaQuoteCrOrLf) {
  EXPECT_EQ(csv({"v"}, {{text("a,b")},
                        {text("say \"hi\"")},
                        {text("two\nlines")},
                        {text("cr\rhere")},
                        {text("\"")}}),
            "v\r\n"
            "\"a,b\"\r\n"
            "\"say \"\"hi\"\"\"\r\n"
            "\"two\nlines\"\r\n"
            "\"cr\rhere\"\r\n"
            "\"\"\"\"\r\n");
}

TEST(ExportTest, CsvDoesNotQuoteOtherText) {
  EXPECT_EQ(csv({"v"}, {{text(" spaced ")}, {text("semi;colon")}, {text("caf\xC3\xA9")}}),
            "v\r\n spaced \r\nsemi;colon\r\ncaf\xC3\xA9\r\n");
}

TEST(ExportTest, CsvQuotesHeaderNamesToo) {
  EXPECT_EQ(csv({"a,b", "c"}, {}), "\"a,b\",c\r\n");
}

TEST(ExportTest, CsvWritesNullAsEmptyAndNumbersExactly) {
  EXPECT_EQ(csv({"n", "big", "min", "f", "g"},
                {{kNull, integer(4611686018427387905),
                  integer(std::numeric_limits<std::int64_t>::min()), Value{0.1}, Value{2.0}}}),
            "n,big,min,f,g\r\n,4611686018427387905,-9223372036854775808,0.1,2.0\r\n");
}

TEST(ExportTest, CsvWritesBlobAsItsSize) {
  EXPECT_EQ(csv({"b"}, {{Value{store::Blob{{1, 2, 3}}}}}), "b\r\n<3 bytes>\r\n");
}

TEST(ExportTest, CsvWritesAByteOrderMarkOnlyWhenAsked) {
  EXPECT_EQ(csv({"x"}, {{integer(1)}}, {.separator = ',', .byte_order_mark = true}),
            "\xEF\xBB\xBFx\r\n1\r\n");
  EXPECT_EQ(csv({"x"}, {{integer(1)}}), "x\r\n1\r\n");
}

TEST(ExportTest, CsvWithTabSeparatorIsTsv) {
  EXPECT_EQ(csv({"a", "b"}, {{text("x,y"), text("t\tab")}}, {.separator = '\t'}),
            "a\tb\r\nx,y\t\"t\tab\"\r\n");
}

TEST(ExportTest, CsvHeaderOnlyForNoRows) {
  EXPECT_EQ(csv({"a", "b"}, {}), "a,b\r\n");
}

// ------------------------------------------------------------------------ JSON

TEST(ExportTest, JsonRowsAsObjects) {
  const std::string expected =
      "[\n"
      "  {\"id\": 1, \"name\": \"caf\xC3\xA9 \xE2\x80\x98x\xE2\x80\x99\", \"score\": 0.1},\n"
      "  {\"id\": null, \"name\": \"a\\\"b\\\\c\\nd\\te\\u0001\", \"score\": null},\n"
      "  {\"id\": -9223372036854775808, \"name\": \"\\ufffd\", \"score\": 2.0}\n"
      "]\n";
  EXPECT_EQ(json({"id", "name", "score"},
                 {{integer(1), text("caf\xC3\xA9 \xE2\x80\x98x\xE2\x80\x99"), Value{0.1}},
                  {kNull, text("a\"b\\c\nd\te\x01"), Value{std::nan("")}},
                  {integer(std::numeric_limits<std::int64_t>::min()), text("\xFF"), Value{2.0}}}),
            expected);
}

TEST(ExportTest, JsonEmptyResultIsAnEmptyArray) {
  EXPECT_EQ(json({"a", "b"}, {}), "[]\n");
}

TEST(ExportTest, JsonOneRow) {
  EXPECT_EQ(json({"k"}, {{integer(4611686018427387905)}}),
            "[\n  {\"k\": 4611686018427387905}\n]\n");
}

TEST(ExportTest, JsonNanAndInfinityBecomeNull) {
  EXPECT_EQ(
      json({"a", "b", "c"}, {{Value{std::nan("")}, Value{std::numeric_limits<double>::infinity()},
                              Value{-std::numeric_limits<double>::infinity()}}}),
      "[\n  {\"a\": null, \"b\": null, \"c\": null}\n]\n");
}

TEST(ExportTest, JsonEscapesColumnNames) {
  EXPECT_EQ(json({"say \"x\""}, {{integer(1)}}), "[\n  {\"say \\\"x\\\"\": 1}\n]\n");
}

TEST(ExportTest, JsonStringEscapes) {
  EXPECT_EQ(json_string(""), "\"\"");
  EXPECT_EQ(json_string("plain"), "\"plain\"");
  EXPECT_EQ(json_string("\"quoted\""), "\"\\\"quoted\\\"\"");
  EXPECT_EQ(json_string("back\\slash"), "\"back\\\\slash\"");
  EXPECT_EQ(json_string("a\nb\rc\td"), "\"a\\nb\\rc\\td\"");
  EXPECT_EQ(json_string(std::string("\x00\x01\x08\x1f", 4)), "\"\\u0000\\u0001\\u0008\\u001f\"");
  EXPECT_EQ(json_string("/ ~\x7f"), "\"/ ~\x7f\"");  // no escape needed for these
}

TEST(ExportTest, JsonStringKeepsValidUtf8) {
  const std::string s = "\xC3\xA9 \xE2\x80\x98 \xE2\x80\x99 \xF0\x9F\x98\x80";  // é ‘ ’ 😀
  EXPECT_EQ(json_string(s), "\"" + s + "\"");
}

TEST(ExportTest, JsonStringReplacesInvalidUtf8) {
  EXPECT_EQ(json_string("a\xFF"
                        "b"),
            "\"a\\ufffdb\"");
  EXPECT_EQ(json_string("\x80"), "\"\\ufffd\"");
  EXPECT_EQ(json_string("end\xC3"), "\"end\\ufffd\"");  // cut short at the end
}

// Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8 either;
// written as they are, they make the output invalid JSON text (RFC 8259 §8.1).
TEST(ExportTest, JsonStringReplacesSurrogatesAndOverlongForms) {
  for (const std::string bad :
       {"\xED\xA0\x80", "\xE0\x80\xAF", "\xF4\x90\x80\x80", "\xF0\x80\x80\xAF", "\xC0\xAF"}) {
    const std::string out = json_string("x" + bad + "y");
    EXPECT_EQ(out.find(bad[0]), std::string::npos) << "raw byte left in " << visible(out);
    EXPECT_NE(out.find("\\ufffd"), std::string::npos) << visible(out);
    EXPECT_EQ(out.substr(0, 2), "\"x");
    EXPECT_EQ(out.substr(out.size() - 2), "y\"");
  }
}

// ------------------------------------------------------------------------ table

TEST(ExportTest, TableAlignsColumnsAndCountsRows) {
  EXPECT_EQ(table({"name", "count"}, {{text("apple"), integer(3)}, {text("kiwi"), integer(12)}}),
            "name   count\n"
            "-----  -----\n"
            "apple      3\n"
            "kiwi      12\n"
            "(2 rows)\n");
}

TEST(ExportTest, TableRightAlignsNumbersAndLeavesNoTrailingSpaces) {
  EXPECT_EQ(table({"n", "word"}, {{integer(1), text("a")}, {Value{100.5}, text("bb")}}),
            "n      word\n"
            "-----  ----\n"
            "    1  a\n"
            "100.5  bb\n"
            "(2 rows)\n");
}

TEST(ExportTest, TableColumnWithTextIsLeftAligned) {
  // One text value makes the whole column text: no right alignment.
  EXPECT_EQ(table({"v", "w"}, {{integer(1), text("x")}, {text("abc"), text("y")}}),
            "v    w\n"
            "---  -\n"
            "1    x\n"
            "abc  y\n"
            "(2 rows)\n");
}

TEST(ExportTest, TableOneRowAndNoRows) {
  EXPECT_EQ(table({"a"}, {{text("x")}}), "a\n-\nx\n(1 row)\n");
  EXPECT_EQ(table({"abc"}, {}), "abc\n---\n(0 rows)\n");
}

TEST(ExportTest, TableCutsLongCellsWithEllipsis) {
  EXPECT_EQ(table({"t"},
                  {{text("abcdefgh")},
                   {text("abcde")},
                   {text("\xC3\xA9\xC3\xA9\xC3\xA9"
                         "\xC3\xA9\xC3\xA9\xC3\xA9")}},
                  5),
            "t\n"
            "-----\n"
            "abcd\xE2\x80\xA6\n"
            "abcde\n"
            "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x80\xA6\n"
            "(3 rows)\n");
}

TEST(ExportTest, TableWidthCountsCharactersNotBytes) {
  EXPECT_EQ(table({"w", "x"}, {{text("caf\xC3\xA9"), text("1")}, {text("ab"), text("2")}}),
            "w     x\n"
            "----  -\n"
            "caf\xC3\xA9  1\n"
            "ab    2\n"
            "(2 rows)\n");
}

TEST(ExportTest, TableKeepsOneRowOnOneLine) {
  EXPECT_EQ(table({"t"}, {{text("a\nb\tc\rd")}}), "t\n-------\na b c d\n(1 row)\n");
}

TEST(ExportTest, TableShowsNullAsEmpty) {
  EXPECT_EQ(table({"a", "b"}, {{kNull, text("x")}, {text("yy"), text("z")}}),
            "a   b\n"
            "--  -\n"
            "    x\n"
            "yy  z\n"
            "(2 rows)\n");
}

TEST(ExportTest, DisplayWidthCountsCodePoints) {
  EXPECT_EQ(exporter::display_width(""), 0u);
  EXPECT_EQ(exporter::display_width("abc"), 3u);
  EXPECT_EQ(exporter::display_width("caf\xC3\xA9"), 4u);
  EXPECT_EQ(exporter::display_width("\xE2\x80\x98x\xE2\x80\x99"), 3u);
  EXPECT_EQ(exporter::display_width("\xF0\x9F\x98\x80"), 1u);
}

// ------------------------------------------------------------------------ formats, to_text

TEST(ExportTest, RowFormatsAreTheDocumentedOnes) {
  EXPECT_EQ(exporter::row_formats(),
            (std::vector<std::string_view>{"table", "csv", "tsv", "json", "ndjson", "md", "html",
                                           "xlsx"}));
}

TEST(ExportTest, MakeRowWriterByName) {
  const Columns columns = {"a", "b"};
  const std::vector<Row> rows = {{integer(1), text("x y")}};
  auto run = [&](std::string_view format) {
    std::ostringstream out;
    auto writer = exporter::make_row_writer(format, out);
    EXPECT_NE(writer, nullptr) << format;
    if (!writer) return std::string();
    return write_all(*writer, out, columns, rows);
  };
  EXPECT_EQ(run("csv"), "a,b\r\n1,x y\r\n");
  EXPECT_EQ(run("tsv"), "a\tb\r\n1\tx y\r\n");
  EXPECT_EQ(run("json"), "[\n  {\"a\": 1, \"b\": \"x y\"}\n]\n");
  EXPECT_EQ(run("table"), "a  b\n-  ---\n1  x y\n(1 row)\n");
}

TEST(ExportTest, MakeRowWriterReturnsNullForUnknownFormat) {
  std::ostringstream out;
  EXPECT_EQ(exporter::make_row_writer("xml", out), nullptr);
  EXPECT_EQ(exporter::make_row_writer("", out), nullptr);
  EXPECT_EQ(exporter::make_row_writer("csv ", out), nullptr);
  EXPECT_EQ(out.str(), "");
}

TEST(ExportTest, ToTextOfFloats) {
  EXPECT_EQ(to_text(Value{2.0}), "2.0");
  EXPECT_EQ(to_text(Value{0.1}), "0.1");
  EXPECT_EQ(to_text(Value{-0.5}), "-0.5");
  EXPECT_EQ(to_text(Value{100.0}), "100.0");
  EXPECT_EQ(to_text(Value{1.0 / 3.0}), "0.333333333333333");  // 15 significant digits
  EXPECT_EQ(to_text(Value{1e300}), "1e+300");
  EXPECT_EQ(to_text(Value{123456789012345.0}), "123456789012345.0");
}

TEST(ExportTest, ToTextOfOtherValues) {
  EXPECT_EQ(to_text(kNull), "");
  EXPECT_EQ(to_text(integer(0)), "0");
  EXPECT_EQ(to_text(integer(-42)), "-42");
  EXPECT_EQ(to_text(integer(std::numeric_limits<std::int64_t>::max())), "9223372036854775807");
  EXPECT_EQ(to_text(text("as is\n")), "as is\n");
  EXPECT_EQ(to_text(Value{store::Blob{}}), "<0 bytes>");
}

}  // namespace
