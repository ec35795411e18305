// Tests the hand-written SVG bar chart: geometry, labels, escaping, number format, sameness.
#include "report/bar_chart_svg.hpp"

#include <gtest/gtest.h>

#include <string>

#include "report/error.hpp"
#include "svg_probe.hpp"

namespace {

using report::BarChart;
using report::render_bar_chart_svg;

double number(const std::string& text) {
  return std::stod(text);
}

TEST(BarChart, BarLengthsAreProportionalToTheValues) {
  const BarChart chart{"T", {{"a", 40}, {"b", 20}, {"c", 10}, {"d", 0}}, "", 2};
  const auto bars =
      svg_probe::elements(render_bar_chart_svg(chart, ','), "rect", {{"class", "bar"}});
  ASSERT_EQ(bars.size(), 4u);
  const double a = number(bars[0].at("width"));
  EXPECT_GT(a, 100);
  EXPECT_NEAR(number(bars[1].at("width")) * 2, a, 0.02);  // twice the value, twice as long
  EXPECT_NEAR(number(bars[2].at("width")) * 4, a, 0.04);
  EXPECT_EQ(number(bars[3].at("width")), 0);
  // All bars start at the same x (the zero of the scale), one row under the other.
  for (const auto& bar : bars)
    EXPECT_EQ(bar.at("x"), bars[0].at("x"));
  EXPECT_LT(number(bars[0].at("y")), number(bars[1].at("y")));
  EXPECT_EQ(number(bars[1].at("y")) - number(bars[0].at("y")),
            number(bars[2].at("y")) - number(bars[1].at("y")));
}

TEST(BarChart, HasAFixedWidthAndGrowsWithTheNumberOfBars) {
  const auto root_of = [](const BarChart& chart) {
    return svg_probe::elements(render_bar_chart_svg(chart, ','), "svg").at(0);
  };
  const auto two = root_of(BarChart{"T", {{"a", 1}, {"b", 2}}, "", 2});
  const auto four = root_of(BarChart{"T", {{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}, "", 2});
  EXPECT_EQ(two.at("width"), "640");
  EXPECT_EQ(four.at("width"), "640");
  const double per_bar = (number(four.at("height")) - number(two.at("height"))) / 2;
  EXPECT_GE(per_bar, 20);  // room for a line of text per bar
  EXPECT_LE(per_bar, 40);
  EXPECT_EQ(two.at("viewBox"), "0 0 640 " + two.at("height"));
}

TEST(BarChart, ShowsValuesScaleAndUnit) {
  const std::string svg =
      render_bar_chart_svg(BarChart{"T", {{"a", 87}, {"b", 6}}, "vermeldingen", 2}, ',');
  EXPECT_NE(svg.find(">87</text>"), std::string::npos);
  EXPECT_NE(svg.find(">6</text>"), std::string::npos);
  for (const char* tick : {">0</text>", ">20</text>", ">100</text>"})
    EXPECT_NE(svg.find(tick), std::string::npos) << tick;
  EXPECT_NE(svg.find(">vermeldingen</text>"), std::string::npos);
  EXPECT_NE(svg.find("<title>a: 87 vermeldingen</title>"), std::string::npos);
}

TEST(BarChart, FractionsUseTheDecimalMark) {
  const std::string svg =
      render_bar_chart_svg(BarChart{"T", {{"a", 0.25}, {"b", 0.5}}, "", 2}, ',');
  EXPECT_NE(svg.find(">0,25</text>"), std::string::npos);
  EXPECT_NE(svg.find(">0,50</text>"), std::string::npos);
  EXPECT_NE(svg.find(">0,1</text>"), std::string::npos);  // a tick
  EXPECT_EQ(svg.find(">0.25</text>"), std::string::npos);
}

TEST(BarChart, CutsLongLabelsAndKeepsTheFullTextInTheTitle) {
  const std::string long_label =
      "HRD-beleid en strategische personeelsontwikkeling in het onderwijs";
  const std::string svg = render_bar_chart_svg(BarChart{"T", {{long_label, 3}}, "", 2}, ',');
  EXPECT_NE(svg.find("<title>" + long_label + ": 3</title>"), std::string::npos);
  EXPECT_NE(svg.find(">HRD-beleid en strategische person\xE2\x80\xA6</text>"), std::string::npos)
      << svg;
  EXPECT_EQ(svg.find(">" + long_label + "</text>"), std::string::npos);
}

TEST(BarChart, EscapesEveryText) {
  const std::string svg =
      render_bar_chart_svg(BarChart{"<T> & \"t\"", {{"a<b>&'c'", 1}}, "<u>", 2}, ',');
  EXPECT_NE(svg.find("<title>&lt;T&gt; &amp; &quot;t&quot;</title>"), std::string::npos);
  EXPECT_NE(svg.find(">a&lt;b&gt;&amp;&#39;c&#39;</text>"), std::string::npos);
  EXPECT_NE(svg.find(">&lt;u&gt;</text>"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_EQ(svg.find("<u>"), std::string::npos);
}

TEST(BarChart, AllZeroValuesGiveEmptyBarsOnAUnitScale) {
  const std::string svg = render_bar_chart_svg(BarChart{"T", {{"a", 0}, {"b", 0}}, "", 2}, ',');
  for (const auto& bar : svg_probe::elements(svg, "rect", {{"class", "bar"}}))
    EXPECT_EQ(bar.at("width"), "0");
  EXPECT_NE(svg.find(">1</text>"), std::string::npos);
}

TEST(BarChart, IsTheSameEveryTimeAndHasNoProlog) {
  const BarChart chart{"T", {{"a", 1.5}, {"b", 2.25}}, "u", 2};
  const std::string svg = render_bar_chart_svg(chart, '.');
  EXPECT_EQ(svg, render_bar_chart_svg(chart, '.'));
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
}

TEST(BarChart, RefusesAChartWithoutBars) {
  EXPECT_THROW(render_bar_chart_svg(BarChart{"T", {}, "", 2}, ','), report::ReportError);
}

}  // namespace
