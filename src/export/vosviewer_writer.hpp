// export/vosviewer_writer.hpp — a Graph as a VOSviewer JSON file (VOSviewer 1.6.16+ and
// VOSviewer Online), following app.vosviewer.com/docs/file-types/json-file-type.
//
//   {"network": {"items": [...], "links": [...], "clusters": [...]}}
//
// Item: id (the node id), label, cluster (1 .. 1000: the node's group, numbered in the
// groups' sorted order; absent for a node without a group), description and url (from text
// attributes of those names; the description with & < > escaped, since VOSviewer reads HTML),
// weights {"<node_weight_name>": weight, "Links": number of links, "Total link strength": sum of
// the links' strengths}, scores {every numeric attribute}. Link: source_id, target_id, strength
// (the edge's weight, non-negative). Cluster: cluster and label (the group). VOSviewer's links are
// undirected: a directed graph's edges are written as they are.
#pragma once

#include <ostream>

#include "export/graph.hpp"

namespace exporter {

// Checks the graph (check_graph) and writes it. Throws std::invalid_argument for a negative
// weight or strength, or more than 1000 groups (VOSviewer's limit on clusters).
void write_vosviewer_json(const Graph& graph, std::ostream& out);

}  // namespace exporter
