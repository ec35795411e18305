// report/concept_map_svg.hpp — a concept map laid out by Graphviz (neato) and drawn as SVG.
//
// Node size grows with the node's weight, line width and darkness with the edge's weight,
// stronger edges are drawn shorter; nodes of one group share a colour. The layout starts
// from a fixed seed, so the same map gives the same picture every time. Labels longer than
// 14 characters go on two lines. Not thread-safe (Graphviz has global state).
//
// Size: Graphviz spreads the nodes until none overlap, so the drawing grows with the number
// and length of the labels: about 640 px wide for 6 nodes, 1700 px for 25 sparsely linked
// ones. The HTML page shows a map at no less than 80% of that (wider ones scroll sideways
// on screen and are fitted to the page in print); maps read best with up to ~25 nodes, so
// callers should pass the strongest pairs rather than all of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/report.hpp"

namespace report {

// The map as an SVG document ready to inline in HTML or to write to a .svg file: no prolog,
// no comments, every id starting with `id_prefix` (give each figure of a page its own).
// Needs at least one edge (has_figure(map)); throws ReportError otherwise or when Graphviz
// fails.
std::string render_concept_map_svg(const ConceptMap& map, std::string_view id_prefix);

// The colours of the map's groups, in the order the groups first appear among the nodes;
// empty when no node has a group. Colours repeat after eight groups.
struct GroupColour {
  std::string group;
  std::string fill;    // "#rrggbb"
  std::string stroke;  // "#rrggbb"
};
std::vector<GroupColour> group_colours(const ConceptMap& map);

}  // namespace report
