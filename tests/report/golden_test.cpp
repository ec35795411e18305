// Tests the fixture report (fixture_report.cpp) against reviewed golden files in
// tests/report/golden: the HTML page, the Markdown text and the bar chart SVG.
//
// In the HTML, the figures' data: URIs are replaced by "(figure N)" before comparing: the
// bar chart is compared as its own golden SVG, and the concept map's coordinates come from
// Graphviz and change with its version (its properties are tested in concept_map_test).
// On a difference the new output is written beside the test binary for `diff`.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "fixture_report.hpp"
#include "report/bar_chart_svg.hpp"
#include "report/html_renderer.hpp"
#include "report/markdown_renderer.hpp"
#include "support/test_support.hpp"
#include "svg_probe.hpp"

namespace {

const std::filesystem::path kGolden =
    std::filesystem::path(CONCEPTDB_SOURCE_DIR) / "tests" / "report" / "golden";

std::string without_figure_data(const std::string& html) {
  std::string out;
  int figure = 0;
  std::size_t at = 0;
  for (auto hit = html.find(svg_probe::kDataUriStart); hit != std::string::npos;
       hit = html.find(svg_probe::kDataUriStart, at)) {
    const auto end = html.find('"', hit + svg_probe::kDataUriStart.size());
    out += html.substr(at, hit - at) + "src=\"(figure " + std::to_string(++figure) + ")";
    at = end;
  }
  return out + html.substr(at);
}

void expect_golden(const std::string& actual, const std::string& name) {
  const bool exists = std::filesystem::exists(kGolden / name);
  const std::string expected = exists ? testing_support::read_file(kGolden / name) : "";
  if (actual == expected) return;
  const auto written = std::filesystem::current_path() / ("actual-" + name);
  testing_support::write_file(written, actual);
  ADD_FAILURE() << name << " differs from the golden file; the new output is in " << written
                << ": diff it with " << (kGolden / name) << " and update the golden file only "
                << "when the new output is right";
}

TEST(Golden, FixtureHtml) {
  expect_golden(without_figure_data(report::render_html(report_fixture::make_fixture_report())),
                "fixture.html");
}

TEST(Golden, FixtureMarkdown) {
  expect_golden(report::render_markdown(report_fixture::make_fixture_report()), "fixture.md");
}

TEST(Golden, FixtureBarChart) {
  const report::Report fixture = report_fixture::make_fixture_report();
  for (const auto& block : fixture.blocks()) {
    const auto* chart = std::get_if<report::BarChart>(&block);
    if (chart && report::has_figure(*chart)) {
      expect_golden(report::render_bar_chart_svg(*chart, ','), "fixture-bar-chart.svg");
      return;
    }
  }
  FAIL() << "the fixture has no bar chart";
}

}  // namespace
