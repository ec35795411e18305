// report/bar_chart_svg.hpp — a horizontal bar chart drawn as SVG by hand (no library).
//
// Fixed width, one row per bar in the order given, bar lengths proportional to the values on
// a scale from zero with round ticks. Labels longer than kMaxLabelCharacters are cut with '…';
// the full label and value are in each row's <title> (a tooltip where the SVG is inline or
// opened by itself). The output has no XML prolog, so it can be inlined in HTML as it is,
// or written to a .svg file as it is; it depends only on the chart and the decimal mark.
#pragma once

#include <string>

#include "report/report.hpp"

namespace report {

inline constexpr int kBarChartWidth = 640;
inline constexpr std::size_t kMaxLabelCharacters = 34;

// The chart as an SVG document. Needs at least one bar (has_figure(chart)); throws
// ReportError otherwise.
std::string render_bar_chart_svg(const BarChart& chart, char decimal_mark);

}  // namespace report
