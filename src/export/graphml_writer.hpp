// export/graphml_writer.hpp — a Graph as GraphML (XML), for Gephi, networkx, yEd and igraph.
//
// Every attribute is declared once as a <key> with its type, so that readers get numbers as
// numbers: the node's label and group as "string", its weight as "double"; the edge's weight
// as "double"; integer attributes as "long", floats as "double", text as "string", true/false
// as "boolean". An attribute that holds integers on some elements and floats on others is
// declared "double"; one that mixes text and numbers is refused (std::invalid_argument).
#pragma once

#include <ostream>

#include "export/graph.hpp"

namespace exporter {

// Checks the graph (check_graph) and writes it, nodes and edges in the order given.
void write_graphml(const Graph& graph, std::ostream& out);

}  // namespace exporter
