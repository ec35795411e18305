// tests/export/xlsx_test.cpp — the rules that keep a workbook valid for Excel: sheet names,
// cell text (escapes, the 32,767-character limit), and XlsxWorkbook's failures.
// (read_back.py opens the workbooks themselves with openpyxl.)
#include <gtest/gtest.h>

#include "export/sheet_name.hpp"
#include "export/xlsx_sheet_writer.hpp"
#include "export/xlsx_workbook.hpp"
#include "support/test_support.hpp"

namespace {

using exporter::valid_sheet_name;

std::size_t characters(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// ------------------------------------------------------------------------ sheet names

TEST(SheetNameTest, ValidNamesAreKept) {
  EXPECT_EQ(valid_sheet_name("Concepten", {}), "Concepten");
  EXPECT_EQ(valid_sheet_name("co\xC3\xB6peratie & (2025)", {}), "co\xC3\xB6peratie & (2025)");
}

TEST(SheetNameTest, ForbiddenCharactersBecomeUnderscores) {
  EXPECT_EQ(valid_sheet_name("a[b]c:d*e?f/g\\h", {}), "a_b_c_d_e_f_g_h");
  EXPECT_EQ(valid_sheet_name("tab\there\nnl", {}), "tab_here_nl");
}

TEST(SheetNameTest, CutTo31Characters) {
  EXPECT_EQ(valid_sheet_name(std::string(40, 'x'), {}), std::string(31, 'x'));
  // Counted in characters, and never cut inside one.
  std::string e_acutes;
  for (int i = 0; i < 40; ++i)
    e_acutes += "\xC3\xA9";
  const std::string cut = valid_sheet_name(e_acutes, {});
  EXPECT_EQ(characters(cut), 31u);
  EXPECT_EQ(cut.size(), 62u);
}

TEST(SheetNameTest, CharactersBeyondTheBmpCountTwice) {
  std::string emoji;
  for (int i = 0; i < 20; ++i)
    emoji += "\xF0\x9F\x98\x80";  // 😀: two UTF-16 units, as Excel counts
  EXPECT_EQ(characters(valid_sheet_name(emoji, {})), 15u);
}

TEST(SheetNameTest, SpacesAtEitherEndAreDropped) {
  EXPECT_EQ(valid_sheet_name("  twee  spaties  ", {}), "twee  spaties");
  EXPECT_EQ(valid_sheet_name("   ", {"a"}), "Sheet2");
  EXPECT_EQ(valid_sheet_name(std::string(30, 'a') + " b", {}), std::string(30, 'a'));
}

TEST(SheetNameTest, ApostropheAtEitherEndIsReplaced) {
  EXPECT_EQ(valid_sheet_name("'t Hooft", {}), "_t Hooft");
  EXPECT_EQ(valid_sheet_name("bronnen'", {}), "bronnen_");
  EXPECT_EQ(valid_sheet_name("it's", {}), "it's");
  // An apostrophe that the cut brings to the end.
  EXPECT_EQ(valid_sheet_name(std::string(30, 'a') + "'b", {}), std::string(30, 'a') + "_");
}

TEST(SheetNameTest, EmptyNameIsNumbered) {
  EXPECT_EQ(valid_sheet_name("", {}), "Sheet1");
  EXPECT_EQ(valid_sheet_name("", {"a", "b"}), "Sheet3");
}

TEST(SheetNameTest, TakenNamesGetANumberIgnoringCase) {
  EXPECT_EQ(valid_sheet_name("Data", {"data"}), "Data (2)");
  EXPECT_EQ(valid_sheet_name("data", {"Data", "DATA (2)"}), "data (3)");
  EXPECT_EQ(valid_sheet_name("\xC3\x89\xC3\x89N", {"\xC3\xA9\xC3\xA9n"}),  // ÉÉN, één
            "\xC3\x89\xC3\x89N (2)");
  EXPECT_EQ(valid_sheet_name("History", {}), "History (2)");  // reserved by Excel
}

TEST(SheetNameTest, NumberedNamesStayWithin31) {
  const std::string name = valid_sheet_name(std::string(40, 'x'), {std::string(31, 'x')});
  EXPECT_EQ(name, std::string(27, 'x') + " (2)");
}

TEST(SheetNameTest, KeyFoldsAsciiAndLatin1Capitals) {
  EXPECT_EQ(exporter::sheet_name_key("AbC \xC3\x80\xC3\x9E\xC3\x97"),
            "abc \xC3\xA0\xC3\xBE\xC3\x97");
}

// ------------------------------------------------------------------------ cell text

TEST(XlsxCellTextTest, OrdinaryTextIsUnchanged) {
  EXPECT_EQ(exporter::xlsx_cell_text("=1+1"), "=1+1");
  EXPECT_EQ(exporter::xlsx_cell_text("co\xC3\xB6peratie\r\n\t'\""), "co\xC3\xB6peratie\r\n\t'\"");
  EXPECT_EQ(exporter::xlsx_cell_text("_x41_ _xZZZZ_ x0041_"), "_x41_ _xZZZZ_ x0041_");
}

TEST(XlsxCellTextTest, LiteralEscapeFormsAreEscaped) {
  EXPECT_EQ(exporter::xlsx_cell_text("_x0041_"), "_x005F_x0041_");
  EXPECT_EQ(exporter::xlsx_cell_text("a_x000d_x0042_b"), "a_x005F_x000d_x005F_x0042_b");
}

TEST(XlsxCellTextTest, InvalidUtf8IsReplaced) {
  EXPECT_EQ(exporter::xlsx_cell_text("\xFF"), "\xEF\xBF\xBD");
}

TEST(XlsxCellTextTest, TextUpToTheLimitIsKept) {
  const std::string exact(exporter::kMaxCellLength, 'a');
  EXPECT_EQ(exporter::xlsx_cell_text(exact), exact);
}

TEST(XlsxCellTextTest, LongerTextIsCutWithAnEllipsis) {
  const std::string cut = exporter::xlsx_cell_text(std::string(exporter::kMaxCellLength + 1, 'a'));
  EXPECT_EQ(characters(cut), exporter::kMaxCellLength);
  EXPECT_EQ(cut.substr(cut.size() - 3), "\xE2\x80\xA6");
  EXPECT_EQ(cut.substr(0, 5), "aaaaa");
}

TEST(XlsxCellTextTest, EscapesCountTowardsTheLimit) {
  std::string text;
  while (text.size() < exporter::kMaxCellLength)
    text += "_x0041_";
  const std::string cut = exporter::xlsx_cell_text(text);
  EXPECT_LE(characters(cut), exporter::kMaxCellLength);
  EXPECT_EQ(cut.substr(cut.size() - 3), "\xE2\x80\xA6");
}

// ------------------------------------------------------------------------ workbook

TEST(XlsxWorkbookTest, SheetsGetValidUniqueNames) {
  testing_support::TempDir dir;
  exporter::XlsxWorkbook workbook(dir / "w.xlsx");
  workbook.add_sheet("Data");
  workbook.add_sheet("data");
  workbook.add_sheet("a/b");
  workbook.add_sheet("");
  EXPECT_EQ(workbook.sheet_names(),
            (std::vector<std::string>{"Data", "data (2)", "a_b", "Sheet4"}));
  workbook.close();
  EXPECT_TRUE(std::filesystem::exists(dir / "w.xlsx"));
}

TEST(XlsxWorkbookTest, WithoutCloseNothingIsWritten) {
  testing_support::TempDir dir;
  {
    exporter::XlsxWorkbook workbook(dir / "w.xlsx");
    auto& sheet = workbook.add_sheet("s");
    sheet.begin({"a"});
    sheet.row({store::Value{std::int64_t{1}}});
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(XlsxWorkbookTest, CloseNamesThePathAndTheReasonWhenItCannotWrite) {
  testing_support::TempDir dir;
  const auto path = dir / "missing" / "w.xlsx";
  exporter::XlsxWorkbook workbook(path);
  auto& sheet = workbook.add_sheet("s");
  sheet.begin({"a"});
  sheet.row({store::Value{std::string("x")}});
  try {
    workbook.close();
    FAIL() << "close() should have failed";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No such file or directory"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(workbook.add_sheet("after"), std::runtime_error);
  EXPECT_THROW(workbook.close(), std::runtime_error);
}

TEST(XlsxWorkbookTest, RowsBeyondExcelsLimitAreRefused) {
  testing_support::TempDir dir;
  exporter::XlsxWorkbook workbook(dir / "w.xlsx");
  auto& sheet = workbook.add_sheet("s");
  sheet.begin({"a"});
  const std::vector<store::Value> row = {store::Null{}};  // NULL cells cost no disk
  for (std::uint32_t i = 1; i < exporter::XlsxSheetWriter::kMaxRows; ++i)
    sheet.row(row);
  try {
    sheet.row(row);
    FAIL() << "row 1048577 should have been refused";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("1048575 rows"), std::string::npos) << e.what();
  }
}

}  // namespace
