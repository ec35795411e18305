// tests/export/export_writers_test.cpp — the streamed text writers and their escaping rules:
// CSV/TSV options, NDJSON, Markdown, HTML; choosing a format by name or extension; the
// Markdown and HTML of the fixture table against reviewed golden files.
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "export/csv_writer.hpp"
#include "export/html_writer.hpp"
#include "export/markdown_writer.hpp"
#include "export/ndjson_writer.hpp"
#include "export/row_writer.hpp"
#include "export/utf8_text.hpp"
#include "fixture_table.hpp"
#include "support/test_support.hpp"

namespace {

using store::Value;
using Row = std::vector<Value>;
using Columns = std::vector<std::string>;

const Value kNull = store::Null{};

std::string write(std::string_view format, const Columns& columns, const std::vector<Row>& rows,
                  const exporter::ExportOptions& options = {}) {
  std::ostringstream out;
  auto writer = exporter::make_row_writer(format, out, options);
  EXPECT_NE(writer, nullptr) << format;
  if (!writer) return {};
  writer->begin(columns);
  for (const auto& row : rows)
    writer->row(row);
  writer->end();
  return out.str();
}

// ------------------------------------------------------------------------ CSV and TSV

TEST(CsvOptionsTest, EmptyStringIsQuotedAndNullIsNothing) {
  EXPECT_EQ(write("csv", {"a", "b", "c"}, {{Value{std::string()}, kNull, Value{std::string("x")}}}),
            "a,b,c\r\n\"\",,x\r\n");
}

TEST(CsvOptionsTest, SemicolonSeparatorQuotesSemicolonsNotCommas) {
  EXPECT_EQ(write("csv", {"a;b", "c"}, {{Value{std::string("1,5")}, Value{std::string("x;y")}}},
                  {.separator = ';'}),
            "\"a;b\";c\r\n1,5;\"x;y\"\r\n");
}

TEST(CsvOptionsTest, DecimalCommaChangesFloatsOnly) {
  EXPECT_EQ(write("csv", {"f", "i", "t"},
                  {{Value{0.25}, Value{std::int64_t{1000}}, Value{std::string("0.5")}}},
                  {.separator = ';', .decimal_comma = true}),
            "f;i;t\r\n0,25;1000;0.5\r\n");
  // With a comma separator a decimal comma must be quoted.
  EXPECT_EQ(write("csv", {"f"}, {{Value{-1.5}}}, {.decimal_comma = true}), "f\r\n\"-1,5\"\r\n");
}

TEST(CsvOptionsTest, ExcelForADutchLocale) {
  EXPECT_EQ(write("csv", {"naam", "score"}, {{Value{std::string("\xC3\xA9\xC3\xA9n")}, Value{0.5}}},
                  {.separator = ';', .byte_order_mark = true, .decimal_comma = true}),
            "\xEF\xBB\xBFnaam;score\r\n\xC3\xA9\xC3\xA9n;0,5\r\n");
}

TEST(TsvTest, QuotesTabsQuotesAndLineBreaksOnly) {
  EXPECT_EQ(write("tsv", {"a", "b"},
                  {{Value{std::string("x,y;z")}, Value{std::string("t\tab")}},
                   {Value{std::string("two\r\nlines")}, Value{std::string("say \"hi\"")}}}),
            "a\tb\r\n"
            "x,y;z\t\"t\tab\"\r\n"
            "\"two\r\nlines\"\t\"say \"\"hi\"\"\"\r\n");
}

TEST(TsvTest, TakesTheByteOrderMarkButAlwaysSeparatesWithTabs) {
  EXPECT_EQ(write("tsv", {"a", "b"}, {{Value{std::int64_t{1}}, Value{0.5}}},
                  {.separator = ';', .byte_order_mark = true}),
            "\xEF\xBB\xBF"
            "a\tb\r\n1\t0.5\r\n");
}

// ------------------------------------------------------------------------ NDJSON

TEST(NdjsonTest, OneObjectPerLine) {
  EXPECT_EQ(write("ndjson", {"id", "text"},
                  {{Value{std::int64_t{4611686018427387904}}, Value{std::string("a\r\nb")}},
                   {kNull, Value{std::string("\"q\"")}}}),
            "{\"id\": 4611686018427387904, \"text\": \"a\\r\\nb\"}\n"
            "{\"id\": null, \"text\": \"\\\"q\\\"\"}\n");
}

TEST(NdjsonTest, NoRowsIsAnEmptyFile) {
  EXPECT_EQ(write("ndjson", {"a"}, {}), "");
}

TEST(NdjsonTest, NonFiniteFloatsAreNull) {
  EXPECT_EQ(write("ndjson", {"x"}, {{Value{std::numeric_limits<double>::infinity()}}}),
            "{\"x\": null}\n");
}

// ------------------------------------------------------------------------ Markdown

TEST(MarkdownTableTest, CellEscapesPipesAndInlineSyntax) {
  EXPECT_EQ(exporter::markdown_cell("a|b"), "a\\|b");
  EXPECT_EQ(exporter::markdown_cell("back\\slash"), "back\\\\slash");
  EXPECT_EQ(exporter::markdown_cell("*x* _y_ `c` [l](u) ~~s~~"),
            "\\*x\\* \\_y\\_ \\`c\\` \\[l\\](u) \\~\\~s\\~\\~");
  EXPECT_EQ(exporter::markdown_cell("<b>&amp;</b>"), "\\<b\\>\\&amp;\\</b\\>");
  EXPECT_EQ(exporter::markdown_cell("co\xC3\xB6peratie 'q' \"d\" 1.5 #1 !"),
            "co\xC3\xB6peratie 'q' \"d\" 1.5 #1 !");
}

TEST(MarkdownTableTest, EveryLineBreakBecomesOneBr) {
  EXPECT_EQ(exporter::markdown_cell("a\r\nb\nc\rd\n\ne"), "a<br>b<br>c<br>d<br><br>e");
}

TEST(MarkdownTableTest, TabBecomesACharacterReference) {
  EXPECT_EQ(exporter::markdown_cell("a\tb"), "a&#9;b");
}

TEST(MarkdownTableTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(exporter::markdown_cell("a\xFF"
                                    "b"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(MarkdownTableTest, NumericColumnsAreRightAlignedAndPadded) {
  EXPECT_EQ(write("md", {"name", "n", "f"},
                  {{Value{std::string("apple")}, Value{std::int64_t{3}}, Value{0.5}},
                   {Value{std::string("kiwi")}, Value{std::int64_t{12}}, kNull}}),
            "| name  | n   | f   |\n"
            "| ----- | --: | --: |\n"
            "| apple |   3 | 0.5 |\n"
            "| kiwi  |  12 |     |\n");
}

TEST(MarkdownTableTest, OneTextValueMakesAColumnLeftAligned) {
  EXPECT_EQ(write("md", {"v", "nothing"},
                  {{Value{std::int64_t{1}}, kNull}, {Value{std::string("x")}, kNull}}),
            "| v   | nothing |\n"
            "| --- | ------- |\n"
            "| 1   |         |\n"
            "| x   |         |\n");
}

TEST(MarkdownTableTest, NoRowsIsHeaderAndDelimiter) {
  EXPECT_EQ(write("md", {"a|b"}, {}), "| a\\|b |\n| ---- |\n");
}

TEST(MarkdownTableTest, LongCellsAreNotPadded) {
  const std::string long_cell(exporter::MarkdownWriter::kMaxPaddedWidth + 1, 'x');
  EXPECT_EQ(write("md", {"t"}, {{Value{long_cell}}, {Value{std::string("y")}}}),
            "| t   |\n| --- |\n| " + long_cell + " |\n| y   |\n");
}

// ------------------------------------------------------------------------ HTML

TEST(HtmlTableTest, TextEscapesMarkupAndQuotes) {
  EXPECT_EQ(exporter::html_text("<a href=\"x\">&</a> 'q'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt; 'q'");
  EXPECT_EQ(exporter::html_text("&amp;"), "&amp;amp;");
}

TEST(HtmlTableTest, LineBreaksBecomeBrAndInvalidUtf8IsReplaced) {
  EXPECT_EQ(exporter::html_text("a\r\nb\rc\nd\te"), "a<br>b<br>c<br>d\te");
  EXPECT_EQ(exporter::html_text("\xC3"), "\xEF\xBF\xBD");
}

TEST(HtmlTableTest, TableWithHeadBodyAndCellClasses) {
  EXPECT_EQ(write("html", {"name", "n <= 2"},
                  {{Value{std::string("a & b")}, Value{std::int64_t{-3}}},
                   {kNull, Value{0.25}},
                   {Value{std::string()}, Value{store::Blob{{0}}}}}),
            "<table>\n"
            "<thead>\n"
            "<tr><th>name</th><th>n &lt;= 2</th></tr>\n"
            "</thead>\n"
            "<tbody>\n"
            "<tr><td>a &amp; b</td><td class=\"num\">-3</td></tr>\n"
            "<tr><td class=\"null\"></td><td class=\"num\">0.25</td></tr>\n"
            "<tr><td></td><td>&lt;1 bytes&gt;</td></tr>\n"
            "</tbody>\n"
            "</table>\n");
}

TEST(HtmlTableTest, NoRowsIsAnEmptyBody) {
  EXPECT_EQ(write("html", {"a"}, {}),
            "<table>\n<thead>\n<tr><th>a</th></tr>\n</thead>\n<tbody>\n</tbody>\n</table>\n");
}

// ------------------------------------------------------------------------ UTF-8 helpers

TEST(Utf8TextTest, ValidTextIsKeptInvalidBytesReplacedOneByOne) {
  EXPECT_EQ(exporter::valid_utf8("\xC3\xA9\xF0\x9F\x98\x80"), "\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(exporter::valid_utf8("a\xED\xA0\x80z"),  // a UTF-16 surrogate
            "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz");
}

TEST(Utf8TextTest, LongestLineInCharacters) {
  EXPECT_EQ(exporter::longest_line_width(""), 0u);
  EXPECT_EQ(exporter::longest_line_width("\xC3\xA9\xC3\xA9n"), 3u);
  EXPECT_EQ(exporter::longest_line_width("ab\r\nabcd\rabc\nx"), 4u);
}

// ------------------------------------------------------------------------ formats

TEST(RowFormatTest, RowFormatsAreEveryFormat) {
  EXPECT_EQ(exporter::row_formats(),
            (std::vector<std::string_view>{"table", "csv", "tsv", "json", "ndjson", "md", "html",
                                           "xlsx"}));
  for (const auto format : exporter::row_formats())
    EXPECT_TRUE(exporter::is_row_format(format)) << format;
  EXPECT_FALSE(exporter::is_row_format("markdown"));
}

TEST(RowFormatTest, OnlyXlsxNeedsAFileOfItsOwn) {
  for (const auto format : exporter::row_formats()) {
    EXPECT_EQ(exporter::writes_to_stream(format), format != "xlsx") << format;
    if (format == "xlsx") continue;
    std::ostringstream out;
    EXPECT_NE(exporter::make_row_writer(format, out), nullptr) << format;
  }
  std::ostringstream out;
  EXPECT_THROW(exporter::make_row_writer("xlsx", out), std::invalid_argument);
  EXPECT_EQ(exporter::make_row_writer("markdown", out), nullptr);
}

TEST(RowFormatTest, FromExtension) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"out.csv", "csv"},
      {"a/b/out.tsv", "tsv"},
      {"x.tab", "tsv"},
      {"x.json", "json"},
      {"x.ndjson", "ndjson"},
      {"x.jsonl", "ndjson"},
      {"x.md", "md"},
      {"x.markdown", "md"},
      {"x.html", "html"},
      {"x.htm", "html"},
      {"x.xlsx", "xlsx"},
      {"REPORT.CSV", "csv"},
      {"Concepten.XlSx", "xlsx"},
      {"x.xls", ""},
      {"x.txt", ""},
      {"x.json.gz", ""},
      {"noextension", ""},
      {".csv", ""},
      {"folder.csv/x", ""},
      {"x.", ""},
  };
  for (const auto& [path, format] : cases)
    EXPECT_EQ(exporter::format_from_extension(path), format) << path;
}

// ------------------------------------------------------------------------ golden files

// The fixture table in `format`, as the golden file golden/fixture.<format> holds it.
void expect_golden(std::string_view format) {
  const std::string actual = write(format, export_fixture::columns(), export_fixture::rows());
  const std::filesystem::path golden = std::filesystem::path(CONCEPTDB_SOURCE_DIR) / "tests" /
                                       "export" / "golden" / ("fixture." + std::string(format));
  EXPECT_EQ(actual, testing_support::read_file(golden)) << "differs from " << golden;
}

TEST(TableGoldenTest, FixtureAsMarkdown) {
  expect_golden("md");
}

TEST(TableGoldenTest, FixtureAsHtml) {
  expect_golden("html");
}

}  // namespace
