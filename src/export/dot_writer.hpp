// export/dot_writer.hpp — a Graph as Graphviz DOT, to lay out with dot, neato or sfdp.
//
// Every id and label is a quoted string (so keys with "-" or spaces and labels with quotes are
// safe); a label's backslash and line breaks are escaped. Edges are drawn thicker the stronger
// they are (penwidth 1 to 5, relative to the strongest edge) and nodes are filled with one
// colour per group (the Brewer "set312" scheme, repeating after twelve groups) and lettered
// larger the heavier they are. The attributes go into tooltips (shown by SVG viewers), not into
// Graphviz attributes, so that an attribute called "shape" cannot change the drawing.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/graph.hpp"

namespace exporter {

// `text` as a DOT double-quoted string, quotes included: \" for a quote, \\ for a backslash,
// \n for a line break; other control characters dropped, invalid UTF-8 as U+FFFD.
std::string dot_quoted(std::string_view text);

// Checks the graph (check_graph) and writes it as `graph { ... }` (`digraph` when directed).
void write_dot(const Graph& graph, std::ostream& out);

}  // namespace exporter
