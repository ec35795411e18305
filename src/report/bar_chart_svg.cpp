// report/bar_chart_svg.cpp — the geometry and drawing of the bar chart.
//
// Text widths are estimated from character counts (an SVG writer cannot measure fonts), with
// an average width that is generous for the sans-serif fonts browsers pick, so that labels
// never run into the bars.
#include "report/bar_chart_svg.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "report/error.hpp"
#include "report/numbers.hpp"
#include "report/text.hpp"

namespace report {

namespace {

constexpr double kCharacterWidth = 7.1;  // average advance of 13px sans-serif text
constexpr double kMargin = 8;
constexpr double kGap = 10;  // between a label and its bar
constexpr double kRowHeight = 26;
constexpr double kBarHeight = 18;
constexpr double kTextDrop = 4.5;  // from a row's middle to the baseline of 13px text
constexpr const char* kBarColour = "#4a78a8";
constexpr const char* kTextColour = "#24292f";
constexpr const char* kMutedColour = "#57606a";
constexpr const char* kGridColour = "#e3e6ea";
constexpr const char* kAxisColour = "#8c959f";
constexpr const char* kFontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

struct Row {
  std::string label;       // as shown, perhaps cut
  std::string full_label;  // for the tooltip
  std::string value_text;
  double value = 0;
};

double text_width(const std::string& text) {
  return static_cast<double>(count_characters(text)) * kCharacterWidth;
}

bool all_whole(const BarChart& chart) {
  return std::all_of(chart.bars.begin(), chart.bars.end(),
                     [](const Bar& bar) { return bar.value == std::trunc(bar.value); });
}

std::vector<Row> make_rows(const BarChart& chart, bool whole, char decimal_mark) {
  std::vector<Row> rows;
  for (const auto& bar : chart.bars) {
    Row row;
    row.full_label = repair_text(bar.label);
    row.label = shorten(row.full_label, kMaxLabelCharacters);
    row.value = bar.value;
    row.value_text = whole ? format_measure(bar.value, 0, decimal_mark)
                           : format_decimal(bar.value, chart.decimals, decimal_mark);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string attribute(const char* name, double value) {
  return std::string(" ") + name + "=\"" + svg_number(value) + "\"";
}

std::string text_element(double x, double y, const char* anchor, const char* colour,
                         const std::string& text) {
  return "<text" + attribute("x", x) + attribute("y", y) + " text-anchor=\"" + anchor +
         "\" fill=\"" + colour + "\">" + escape_xml(text) + "</text>";
}

}  // namespace

std::string render_bar_chart_svg(const BarChart& chart, char decimal_mark) {
  if (!has_figure(chart))
    throw ReportError("bar chart \"" + chart.title +
                      "\" has no bars; the renderers show a note for it instead of a figure");
  const bool whole = all_whole(chart);
  const std::vector<Row> rows = make_rows(chart, whole, decimal_mark);
  double max_value = 0;
  double label_width = 0;
  double value_width = 0;
  for (const auto& row : rows) {
    max_value = std::max(max_value, row.value);
    label_width = std::max(label_width, text_width(row.label));
    value_width = std::max(value_width, text_width(row.value_text));
  }
  const Scale scale = nice_scale(max_value, whole);

  const double plot_x = kMargin + label_width + kGap;
  const double plot_width = kBarChartWidth - plot_x - (value_width + 6) - kMargin;
  const double top = kMargin;
  const double axis_y = top + static_cast<double>(rows.size()) * kRowHeight;
  const double height = axis_y + (chart.unit.empty() ? 24 : 40);
  auto x_of = [&](double value) { return plot_x + value / scale.top * plot_width; };

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"" +
                    attribute("width", kBarChartWidth) + attribute("height", height) +
                    " viewBox=\"0 0 " + svg_number(kBarChartWidth) + " " + svg_number(height) +
                    "\" role=\"img\" font-family=\"" + kFontFamily + "\" font-size=\"13\">\n";
  svg += "<title>" + escape_xml(chart.title) + "</title>\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";

  // The scale: grid lines behind the bars, tick labels under them.
  const auto steps = static_cast<int>(std::lround(scale.top / scale.step));
  for (int k = 0; k <= steps; ++k) {
    const double tick = k * scale.step;
    const double x = x_of(tick);
    svg += "<line class=\"grid\"" + attribute("x1", x) + attribute("y1", top) + attribute("x2", x) +
           attribute("y2", axis_y) + " stroke=\"" + (k == 0 ? kAxisColour : kGridColour) + "\"/>\n";
    svg += text_element(x, axis_y + 16, "middle", kMutedColour,
                        format_decimal(tick, scale.decimals, decimal_mark)) +
           "\n";
  }
  if (!chart.unit.empty())
    svg += text_element(plot_x + plot_width, axis_y + 33, "end", kMutedColour, chart.unit) + "\n";

  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const double middle = top + (static_cast<double>(i) + 0.5) * kRowHeight;
    const double length = x_of(row.value) - plot_x;
    std::string tooltip = row.full_label + ": " + row.value_text;
    if (!chart.unit.empty()) tooltip += " " + chart.unit;
    svg += "<g class=\"row\"><title>" + escape_xml(tooltip) + "</title>";
    svg += text_element(plot_x - kGap, middle + kTextDrop, "end", kTextColour, row.label);
    svg += "<rect class=\"bar\"" + attribute("x", plot_x) +
           attribute("y", middle - kBarHeight / 2) + attribute("width", length) +
           attribute("height", kBarHeight) + " rx=\"2\" fill=\"" + kBarColour + "\"/>";
    svg +=
        text_element(plot_x + length + 5, middle + kTextDrop, "start", kTextColour, row.value_text);
    svg += "</g>\n";
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace report
