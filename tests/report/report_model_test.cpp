// Tests report::Report: the checks a block passes when it is added, and their messages.
#include "report/report.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "report/error.hpp"

namespace {

using report::Report;
using report::ReportError;

// The message of the ReportError that `add` throws for `block`, or "" when it throws none.
std::string refusal(Report& r, report::Block block) {
  try {
    r.add(std::move(block));
  } catch (const ReportError& error) {
    return error.what();
  }
  return "";
}

TEST(ReportModel, KeepsBlocksInTheOrderAdded) {
  Report r("T");
  r.add(report::Heading{2, "Eerst"});
  r.add(report::Paragraph{"Dan"});
  ASSERT_EQ(r.blocks().size(), 2u);
  EXPECT_TRUE(std::holds_alternative<report::Heading>(r.blocks()[0]));
  EXPECT_EQ(std::get<report::Paragraph>(r.blocks()[1]).text, "Dan");
  EXPECT_EQ(r.language(), "nl");
}

TEST(ReportModel, TheExampleInTheHeaderWorks) {
  report::Report r("Gespreid leiderschap");
  r.set_date("juni 2025");
  r.add(report::Heading{2, "Kerncijfers"});
  r.add(report::KeyFigures{{{"documenten", std::int64_t{5}}, {"bronnen", std::int64_t{212}}}});
  EXPECT_EQ(r.blocks().size(), 2u);
  EXPECT_EQ(r.date(), "juni 2025");
}

TEST(ReportModel, RefusesAnEmptyTitle) {
  EXPECT_THROW(Report(""), ReportError);
}

TEST(ReportModel, RefusesHeadingLevelsOutsideOneToThree) {
  Report r("Rapport");
  const std::string message = refusal(r, report::Heading{4, "Diep"});
  EXPECT_NE(message.find("report \"Rapport\", block 1 (heading \"Diep\")"), std::string::npos)
      << message;
  EXPECT_NE(message.find("use 1, 2 or 3"), std::string::npos) << message;
  EXPECT_NE(refusal(r, report::Heading{0, "x"}), "");
  EXPECT_NE(refusal(r, report::Heading{2, ""}), "");
  EXPECT_TRUE(r.blocks().empty());  // a refused block leaves the report as it was
}

TEST(ReportModel, RefusesTableRowsOfTheWrongWidth) {
  Report r("R");
  r.add(report::Paragraph{"p"});
  const std::string message = refusal(
      r, report::Table{
             {"a", "b"}, {{std::int64_t{1}, std::int64_t{2}}, {std::int64_t{3}}}, "Bronnen", 2});
  EXPECT_NE(message.find("block 2 (table \"Bronnen\")"), std::string::npos) << message;
  EXPECT_NE(message.find("row 2 has 1 values but the table has 2 columns"), std::string::npos)
      << message;
  EXPECT_NE(refusal(r, report::Table{{"a"}, {}, "", 7}), "");  // decimals 0..6
  EXPECT_EQ(refusal(r, report::Table{{"a"}, {}, "", 0}), "");
}

TEST(ReportModel, RefusesQuotationsWithoutFileOrLineRange) {
  Report r("R");
  EXPECT_NE(refusal(r, report::Quotation{"t", "", 1, 2, ""}).find("names no file"),
            std::string::npos);
  EXPECT_NE(refusal(r, report::Quotation{"t", "a.txt", 5, 4, ""}).find("5-4"), std::string::npos);
  EXPECT_NE(refusal(r, report::Quotation{"t", "a.txt", 0, 0, ""}), "");
  EXPECT_EQ(refusal(r, report::Quotation{"t", "a.txt", 7, 7, ""}), "");
}

TEST(ReportModel, RefusesNegativeAndNonFiniteBars) {
  Report r("R");
  const std::string message =
      refusal(r, report::BarChart{"Telling", {{"a", 1}, {"min", -1}}, "", 2});
  EXPECT_NE(message.find("the bar \"min\""), std::string::npos) << message;
  EXPECT_NE(refusal(r, report::BarChart{"T", {{"nan", std::nan("")}}, "", 2}), "");
  EXPECT_NE(
      refusal(r, report::BarChart{"T", {{"inf", std::numeric_limits<double>::infinity()}}, "", 2}),
      "");
  EXPECT_EQ(refusal(r, report::BarChart{"T", {}, "", 2}), "");  // empty is allowed
}

TEST(ReportModel, RefusesConceptMapsWithBrokenEdges) {
  Report r("R");
  const std::vector<report::ConceptNode> nodes{{"a", "A", 1, ""}, {"b", "B", 1, ""}};
  const std::string unknown = refusal(r, report::ConceptMap{"M", nodes, {{"a", "c", 1}}});
  EXPECT_NE(unknown.find("names the node \"c\", which is not among the nodes"), std::string::npos)
      << unknown;
  EXPECT_NE(refusal(r, report::ConceptMap{"M", nodes, {{"a", "a", 1}}}).find("itself"),
            std::string::npos);
  EXPECT_NE(refusal(r, report::ConceptMap{"M", nodes, {{"a", "b", 1}, {"b", "a", 2}}})
                .find("appears twice"),
            std::string::npos);
  EXPECT_NE(refusal(r, report::ConceptMap{"M", {{"a", "A", 1, ""}, {"a", "B", 1, ""}}, {}})
                .find("two nodes have the id \"a\""),
            std::string::npos);
  EXPECT_NE(refusal(r, report::ConceptMap{"M", nodes, {{"a", "b", -0.5}}}), "");
  EXPECT_NE(refusal(r, report::ConceptMap{"M", {{"", "A", 1, ""}}, {}}), "");
  EXPECT_EQ(refusal(r, report::ConceptMap{"M", nodes, {{"a", "b", 0.5}}}), "");
}

TEST(ReportModel, RefusesMalformedLanguageTags) {
  Report r("R");
  EXPECT_THROW(r.set_language(""), ReportError);
  EXPECT_THROW(r.set_language("nl\" onload=\"x"), ReportError);
  r.set_language("en-GB");
  EXPECT_EQ(r.language(), "en-GB");
}

}  // namespace
