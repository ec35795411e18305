// report/svg_fragment.hpp — an SVG document made fit to sit inside an HTML page next to
// other SVGs: no XML prolog, no DOCTYPE, no comments, and every id given a prefix.
//
// Two figures made by the same tool (Graphviz numbers its groups node1, edge1, ...) would
// otherwise share ids, and references such as url(#x) would reach into the wrong figure.
#pragma once

#include <string>
#include <string_view>

namespace report {

// `svg` from its <svg element on, without comments, with `prefix` put before every id and
// before the target of every local reference (href="#…", url(#…)). Throws ReportError when
// `svg` has no <svg element.
std::string svg_fragment(std::string_view svg, std::string_view prefix);

// The width of an SVG document in CSS pixels, from the width attribute of its root element
// ("640" or "640px" as it is, "480pt" times 4/3); 0 when there is none or it is relative.
double svg_width_in_pixels(std::string_view svg);

}  // namespace report
